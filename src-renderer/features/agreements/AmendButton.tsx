import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { runInBackground } from '../../app/background-tasks';
import { createAmendment } from '../../data/agreements';
import { useDatabase } from '../../data/DatabaseContext';
import { canAmend } from '../../domain/agreements/status';
import type { Agreement } from '../../domain/model';

/** Starts an amendment of a signed agreement and opens it for editing. */
export function AmendButton({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements');
  const db = useDatabase();
  const navigate = useNavigate();
  if (!canAmend(agreement.status)) return null;
  const amend = async () => {
    const amendment = await runInBackground('status.saving', () => createAmendment(db, agreement.id), 'status.saveFailed');
    void navigate(`/agreements/${amendment.id}/edit`);
  };
  return (
    <button type="button" className="button button--primary" data-testid="agreement-amend" onClick={() => void amend()}>
      {t('detail.amend')}
    </button>
  );
}
