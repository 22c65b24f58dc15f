import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPersistentStorage, type StorageStatus } from '../../data/storage';
import { formatBytes } from '../../i18n/format';
import { platform, type Platform } from '../../platform';

type AppInfo = Awaited<ReturnType<Platform['getAppInfo']>>;

/** Where the data lives and whether the browser promised to keep it. */
export function AboutSection() {
  const { t, i18n } = useTranslation('settings');
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let active = true;
    void requestPersistentStorage().then((status) => active && setStorage(status));
    void platform.getAppInfo().then((value) => active && setInfo(value));
    return () => {
      active = false;
    };
  }, []);
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">{t('about.title')}</h2>
      <dl className="facts">
        <dt>{t('about.version')}</dt>
        <dd>{info ? `${info.version} (${info.platform})` : '…'}</dd>
        <dt>{t('about.storage')}</dt>
        <dd data-testid="storage-status">
          {storage === null ? '…' : storage.persisted ? t('about.persisted') : t('about.notPersisted')}
        </dd>
        {storage?.usageBytes !== undefined ? (
          <>
            <dt>{t('about.usage')}</dt>
            <dd>{formatBytes(storage.usageBytes, i18n.language)}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
