import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchPdfTools } from './features/agreements/pdf-tools';
import { runInBackground } from './intents/background-tasks';
import { StartupError } from './app/StartupError';
import { LcpDatabase } from './data/db';
import { ensureIdentity } from './data/identity';
import { readSetting, SETTING_KEYS } from './data/settings';
import { requestPersistentStorage } from './data/storage';
import { changeLanguage, initI18n } from './i18n';
import { isUiLanguage, matchUiLanguage } from './i18n/languages';
import { platform } from './platform';
import './styles/app.css';
import './ui/table.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const info = await platform.getAppInfo();
  // First run follows the OS locale; a language chosen in Settings wins afterwards.
  await initI18n(matchUiLanguage(info.preferredLanguages));
  const db = new LcpDatabase();
  try {
    await db.open();
    await ensureIdentity(db);
    const chosen = await readSetting<string>(db, SETTING_KEYS.uiLanguage);
    if (isUiLanguage(chosen)) await changeLanguage(chosen);
  } catch (error) {
    root.render(<StartupError error={error} />);
    return;
  }
  void runInBackground('status.persistingStorage', requestPersistentStorage).catch(() => undefined);
  // Browser mode: the PDF chunks must be here before the connection goes (Electron reads its own files).
  prefetchPdfTools(!window.lcp);
  root.render(
    <StrictMode>
      <App db={db} />
    </StrictMode>,
  );
}

void start();
