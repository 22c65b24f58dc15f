import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../../domain/model';

export function StatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation('agreements');
  return (
    <span className={`status-badge status-badge--${status}`} data-testid="agreement-status">
      {t(`status.${status}`)}
    </span>
  );
}
