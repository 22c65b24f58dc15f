import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { runInBackground } from '../../intents/background-tasks';
import { useCompanyFootprint } from '../../data/registry/useCompanyFootprint';
import { useCompanyRemovalWriters } from '../../data/registry/useCompanyWriters';
import type { Company } from '../../domain/model';
import { formatNumber } from '../../i18n/format';
import { Dialog } from '../../ui/Dialog';

export type RemovalKind = 'erase' | 'delete';

type Props = { company: Company; kind: RemovalKind; onClose: () => void; onRemoved: () => void };

/** The same name, whatever the spacing, case or Unicode form it was typed in. */
const sameName = (typed: string, name: string) =>
  typed.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase() ===
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Confirms an erasure (GDPR) or a deletion, naming what goes; an erasure asks for the company's name. */
export function RemoveCompanyDialog({ company, kind, onClose, onRemoved }: Props) {
  const { t, i18n } = useTranslation('companies');
  const { deleteCompany, eraseCompany } = useCompanyRemovalWriters();
  const footprint = useCompanyFootprint(company.id);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const leadId = useId();
  const first = useRef<HTMLInputElement & HTMLButtonElement>(null);
  const n = (value: number) => formatNumber(value, i18n.language);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (kind === 'erase' && !sameName(typed, company.legalName)) {
      setError(t(typed.trim() === '' ? 'remove.nameRequired' : 'remove.nameMismatch'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await runInBackground(
        'status.saving',
        () => (kind === 'erase' ? eraseCompany(company.id) : deleteCompany(company.id)),
        'status.saveFailed',
      );
      onRemoved();
    } catch (failure) {
      setBusy(false);
      setError(t('remove.failed', { detail: failure instanceof Error ? failure.message : String(failure) }));
    }
  }

  const items = footprint
    ? [
        t('remove.people', { count: footprint.people, formatted: n(footprint.people) }),
        t('remove.interviews', { count: footprint.interviews, formatted: n(footprint.interviews) }),
        t('remove.agreements', { count: footprint.agreements, formatted: n(footprint.agreements) }),
        t('remove.documents', { count: footprint.documents, formatted: n(footprint.documents) }),
        t('remove.matches', { count: footprint.matches, formatted: n(footprint.matches) }),
        t('remove.secondments', { count: footprint.secondments, formatted: n(footprint.secondments) }),
      ]
    : null;

  return (
    <Dialog
      title={t(kind === 'erase' ? 'remove.eraseTitle' : 'remove.deleteTitle', { name: company.legalName })}
      role="alertdialog"
      describedBy={leadId}
      onClose={onClose}
      busy={busy}
      initialFocus={first}
      testId="remove-dialog"
    >
      <form noValidate onSubmit={(event) => void confirm(event)}>
        <p id={leadId} className="card__lead">
          {t(kind === 'erase' ? 'remove.eraseLead' : 'remove.deleteLead')}
        </p>
        <p className="remove__what">{t('remove.whatGoes')}</p>
        {items ? (
          <ul className="remove__list" data-testid="remove-counts">
            <li>{t('remove.company', { name: company.legalName })}</li>
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          <p>{t('common:loading')}</p>
        )}
        {kind === 'erase' ? (
          <div className={`field${error ? ' field--invalid' : ''}`}>
            <label htmlFor={nameId}>{t('remove.typeName', { name: company.legalName })}</label>
            <input
              ref={first}
              id={nameId}
              name="confirm-name"
              autoComplete="off"
              value={typed}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${nameId}-error` : undefined}
              onChange={(event) => {
                setTyped(event.target.value);
                setError(null);
              }}
              data-testid="remove-name"
            />
          </div>
        ) : null}
        {error ? (
          <p id={`${nameId}-error`} className="field__error" role="alert" data-testid="remove-error">
            {error}
          </p>
        ) : null}
        <div className="form__footer">
          <button
            type="submit"
            className="button button--danger"
            disabled={busy || !footprint}
            data-testid="remove-confirm"
          >
            {t(kind === 'erase' ? 'remove.eraseConfirm' : 'remove.deleteConfirm')}
          </button>
          <button
            ref={kind === 'delete' ? first : undefined}
            type="button"
            className="button"
            onClick={onClose}
            disabled={busy}
          >
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
