import './companies.css';
import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { shortcutLabel, type AppAction } from '../../intents/actions';
import { useActions } from '../../intents/useActions';
import { runInBackground } from '../../intents/background-tasks';
import { intentAction } from '../../intents/registry';
import type { CompanyFilters, CompanySort } from '../../data/registry/company-search';
import { useCompanyIds } from '../../data/registry/useCompanies';
import { useCompanyWriters } from '../../data/registry/useCompanyWriters';
import { formatNumber } from '../../i18n/format';
import { CompanyFiltersBar } from './CompanyFiltersBar';
import { CompanyList, type CompanyListHandle } from './CompanyList';
import { exportCompanies } from './export-csv';
import { ImportDialog } from './ImportDialog';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

const FILTER_KEYS = ['country', 'naceSection', 'size', 'role', 'status', 'eventName', 'consent', 'archived'] as const;

function readFilters(params: URLSearchParams): CompanyFilters {
  const filters: Record<string, string | boolean> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = key === 'archived' ? value === '1' : value;
  }
  return filters;
}

export type ArchivedNotice = { archivedId: string; name: string };
/** What the list says on arrival: an archive (with undo), a deletion or an erasure (without). */
export type CompaniesNotice = ArchivedNotice | { removed: 'deleted'; name: string } | { removed: 'erased' };
/** How the list is reached from a company page: with a notice, or back (Escape, the breadcrumb) to the row left. */
export type CompaniesArrival = CompaniesNotice | { back: true };
export const BACK_TO_LIST: CompaniesArrival = { back: true };

