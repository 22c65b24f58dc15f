import type { TFunction } from 'i18next';
import type * as GenerateModule from './generate';

/**
 * The PDF tools (pdf-lib, fontkit, the fonts, the clause texts) live in their own chunks, loaded on
 * first use. In browser mode the page is served over the network: once the connection is gone, a
 * chunk not loaded yet cannot be fetched. So the browser build fetches them all while idle after
 * start-up, and a load that fails anyway becomes a PdfToolsUnavailableError the screens explain.
 */
export class PdfToolsUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`The PDF tools could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

type Tools = typeof GenerateModule;
let tools: Promise<Tools> | undefined;

/** The generate module; a failed load is forgotten, so the next call tries again. */
export function loadPdfTools(): Promise<Tools> {
  tools ??= import('./generate');
  const current = tools;
  return current.catch((error: unknown) => {
    if (tools === current) tools = undefined;
    throw new PdfToolsUnavailableError(error);
  });
}

/** Runs `load`, turning a failed fetch or chunk import into PdfToolsUnavailableError. */
export async function orUnavailable<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw error instanceof PdfToolsUnavailableError ? error : new PdfToolsUnavailableError(error);
  }
}

/** Browser mode only (Electron serves the chunks from its own files): everything PDF, fetched once, while idle. */
export function prefetchPdfTools(isBrowser: boolean): void {
  if (!isBrowser) return;
  const run = () => {
    void loadPdfTools()
      .then((m) => m.prefetchPdfAssets())
      .catch(() => undefined);
    void import('../../pdf/form-fill').catch(() => undefined);
    void import('../../pdf/page-count').catch(() => undefined);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 1000);
}

/** What to tell the user when a PDF action failed (agreements namespace). */
export function pdfFailureText(t: TFunction<'agreements'>, error: unknown): string {
  if (error instanceof PdfToolsUnavailableError) return t('detail.pdfUnavailable');
  return t('detail.failed', {
    detail: error instanceof Error ? error.message : String(error),
  });
}
