import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { runInBackground } from '../../intents/background-tasks';
import { SETTING_KEYS, type StoredLogo } from '../../data/settings';
import { useSetting, useSettingsWriters } from '../../data/useSetting';
import { checkLogo } from '../../domain/contact-point';
import { parseMessage } from '../../domain/validation';

export function LogoSection() {
  const { t } = useTranslation('settings');
  const { t: tv } = useTranslation('validation');
  const { saveLogo } = useSettingsWriters();
  const logo = useSetting<StoredLogo>(SETTING_KEYS.logo);
  const [error, setError] = useState<string | null>(null);
  const previewUrl = useMemo(
    () => (logo ? URL.createObjectURL(new Blob([logo.bytes.slice().buffer], { type: logo.mimeType })) : null),
    [logo],
  );
  useEffect(() => () => (previewUrl ? URL.revokeObjectURL(previewUrl) : undefined), [previewUrl]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const check = checkLogo(file);
    if (!check.ok) {
      setError(check.error);
      return;
    }
    setError(null);
    // Read the file before the transaction: only Dexie work may be awaited inside one.
    const bytes = new Uint8Array(await file.arrayBuffer());
    await runInBackground(
      'status.saving',
      () => saveLogo({ mimeType: file.type, fileName: file.name, bytes }),
      'status.saveFailed',
    );
  }

  const parsedError = error ? parseMessage(error) : null;
  return (
    <section className="card" aria-labelledby="logo-title">
      <h2 id="logo-title">{t('logo.title')}</h2>
      <p className="card__lead">{t('logo.lead')}</p>
      <div className="logo">
        <div className="logo__preview">
          {previewUrl ? (
            <img src={previewUrl} alt={t('logo.alt')} data-testid="logo-preview" />
          ) : (
            <span>{t('logo.none')}</span>
          )}
        </div>
        <div className="logo__actions">
          <label className="button">
            {logo ? t('logo.replace') : t('logo.choose')}
            <input
              type="file"
              accept="image/png,image/jpeg"
              className="visually-hidden"
              data-testid="logo-input"
              onChange={(event) => void choose(event)}
            />
          </label>
          {logo ? (
            <button type="button" className="button button--quiet" onClick={() => void saveLogo(null)}>
              {t('logo.remove')}
            </button>
          ) : null}
          {parsedError ? (
            <p className="field__error" role="alert">
              {tv(parsedError.key, parsedError.params)}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
