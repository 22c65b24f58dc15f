import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAmendmentCount } from '../../data/useAgreements';
import { amendmentReference, canAmend } from '../../domain/agreements/status';
import type { Agreement } from '../../domain/model';
import { ConfirmDialog } from './ConfirmDialog';
import { useAmend } from './useAgreementCommands';

/** Starts an amendment of a signed agreement, once confirmed, and opens it for editing. */
export function AmendButton({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements');
  const amendAgreement = useAmend();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const existing = useAmendmentCount(agreement.amendsAgreementId ?? agreement.id);
  if (!canAmend(agreement.status)) return null;
  const amend = async () => {
    setBusy(true);
    try {
      const amendment = await amendAgreement(agreement);
      void navigate(`/agreements/${amendment.id}/edit`);
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button--primary"
        data-testid="agreement-amend"
        onClick={() => setAsking(true)}
      >
        {t('detail.amend')}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t('amend.title', { reference: agreement.reference })}
          confirmLabel={t('amend.confirm')}
          busy={busy || existing === undefined}
          onConfirm={() => void amend()}
          onCancel={() => setAsking(false)}
          testId="amend-dialog"
        >
          <p>
            {t('amend.lead', {
              reference: agreement.reference,
              next: amendmentReference(agreement.reference, (existing ?? 0) + 1),
            })}
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
