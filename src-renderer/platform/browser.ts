import { browserHub } from './browser-hub';
import type { Platform } from './types';

declare const __APP_VERSION__: string;

function toBlob(bytes: Uint8Array, mimeType: string): Blob {
  return new Blob([bytes.slice().buffer], { type: mimeType });
}

/** The page outside Electron (browser mode, end-to-end tests): downloads and the browser's own dialogs. */
export const browserPlatform: Platform = {
  kind: 'browser',
  getAppInfo: async () => ({
    name: 'LCP Desk',
    version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0',
    platform: 'browser',
    preferredLanguages: [...(navigator.languages ?? [navigator.language])],
  }),
  saveFile: async (suggestedName, mimeType, bytes) => {
    const url = URL.createObjectURL(toBlob(bytes, mimeType));
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { saved: true };
  },
  printPdf: async (title, bytes) => {
    const url = URL.createObjectURL(toBlob(bytes, 'application/pdf'));
    const frame = document.createElement('iframe');
    frame.title = title;
    frame.style.position = 'fixed';
    frame.style.width = '0';
    frame.style.height = '0';
    frame.style.border = '0';
    frame.src = url;
    document.body.append(frame);
    await new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
    setTimeout(() => {
      frame.remove();
      URL.revokeObjectURL(url);
    }, 60_000);
    return { printed: true };
  },
  openExternal: async (url) => {
    window.open(url, '_blank', 'noopener,noreferrer');
  },
  // No native menu in a browser: intents come from shortcuts and buttons only.
  onIntent: () => () => undefined,
  hub: browserHub,
};
