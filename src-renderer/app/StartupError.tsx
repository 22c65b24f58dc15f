import { useTranslation } from 'react-i18next';

/** Shown when the local database cannot be opened (for example another, newer version holds it). */
export function StartupError({ error }: { error: unknown }) {
  const { t } = useTranslation('common');
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <div className="startup-error" role="alert">
      <h1>{t('startupError.title')}</h1>
      <p>{t('startupError.body')}</p>
      <pre>{detail}</pre>
    </div>
  );
}
