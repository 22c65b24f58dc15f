import type { AppInfo, LcpApi } from '../../src-main/ipc/contract';

export type { AppInfo };

/** What the page may ask of the computer. Electron and the browser each implement it. */
export type Platform = {
  kind: 'electron' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  /** Saves bytes as a file: native save dialog, or a download in a browser. */
  saveFile(suggestedName: string, mimeType: string, bytes: Uint8Array): Promise<{ saved: boolean }>;
  /** Prints a PDF: native print dialog, or the browser's print preview. */
  printPdf(title: string, bytes: Uint8Array): Promise<{ printed: boolean }>;
  openExternal(url: string): Promise<void>;
};

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface merges into Window
  interface Window {
    lcp?: LcpApi;
  }
}
