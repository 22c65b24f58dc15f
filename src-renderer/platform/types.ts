import type { AppInfo, HubConfig, HubReplyResult, HubRequestArgs, LcpApi } from '../../src-main/ipc/contract';
import type { IntentId } from '../../src-shared/intents';

export type { AppInfo, HubConfig };

/** The central office's hub: address and token kept outside the page, requests made for it. */
export type HubAccess = {
  getConfig(): Promise<HubConfig>;
  /** token: omitted keeps the stored one, null forgets it. */
  setConfig(args: { url: string; token?: string | null }): Promise<HubConfig>;
  request(args: HubRequestArgs): Promise<HubReplyResult>;
};

/** What the page may ask of the computer. Electron and the browser each implement it. */
export type Platform = {
  kind: 'electron' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  /** Saves bytes as a file: native save dialog, or a download in a browser. */
  saveFile(suggestedName: string, mimeType: string, bytes: Uint8Array): Promise<{ saved: boolean }>;
  /** Prints a PDF: native print dialog, or the browser's print preview. */
  printPdf(title: string, bytes: Uint8Array): Promise<{ printed: boolean }>;
  openExternal(url: string): Promise<void>;
  /** Intents chosen in the native menu; returns the unsubscribe function. The browser has no menu. */
  onIntent(listener: (id: IntentId) => void): () => void;
  hub: HubAccess;
};

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface merges into Window
  interface Window {
    lcp?: LcpApi;
  }
}