export function CompaniesScreen() {
  const { t, i18n } = useTranslation('companies');
  const screenHeadingRef = useScreenFocus();
  const { readCompaniesForExport, setCompanyArchived } = useCompanyWriters();
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const [importing, setImporting] = useState(false);
  const arrival = location.state as CompaniesArrival | null;
  const [notice, setNotice] = useState<CompaniesNotice | null>(() =>
    arrival && !('back' in arrival) ? arrival : null,
  );
  const noticeRef = useRef<HTMLDivElement>(null);
  const cameBack = Boolean(arrival && 'back' in arrival);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<CompanyListHandle>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  // The shell's scrolling area keeps the offset of the page seen before (a long company page): the
  // list starts at the top, title in view; the list restores its own scroll (CompanyList).
  useLayoutEffect(() => {
    pageRef.current?.closest('main')?.scrollTo({ top: 0 });
  }, []);

  // After the screen's heading took focus (useScreenFocus): a notice says what happened; back from a
  // company, the list has the row that was opened active again.
  useEffect(() => {
    if (noticeRef.current) noticeRef.current.focus();
    else if (cameBack) listRef.current?.focus();
    // On arrival only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const text = params.get('q') ?? '';
  const sort = (params.get('sort') as CompanySort | null) ?? 'name';
  const filtersKey = FILTER_KEYS.map((key) => params.get(key) ?? '').join('|');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed when the filter params change
  const filters = useMemo(() => readFilters(params), [filtersKey]);
  const deferredText = useDeferredValue(text);
  const query = useMemo(() => ({ text: deferredText, filters, sort }), [deferredText, filters, sort]);
  const result = useCompanyIds(query);

  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  const canExport = (result?.total ?? 0) > 0;
  const exportList = () =>
    void runInBackground('companies:export.running', async () =>
      exportCompanies(await readCompaniesForExport(query), t, i18n.language),
    );
  // New company (Mod+N) is a global intent, bound by the shell; Find company (Mod+F) is too, and here it focuses the search.
  const newCompany = intentAction('companies.new');
  const openNew = () => void navigate('/companies/new');
  const finding = params.has('find');
  useEffect(() => {
    if (!finding) return;
    searchRef.current?.focus();
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('find');
        return next;
      },
      { replace: true },
    );
  }, [finding, setParams]);
  const actions: AppAction[] = [
    {
      id: 'companies.search',
      labelKey: 'companies:actions.search',
      shortcut: '/',
      run: () => searchRef.current?.focus(),
    },
    {
      id: 'companies.find',
      labelKey: 'companies:actions.search',
      shortcut: 'Mod+F',
      whileTyping: true,
      run: () => searchRef.current?.focus(),
    },
    { id: 'companies.import', labelKey: 'companies:actions.import', run: () => setImporting(true) },
    { id: 'companies.export', labelKey: 'companies:actions.export', enabled: canExport, run: exportList },
  ];
  useActions(actions);

  async function undoArchive() {
    if (!notice || !('archivedId' in notice)) return;
    await runInBackground('status.saving', () => setCompanyArchived(notice.archivedId, false), 'status.saveFailed');
    setNotice(null);
  }

  return (
    <div className="page page--wide" ref={pageRef}>
      <div className="page__head">
        <h1 ref={screenHeadingRef} {...screenHeading}>
          {t('title')}
        </h1>
        <div className="page__actions">
          <button type="button" className="button" onClick={() => setImporting(true)}>
            {t('actions.import')}
          </button>
          <button type="button" className="button" onClick={exportList} disabled={!canExport} data-testid="export">
            {t('actions.export')}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={openNew}
            title={shortcutLabel(newCompany.shortcut!)}
          >
            {t('actions.new')}
          </button>
        </div>
      </div>
      {notice && 'archivedId' in notice ? (
        <div className="notice" role="status" tabIndex={-1} ref={noticeRef} data-testid="archived-notice">
          <span>{t('archive.done', { name: notice.name })}</span>
          <button type="button" className="button button--quiet" onClick={() => void undoArchive()}>
            {t('archive.undo')}
          </button>
        </div>
      ) : notice ? (
        <div className="notice" role="status" tabIndex={-1} ref={noticeRef} data-testid="removed-notice">
          <span>{notice.removed === 'erased' ? t('remove.erased') : t('remove.deleted', { name: notice.name })}</span>
          <button type="button" className="button button--quiet" onClick={() => setNotice(null)}>
            {t('remove.dismiss')}
          </button>
        </div>
      ) : null}
      <div className="search">
        <input
          ref={searchRef}
          type="search"
          className="search__input"
          value={text}
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          aria-keyshortcuts="/ Control+F"
          onChange={(event) => update({ q: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              listRef.current?.focusFirst();
            } else if (event.key === 'Enter') {
              listRef.current?.focusFirst();
            }
          }}
          data-testid="company-search"
        />
        <span className="search__count" role="status" aria-live="polite" data-testid="company-count">
          {result && !result.counting
            ? t('list.count', { count: result.total, formatted: formatNumber(result.total, i18n.language) })
            : t('common:loading')}
        </span>
      </div>
      <CompanyFiltersBar
        filters={filters}
        sort={sort}
        onFilters={(next) =>
          update(
            Object.fromEntries(
              FILTER_KEYS.map((key) => [
                key,
                key === 'archived'
                  ? next.archived
                    ? '1'
                    : undefined
                  : typeof next[key] === 'string'
                    ? next[key]
                    : undefined,
              ]),
            ),
          )
        }
        onSort={(next) => update({ sort: next === 'name' ? undefined : next })}
      />
      {result && result.total === 0 ? (
        <div className="card empty-state" data-testid="company-empty">
          <p>{text || Object.keys(filters).length > 0 ? t('list.noMatch') : t('list.empty')}</p>
          {!text && Object.keys(filters).length === 0 ? (
            <div className="page__actions">
              <button type="button" className="button button--primary" onClick={openNew}>
                {t('actions.new')}
              </button>
              <button type="button" className="button" onClick={() => setImporting(true)}>
                {t('actions.import')}
              </button>
            </div>
          ) : null}
        </div>
      ) : (
        <CompanyList ref={listRef} query={query} page={result} onOpen={(id) => void navigate(`/companies/${id}`)} />
      )}
      <p className="hint">
        {t('list.keyboardHint', {
          new: shortcutLabel(newCompany.shortcut!),
          find: shortcutLabel(intentAction('companies.find').shortcut!),
        })}
      </p>
      {importing ? <ImportDialog onClose={() => setImporting(false)} /> : null}
    </div>
  );
}
