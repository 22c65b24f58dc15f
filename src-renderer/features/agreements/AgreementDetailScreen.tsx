import { useEffect, useRef, type ChangeEvent, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { AppAction } from '../../intents/actions';
import { useActions } from '../../intents/useActions';
import { useAgreement, useCompany, usePerson } from '../../data/useAgreements';
import { documentLanguages, AGREEMENT_LANGUAGE_AUTONYMS } from '../../domain/agreements/languages';
import { SCAN_TYPES } from '../../domain/agreements/scan';
import { canReplaceScan, isEditable } from '../../domain/agreements/status';
import type { Agreement, AgreementStatus } from '../../domain/model';
import { formatDate } from '../../i18n/format';
import { AmendButton } from './AmendButton';
import { countryName, personName } from './format';
import { FillFormSection } from './FillFormSection';
import { ScanDialog } from './ScanDialog';
import { StatusBadge } from './StatusBadge';
import { useAgreementCommands } from './useAgreementCommands';
import { VersionsList } from './VersionsList';
import './agreements.css';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

export function AgreementDetailScreen() {
  const { t, i18n } = useTranslation('agreements');
  const screenHeadingRef = useScreenFocus();
  const { id } = useParams();
  const agreement = useAgreement(id);
  const sending = useCompany(agreement?.sendingCompanyId);
  const host = useCompany(agreement?.hostCompanyId);
  const participant = usePerson(agreement?.participantId);
  const commands = useAgreementCommands(agreement);
  const { notice, busy, generate, save, print, move, scan } = commands;
  const pickScan = (mode: 'attach' | 'replace') => (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    void commands.pickScan(file, mode);
  };

  // A command's outcome takes the focus (its button may be disabled while it runs, which drops focus);
  // without one, focus goes back to where it was.
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const lastFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  useEffect(() => {
    if (busy) return;
    const active = document.activeElement;
    if ((!active || active === document.body) && lastFocus.current?.isConnected) lastFocus.current.focus();
  }, [busy]);
  const remember = (event: FocusEvent<HTMLElement>) => {
    lastFocus.current = event.target;
  };

  const has = (to: AgreementStatus) => commands.can(to);
  const actions: AppAction[] = [
    {
      id: 'agreement.generate',
      labelKey: 'agreements:detail.generate',
      shortcut: 'Mod+G',
      enabled: commands.editable,
      run: () => void generate(),
    },
    {
      id: 'agreement.save',
      labelKey: 'agreements:detail.save',
      shortcut: 'Mod+S',
      enabled: Boolean(agreement?.latestVersion),
      run: () => void save(),
    },
    {
      id: 'agreement.print',
      labelKey: 'agreements:detail.print',
      shortcut: 'Mod+P',
      enabled: Boolean(agreement?.latestVersion),
      run: () => void print(),
    },
  ];
  useActions(actions);

  if (agreement === undefined) return <p className="loading">{t('common:loading')}</p>;
  if (agreement === null) return <p className="empty-state">{t('detail.notFound')}</p>;
  const languages = documentLanguages(agreement.languages, agreement.includeEnglish);
  return (
    <div className="page" onFocus={remember}>
      <p>
        <Link to="/agreements">← {t('detail.back')}</Link>
      </p>
      <div className="agreement-title">
        <h1 ref={screenHeadingRef} {...screenHeading}>
          {agreement.reference}
        </h1>
        <StatusBadge status={agreement.status} />
      </div>
      {notice ? (
        <p
          className={`notice notice--${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          ref={noticeRef}
          tabIndex={-1}
          data-testid="agreement-notice"
        >
          {notice.text}{' '}
          {notice.retry ? (
            <button type="button" className="button" onClick={notice.retry} data-testid="agreement-retry">
              {t('detail.retry')}
            </button>
          ) : null}
        </p>
      ) : null}
      {scan.pending ? (
        <ScanDialog
          agreement={agreement}
          parties={{ sending: sending?.legalName ?? '', host: host?.legalName ?? '' }}
          scan={scan.pending.scan}
          mode={scan.pending.mode}
          busy={scan.busy}
          onConfirm={() => void scan.confirm()}
          onCancel={scan.cancel}
        />
      ) : null}
      <div className="page__columns">
        <div className="page__main">
          <section className="card" aria-labelledby="summary-title">
            <h2 id="summary-title">{t('detail.summary')}</h2>
            {agreement.amendsAgreementId ? <AmendedLink agreement={agreement} /> : null}
            <dl className="facts">
              <dt>{t('editor.participant')}</dt>
              <dd>{personName(participant)}</dd>
              <dt>{t('editor.sending')}</dt>
              <dd>{sending ? `${sending.legalName} (${countryName(sending.country, i18n.language)})` : ''}</dd>
              <dt>{t('editor.host')}</dt>
              <dd>{host ? `${host.legalName} (${countryName(host.country, i18n.language)})` : ''}</dd>
              <dt>{t('editor.period')}</dt>
              <dd>
                {agreement.startDate && agreement.endDate
                  ? `${formatDate(agreement.startDate, i18n.language)} – ${formatDate(agreement.endDate, i18n.language)}`
                  : ''}
              </dd>
              <dt>{t('detail.languages')}</dt>
              <dd>
                {languages.map((l) => AGREEMENT_LANGUAGE_AUTONYMS[l]).join(', ')} · {t(`layout.${agreement.layout}`)}
              </dd>
            </dl>
          </section>
          <VersionsList agreement={agreement} />
        </div>
        <div className="page__side">
          <section className="card" aria-labelledby="actions-title">
            <h2 id="actions-title">{t('detail.actions')}</h2>
            <div className="action-list">
              {isEditable(agreement.status) ? (
                <>
                  <Link className="button" to={`/agreements/${agreement.id}/edit`} data-testid="agreement-edit">
                    {t('detail.edit')}
                  </Link>
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={busy}
                    onClick={() => void generate()}
                    data-testid="agreement-generate"
                  >
                    {t('detail.generate')}
                  </button>
                </>
              ) : (
                <Link className="button" to={`/agreements/${agreement.id}/edit`} data-testid="agreement-edit">
                  {t('detail.edit')}
                </Link>
              )}
              <button
                type="button"
                className="button"
                disabled={busy || !agreement.latestVersion}
                onClick={() => void save()}
                data-testid="agreement-save-pdf"
              >
                {t('detail.save')}
              </button>
              <button
                type="button"
                className="button"
                disabled={busy || !agreement.latestVersion}
                onClick={() => void print()}
              >
                {t('detail.print')}
              </button>
              {has('sentForSignature') ? (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void move('sentForSignature')}
                  data-testid="agreement-send"
                >
                  {t('detail.sendForSignature')}
                </button>
              ) : null}
              {has('signed') ? (
                <ScanFileButton
                  label={t('detail.attachScan')}
                  testId="agreement-attach-scan"
                  inputTestId="agreement-scan-input"
                  disabled={scan.busy}
                  onChange={pickScan('attach')}
                />
              ) : null}
              {canReplaceScan(agreement.status) && agreement.signedScan ? (
                <ScanFileButton
                  label={t('detail.replaceScan')}
                  testId="agreement-replace-scan"
                  inputTestId="agreement-replace-input"
                  disabled={scan.busy}
                  onChange={pickScan('replace')}
                />
              ) : null}
              {has('inSecondment') ? (
                <button type="button" className="button" disabled={busy} onClick={() => void move('inSecondment')}>
                  {t('detail.startSecondment')}
                </button>
              ) : null}
              {has('completed') ? (
                <button type="button" className="button" disabled={busy} onClick={() => void move('completed')}>
                  {t('detail.complete')}
                </button>
              ) : null}
              <AmendButton agreement={agreement} />
              {has('cancelled') ? (
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy}
                  onClick={() => void move('cancelled')}
                >
                  {t('detail.cancel')}
                </button>
              ) : null}
            </div>
            {has('signed') ? <p className="field__hint">{t('detail.attachHint')}</p> : null}
            {canReplaceScan(agreement.status) && agreement.signedScan ? (
              <p className="field__hint">{t('detail.replaceHint')}</p>
            ) : null}
          </section>
          <FillFormSection agreement={agreement} />
        </div>
      </div>
    </div>
  );
}

function AmendedLink({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements');
  const original = useAgreementReference(agreement.amendsAgreementId);
  return (
    <p>
      <Link to={`/agreements/${agreement.amendsAgreementId}`}>
        {t('detail.amendmentOf', { reference: original ?? '' })}
      </Link>
    </p>
  );
}

function useAgreementReference(id: string | undefined): string | undefined {
  return useAgreement(id)?.reference;
}

type ScanFileButtonProps = {
  label: string;
  testId: string;
  inputTestId: string;
  disabled: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
};

/** A button that opens the file chooser for a signed scan (attach or replace). */
function ScanFileButton({ label, testId, inputTestId, disabled, onChange }: ScanFileButtonProps) {
  return (
    <label className="button" data-testid={testId}>
      {label}
      <input
        type="file"
        accept={SCAN_TYPES.join(',')}
        className="visually-hidden"
        data-testid={inputTestId}
        disabled={disabled}
        onChange={onChange}
      />
    </label>
  );
}
