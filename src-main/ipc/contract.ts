import { z } from 'zod';

/**
 * The one IPC contract shared by main, preload and renderer: each channel's name, argument schema
 * (validated in main) and result type. Schemas are built inside `argSchemas()` so that bundles
 * needing only `channels` (the sandboxed preload) leave zod out.
 */
export const channels = {
  getAppInfo: 'lcp:get-app-info',
  saveFile: 'lcp:save-file',
  printPdf: 'lcp:print-pdf',
  openExternal: 'lcp:open-external',
} as const;

const MAX_FILE_BYTES = 200 * 1024 * 1024;

function isAllowedExternalUrl(value: string): boolean {
  try {
    const protocol = new URL(value).protocol;
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

export function argSchemas() {
  const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes expected').refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file too large');
  return {
    [channels.getAppInfo]: z.undefined(),
    [channels.saveFile]: z.strictObject({
      suggestedName: z
        .string()
        .min(1)
        .max(200)
        .refine((name) => !/[\\/:*?"<>|\0]/.test(name) && !name.startsWith('.'), 'not a plain file name'),
      mimeType: z.string().max(100),
      bytes,
    }),
    [channels.printPdf]: z.strictObject({ title: z.string().min(1).max(200), bytes }),
    [channels.openExternal]: z.strictObject({
      url: z.string().max(2048).refine(isAllowedExternalUrl, 'only http, https and mailto links'),
    }),
  };
}

type Schemas = ReturnType<typeof argSchemas>;
export type Channel = keyof Schemas;
export type ArgsOf<C extends Channel> = z.infer<Schemas[C]>;

export type AppInfo = {
  name: string;
  version: string;
  platform: string;
  /** BCP 47 tags, most preferred first. */
  preferredLanguages: string[];
};
export type SaveFileArgs = ArgsOf<typeof channels.saveFile>;
export type SaveFileResult = { saved: true; path: string } | { saved: false };
export type PrintPdfArgs = ArgsOf<typeof channels.printPdf>;
export type PrintPdfResult = { printed: boolean };
export type OpenExternalArgs = ArgsOf<typeof channels.openExternal>;

export type Results = {
  [channels.getAppInfo]: AppInfo;
  [channels.saveFile]: SaveFileResult;
  [channels.printPdf]: PrintPdfResult;
  [channels.openExternal]: { opened: boolean };
};
export type ResultOf<C extends Channel> = Results[C];

/** The object the preload exposes as `window.lcp`. Methods are verbs. */
export type LcpApi = {
  getAppInfo(): Promise<AppInfo>;
  saveFile(args: SaveFileArgs): Promise<SaveFileResult>;
  printPdf(args: PrintPdfArgs): Promise<PrintPdfResult>;
  openExternal(args: OpenExternalArgs): Promise<{ opened: boolean }>;
};
