import { useTranslation } from 'react-i18next';
import { useAgreementVersions } from '../../data/useAgreements';
import { useAgreementWriters } from '../../data/useAgreementWriters';
import type { Agreement } from '../../domain/model';
import { formatBytes, formatDateTime } from '../../i18n/format';
import { platform } from '../../platform';
import { TableScroll } from '../../ui/TableScroll';

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };

/** Every stored PDF and signed scan of the agreement, newest first. */
export function VersionsList({ agreement }: { agreement: Agreement }) {
  const { t, i18n } = useTranslation('agreements');
  const { readVersionBytes } = useAgreementWriters();
  const versions = useAgreementVersions(agreement.id);
  const download = async (id: string, kind: string, index: number) => {
    const file = await readVersionBytes(id);
    if (file)
      await platform.saveFile(
        `${agreement.reference}-${kind}-${index}.${EXTENSIONS[file.mimeType] ?? 'bin'}`,
        file.mimeType,
        file.bytes,
      );
  };
  return (
    <section className="card" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('versions.title')}</h2>
      {versions === undefined ? (
        <p className="loading">{t('common:loading')}</p>
      ) : versions.length === 0 ? (
        <p className="card__lead">{t('versions.empty')}</p>
      ) : (
        <TableScroll label={t('versions.title')} className="versions-table">
          <table className="table" data-testid="agreement-versions">
            <caption className="visually-hidden">{t('versions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('versions.createdAt')}</th>
                <th scope="col">{t('versions.kind')}</th>
                <th scope="col">{t('versions.languages')}</th>
                <th scope="col">{t('versions.size')}</th>
                <th scope="col">{t('versions.sha256')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('a11y.versionActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version, i) => (
                <tr key={version.id}>
                  <td>{formatDateTime(version.createdAt, i18n.language)}</td>
                  <td>{t(`versions.kinds.${version.kind}`)}</td>
                  <td>{version.languages.join(' + ')}</td>
                  <td>{formatBytes(version.bytes.size, i18n.language)}</td>
                  <td>
                    <code title={version.sha256}>{version.sha256.slice(0, 8)}…</code>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      onClick={() => void download(version.id, version.kind, versions.length - i)}
                    >
                      {t('versions.download')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
