import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Shows the PDF in a separate, sandboxed window (its own in-memory session, no preload, no
 * scripts of ours) using Chromium's PDF viewer, and opens the native print dialog for it.
 */
export async function printPdfInViewer(bytes: Uint8Array, title: string, parent?: BrowserWindow): Promise<boolean> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lcp-desk-print-'));
  const file = path.join(dir, 'document.pdf');
  await writeFile(file, bytes);
  const viewerSession = session.fromPartition('lcp-pdf-viewer');
  viewerSession.setPermissionRequestHandler((_c, _p, callback) => callback(false));
  // The viewer runs no script of ours and denies new windows (setWindowOpenHandler below).
  const viewer = new BrowserWindow({
    // eng-disable AUXCLICK_JS_CHECK -- disableBlinkFeatures: 'Auxclick' is set
    parent,
    title,
    width: 900,
    height: 1000,
    webPreferences: {
      session: viewerSession,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      plugins: true,
      javascript: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  viewer.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  viewer.webContents.on('will-navigate', (event) => event.preventDefault());
  viewer.on('closed', () => void rm(dir, { recursive: true, force: true }));
  await viewer.loadURL(pathToFileURL(file).toString());
  return new Promise((resolve) => {
    viewer.webContents.print({}, (success) => resolve(success));
  });
}
