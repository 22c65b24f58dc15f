import { useEffect, useId, useState, type FormEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HUB_TOKEN, hubUrlProblem, normalizeHubUrl } from '../../../src-main/ipc/contract';
import { platform, type Platform } from '../../platform';

type HubConfig = Awaited<ReturnType<Platform['hub']['getConfig']>>;

/** Settings › hub address and token. The desktop app hands both to the main process. */
export function HubSettingsSection() {
  const { t } = useTranslation('sync');
  const id = useId();
  const [config, setConfig] = useState<HubConfig | null>(null);
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<{ url?: string; token?: string }>({});
  const [state, setState] = useState<{ kind: 'saved' } | { kind: 'failed'; detail: string } | null>(null);
  const browser = platform.kind === 'browser';
  // Main forgets the stored token when the address changes: it must not be sent to another server.
  const addressChanged =
    !browser && Boolean(config?.hasToken) && normalizeHubUrl(url) !== normalizeHubUrl(config?.url ?? '');

  useEffect(() => {
    let active = true;
    void platform.hub.getConfig().then((value) => {
      if (!active) return;
      setConfig(value);
      setUrl(value.url);
    });
    return () => {
      active = false;
    };
  }, []);

  async function save(event: FormEvent | MouseEvent) {
    event.preventDefault();
    const next: { url?: string; token?: string } = {};
    const problem = browser ? null : hubUrlProblem(url.trim());
    if (problem) next.url = t(problem === 'insecure' ? 'settings.urlInsecure' : 'settings.urlInvalid');
    if (token !== '' && !HUB_TOKEN.test(token.trim())) next.token = t('settings.tokenInvalid');
    else if (token === '' && addressChanged && url.trim() !== '') next.token = t('settings.tokenNeeded');
    setErrors(next);
    setState(null);
    if (next.url || next.token) return;
    try {
      const saved = await platform.hub.setConfig({
        url: browser ? '' : url.trim(),
        ...(token ? { token: token.trim() } : {}),
      });
      setConfig(saved);
      setToken('');
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  }

  async function forget() {
    setConfig(await platform.hub.setConfig({ url: browser ? '' : url.trim(), token: null }));
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="hub-settings">
      <h2 id={`${id}-title`}>{t('settings.title')}</h2>
      <p className="card__lead">{t('settings.lead')}</p>
      <form onSubmit={(event) => void save(event)} noValidate>
        <div className={`field${errors.url ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-url`}>{t('settings.url')}</label>
          <input
            id={`${id}-url`}
            name="hubUrl"
            type="url"
            value={browser ? (config?.url ?? '') : url}
            readOnly={browser}
            onChange={(e) => setUrl(e.target.value)}
            aria-invalid={Boolean(errors.url)}
            aria-describedby={`${id}-url-hint`}
          />
          {errors.url ? <p className="field__error">{errors.url}</p> : null}
          <p className="field__hint" id={`${id}-url-hint`}>
            {browser ? t('settings.browserUrl') : t('settings.urlHint')}
          </p>
        </div>
        <div className={`field${errors.token ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-token`}>{t('settings.token')}</label>
          <input
            id={`${id}-token`}
            name="hubToken"
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            aria-invalid={Boolean(errors.token)}
          />
          {errors.token ? <p className="field__error">{errors.token}</p> : null}
          <p className="field__hint" data-testid="hub-token-state">
            {addressChanged
              ? t('settings.urlChanged')
              : config?.hasToken
                ? `${t('settings.tokenStored')} ${t('settings.tokenHint')}`
                : t('settings.tokenMissing')}
          </p>
        </div>
        {config ? (
          <p
            className={`sync__protection sync__protection--${config.tokenProtection}`}
            data-testid="hub-token-protection"
          >
            {t(`settings.protection.${config.tokenProtection}`)}
          </p>
        ) : null}
        <div className="form__footer">
          {/* type="button": Settings holds other forms; this one saves by its own click (Enter still submits). */}
          <button
            type="button"
            className="button button--primary"
            onClick={(event) => void save(event)}
            data-testid="hub-save"
          >
            {t('settings.save')}
          </button>
          {config?.hasToken ? (
            <button type="button" className="button button--quiet" onClick={() => void forget()}>
              {t('settings.forget')}
            </button>
          ) : null}
          {state ? (
            <p className={`form__state form__state--${state.kind}`} role="status" data-testid="hub-save-state">
              {state.kind === 'saved' ? t('settings.saved') : t('settings.failed', { detail: state.detail })}
            </p>
          ) : null}
        </div>
      </form>
    </section>
  );
}
