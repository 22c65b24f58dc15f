import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useAgreement, useMatch } from '../../data/useAgreements';
import { isEditable } from '../../domain/agreements/status';
import { EMPTY_TERMS } from '../../domain/agreements/terms';
import type { AgreementDraft } from '../../domain/agreements/validation';
import type { Agreement } from '../../domain/model';
import { AgreementForm } from './AgreementForm';
import { AmendButton } from './AmendButton';
import './agreements.css';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

function draftOf(agreement: Agreement): AgreementDraft {
  return {
    sendingCompanyId: agreement.sendingCompanyId,
    participantId: agreement.participantId,
    hostCompanyId: agreement.hostCompanyId,
    startDate: agreement.startDate ?? '',
    endDate: agreement.endDate ?? '',
    terms: { ...EMPTY_TERMS, ...agreement.terms },
    languages: agreement.languages,
    includeEnglish: agreement.includeEnglish,
    layout: agreement.layout,
  };
}

/** `/agreements/new` (optionally `?sendingCompanyId=` or `?matchId=`) and `/agreements/:id/edit`. */
export function AgreementEditorScreen() {
  const { t } = useTranslation('agreements');
  const screenHeadingRef = useScreenFocus();
  const { id } = useParams();
  const [search] = useSearchParams();
  const agreement = useAgreement(id);
  const matchId = id ? undefined : (search.get('matchId') ?? undefined);
  const match = useMatch(matchId);
  if ((id && agreement === undefined) || (matchId && match === undefined))
    return <p className="loading">{t('common:loading')}</p>;
  if (id && !agreement) return <p className="empty-state">{t('detail.notFound')}</p>;
  if (agreement && !isEditable(agreement.status)) {
    return (
      <div className="page">
        <h1 ref={screenHeadingRef} {...screenHeading}>
          {t('editor.titleEdit', { reference: agreement.reference })}
        </h1>
        <div className="card notice notice--refused" role="alert" data-testid="agreement-locked">
          <p>{t('editor.lockedNotice', { status: t(`status.${agreement.status}`) })}</p>
          <div className="form__footer">
            <AmendButton agreement={agreement} />
            <Link className="button button--quiet" to={`/agreements/${agreement.id}`}>
              {t('detail.back')}
            </Link>
          </div>
        </div>
      </div>
    );
  }
  const initial: AgreementDraft = agreement
    ? draftOf(agreement)
    : {
        sendingCompanyId: match?.sendingCompanyId ?? search.get('sendingCompanyId') ?? '',
        participantId: match?.participantId ?? '',
        hostCompanyId: match?.hostCompanyId ?? search.get('hostCompanyId') ?? '',
        startDate: '',
        endDate: '',
        terms: { ...EMPTY_TERMS },
        languages: [],
        includeEnglish: false,
        layout: 'sideBySide',
      };
  return (
    <div className="page">
      <h1 ref={screenHeadingRef} {...screenHeading}>
        {agreement
          ? t(agreement.amendsAgreementId ? 'editor.titleAmendment' : 'editor.titleEdit', {
              reference: agreement.reference,
            })
          : t('editor.titleNew')}
      </h1>
      <AgreementForm
        key={agreement?.id ?? match?.id ?? 'new'}
        agreementId={agreement?.id}
        matchId={match?.id}
        initial={initial}
      />
    </div>
  );
}
