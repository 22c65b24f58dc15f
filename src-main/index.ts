import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { APP_ORIGIN, APP_SCHEME, developmentCsp, productionCsp } from './csp';
import { mimeTypeFor, resolveAppFile } from './app-protocol';
import { createHandlers } from './ipc/handlers';
import { events } from './ipc/contract';
import { createEventSender, registerHandlers } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { printPdfInViewer } from './print-pdf';
import { isAppUrl, lockDownNavigation, lockDownSession, secureWebPreferences } from './security';
import { DEFAULT_WINDOW_STATE, fitToDisplays, parseWindowState, type WindowState } from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const rendererRoot = path.join(here, '../renderer');
const windowStateFile = () => path.join(app.getPath('userData'), 'window-state.json');
const hubConfigFile = () => path.join(app.getPath('userData'), 'hub.json');

// Registered before `ready`: the app's origin is `app://lcp-desk`, fixed for good because
// IndexedDB data belongs to the origin.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownNavigation(contents, openExternal, devServerUrl));
  void app.whenReady().then(start);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

function openExternal(url: string): Promise<void> {
  // Callers pass only URLs that isExternalWebUrl() or the IPC schema accepted (http, https, mailto).
  return shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK -- only http, https and mailto reach here
}

function serveAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererRoot);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    if (!response.ok) return new Response('Not found', { status: 404 });
    return new Response(response.body, {
      status: 200,
      headers: {
        'Content-Type': mimeTypeFor(file),
        'Content-Security-Policy': productionCsp(), // eng-disable CSP_GLOBAL_CHECK -- same policy as index.html's meta tag
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

function loadWindowState(): WindowState {
  let raw: string | undefined;
  try {
    raw = readFileSync(windowStateFile(), 'utf8');
  } catch {
    raw = undefined;
  }
  return fitToDisplays(
    parseWindowState(raw),
    screen.getAllDisplays().map((display) => display.workArea),
  );
}

function rememberWindowState(window: BrowserWindow): void {
  const save = () => {
    const bounds = window.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: window.isMaximized() };
    try {
      writeFileSync(windowStateFile(), JSON.stringify(state));
    } catch {
      // Not being able to remember the window size must never stop the app.
    }
  };
  window.on('close', save);
}

function createWindow(): BrowserWindow {
  const state = loadWindowState();
  // webPreferences come from secureWebPreferences(): sandbox, contextIsolation, no node, Auxclick off;
  // tests/main/security.test.ts holds them. New windows are denied by lockDownNavigation().
  // prettier-ignore
  const window = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK -- see above
    ...DEFAULT_WINDOW_STATE,
    ...state,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'LCP Desk',
    icon: path.join(here, '../../resources/icon.png'),
    webPreferences: secureWebPreferences(path.join(here, '../preload/index.cjs')),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  rememberWindowState(window);
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

function start(): void {
  const defaultSession = session.defaultSession;
  lockDownSession(defaultSession, devServerUrl);
  if (devServerUrl) {
    const csp = developmentCsp(new URL(devServerUrl).origin);
    defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
    });
  }
  serveAppProtocol();

  let mainWindow: BrowserWindow | undefined;
  const handlers = createHandlers({
    appName: app.getName(),
    appVersion: app.getVersion(),
    platform: process.platform,
    preferredLanguages: () => app.getPreferredSystemLanguages(),
    showSaveDialog: async ({ defaultName, filters }) => {
      const options = { defaultPath: path.join(app.getPath('documents'), defaultName), filters };
      return mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options);
    },
    writeFile: (filePath, bytes) => writeFile(filePath, bytes),
    openExternal,
    printPdf: (bytes, title) => printPdfInViewer(bytes, title, mainWindow),
    hub: {
      readConfig: () => readFile(hubConfigFile(), 'utf8').catch(() => null),
      writeConfig: (text) => writeFile(hubConfigFile(), text, { mode: 0o600 }),
      isEncryptionAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
      encrypt: (plain) => safeStorage.encryptStringAsync(plain),
      decrypt: async (encrypted) => (await safeStorage.decryptStringAsync(Buffer.from(encrypted))).result,
      storageBackend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined),
      // Node's own fetch, not the window session's: the page never talks to the network itself.
      fetch: (input, init) => fetch(input, init),
      gzip: (text) => gzipSync(text),
    },
  });
  registerHandlers(ipcMain, handlers, (url) => url !== undefined && isAppUrl(url, devServerUrl), console);
  const sendEvent = createEventSender((channel, payload) => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
    if (target && !target.isDestroyed()) target.webContents.send(channel, payload);
  }, console);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        appName: 'LCP Desk',
        platform: process.platform,
        isDev: !app.isPackaged,
        openHelp: () => void openExternal('https://ec.europa.eu/growth/smes_en'),
        sendIntent: (id) => void sendEvent(events.intent, id),
      }),
    ),
  );

  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
}
