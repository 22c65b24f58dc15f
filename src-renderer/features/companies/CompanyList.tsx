import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyIdPage, CompanyQuery } from '../../data/registry/company-search';
import type { Company } from '../../domain/model';
import { useCompaniesByIds, useCompanyIdWindow } from '../../data/registry/useCompanies';
import { countryName, companySize, sizeLabel } from './labels';

const ROW_HEIGHT = 52;
const OVERSCAN = 12;

/** `focus` keeps the active row (the one opened before, when the list comes back); `focusFirst` starts at the top. */
export type CompanyListHandle = { focusFirst: () => void; focus: () => void };

type Props = { query: CompanyQuery; page: CompanyIdPage | undefined; onOpen: (id: string) => void };

/**
 * Where the list was when it was left (opening a company): coming back to the same search finds
 * the list's own scroll and active row again, while the page itself starts at the top.
 */
let remembered: { key: string; offset: number; active: number } | null = null;

/** The virtualized list: only the visible rows exist in the page, read by id a window at a time. */
export const CompanyList = forwardRef<CompanyListHandle, Props>(function CompanyList({ query, page, onOpen }, ref) {
  const { t, i18n } = useTranslation('companies');
  const scrollRef = useRef<HTMLDivElement>(null);
  const key = JSON.stringify(query);
  const [restored] = useState(() => (remembered?.key === key ? remembered : null));
  const [active, setActive] = useState(restored?.active ?? 0);
  const total = page?.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    initialOffset: restored?.offset ?? 0,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const idAt = useCompanyIdWindow(query, page, first, last);
  const windowIds: string[] = [];
  for (let index = first; index <= last; index++) {
    const id = idAt(index);
    if (id) windowIds.push(id);
  }
  const rows = useCompaniesByIds(windowIds);
  // Rows read for earlier windows stay shown while a new window loads (no "loading" flash on scroll
  // or when the search changes); capped so that scrolling through 100,000 rows keeps little memory.
  const [known, setKnown] = useState<{ from: Map<string, Company> | undefined; rows: Map<string, Company> }>({
    from: undefined,
    rows: new Map(),
  });
  if (rows && rows !== known.from) {
    const merged = known.rows.size > 2000 ? new Map(rows) : new Map([...known.rows, ...rows]);
    setKnown({ from: rows, rows: merged });
  }
  const firstRows = page?.firstRows;
  const preloaded = useMemo(() => new Map((firstRows ?? []).map((row) => [row.id, row])), [firstRows]);
  const activeIndex = Math.min(active, Math.max(total - 1, 0));
  const activeId = idAt(activeIndex);

  useImperativeHandle(ref, () => ({
    focusFirst: () => {
      setActive(0);
      scrollRef.current?.focus();
    },
    focus: () => scrollRef.current?.focus(),
  }));

  useEffect(() => {
    if (total > 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, total, virtualizer]);

  const place = useRef({ key, offset: restored?.offset ?? 0, active: activeIndex });
  useEffect(() => {
    place.current.key = key;
    place.current.active = activeIndex;
  });
  useEffect(
    () => () => {
      remembered = { ...place.current };
    },
    [],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(total - 1, activeIndex + moves[event.key]!)));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : total - 1);
    } else if (event.key === 'Enter' && activeId) {
      event.preventDefault();
      onOpen(activeId);
    }
  }

  return (
    <div
      ref={scrollRef}
      className="company-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('list.label')}
      aria-activedescendant={activeId ? `company-row-${activeId}` : undefined}
      onKeyDown={onKeyDown}
      onScroll={(event) => {
        place.current.offset = event.currentTarget.scrollTop;
      }}
      data-testid="company-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const id = idAt(item.index);
          if (id === undefined) {
            return (
              <div
                key={`pending-${item.index}`}
                className="company-row"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                aria-hidden="true"
              >
                <span className="company-row__loading">{t('common:loading')}</span>
              </div>
            );
          }
          const company = rows?.get(id) ?? known.rows.get(id) ?? preloaded.get(id);
          const size = company ? companySize(company) : null;
          return (
            <div
              key={id}
              id={`company-row-${id}`}
              role="option"
              aria-selected={item.index === activeIndex}
              className={`company-row${item.index === activeIndex ? ' company-row--active' : ''}`}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => {
                setActive(item.index);
                onOpen(id);
              }}
              data-testid="company-row"
            >
              {company ? (
                <>
                  <span className="company-row__name">
                    <strong>{company.legalName}</strong>
                    {company.tradeName ? <span className="company-row__trade"> · {company.tradeName}</span> : null}
                  </span>
                  <span className="company-row__place">
                    {[company.city, countryName(company.country, i18n.language)].filter(Boolean).join(', ')}
                  </span>
                  <span className="company-row__meta">
                    {company.naceSection ? <span className="tag">{company.naceSection}</span> : null}
                    {size?.size ? <span className="tag">{sizeLabel(t, size)}</span> : null}
                    <span className="tag">{t(`role.${company.role}`)}</span>
                    <span className={`tag tag--status tag--${company.status}`}>{t(`status.${company.status}`)}</span>
                  </span>
                </>
              ) : (
                <span className="company-row__loading">{t('common:loading')}</span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
});
