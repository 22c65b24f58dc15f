import { z } from 'zod';
import { INTENT_IDS, type IntentId } from '../../src-shared/intents';

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
  hubGetConfig: 'lcp:hub-get-config',
  hubSetConfig: 'lcp:hub-set-config',
  hubRequest: 'lcp:hub-request',
} as const;

/**
 * Main → renderer events (sent by main, received through the preload's subscribe verbs). `intent`:
 * a native menu item was chosen; its payload is the id of a global intent (src-shared/intents.ts).
 */
export const events = {
  intent: 'lcp:intent',
} as const;

/** Hub requests the page may ask main to make: only the API's own routes (see src-shared/protocol). */
export const HUB_PATH = /^\/v1\/(health|batches|changes\?since=\d{1,16}&limit=\d{1,4})$/;
const MAX_HUB_BODY_CHARS = 3 * 1024 * 1024;

const LOOPBACK_NAMES = new Set(['localhost', '[::1]']);

function isLoopbackHost(hostname: string): boolean {
  // URL has already normalised the host: lower case, IPv4 in dotted decimal, IPv6 in brackets.
  return LOOPBACK_NAMES.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Why a hub address is refused, or null when it is acceptable ('' means no hub). */
export type HubUrlProblem = 'malformed' | 'insecure';

/**
 * A hub address: https, or http only to this computer (127.0.0.0/8, ::1, localhost), because the
 * access token travels with every request. No user, password, query or fragment.
 */
export function hubUrlProblem(value: string): HubUrlProblem | null {
  if (value === '') return null;
  if (/\s/.test(value)) return 'malformed';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'malformed';
  }
  if (url.username || url.password || url.search || url.hash || !url.hostname) return 'malformed';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:') return isLoopbackHost(url.hostname) ? null : 'insecure';
  return 'malformed';
}

/** What an access token looks like (the hub issues them; this only keeps garbage out). */
export const HUB_TOKEN = /^[A-Za-z0-9_\-.~+/=]{10,200}$/;

/** The stored form of a hub address: without trailing slashes. */
export function normalizeHubUrl(value: string): string {
  return value.trim().replace(/\/+$/, '');
}

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
  const bytes = z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes expected')
    .refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file too large');
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
    [channels.hubGetConfig]: z.undefined(),
    [channels.hubSetConfig]: z.strictObject({
      url: z
        .string()
        .max(2048)
        .refine(
          (url) => hubUrlProblem(url) === null,
          'an https address (http only for this computer) without user, query or fragment',
        ),
      /** Omitted: keep the stored token if the address is the same (a new address forgets it); null: forget it. */
      token: z.string().regex(HUB_TOKEN, 'not an access token').nullable().optional(),
    }),
    [channels.hubRequest]: z.strictObject({
      method: z.enum(['GET', 'POST']),
      path: z.string().max(100).regex(HUB_PATH, 'not a hub API route'),
      body: z.string().max(MAX_HUB_BODY_CHARS).optional(),
    }),
  };
}

/** What main may send on each event channel: checked before sending (register.ts) and again in the preload. */
export function eventSchemas() {
  return {
    [events.intent]: z.enum(INTENT_IDS),
  };
}

type EventSchemas = ReturnType<typeof eventSchemas>;
export type EventChannel = keyof EventSchemas;
export type EventPayloadOf<E extends EventChannel> = z.infer<EventSchemas[E]>;

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

/** How the hub token is protected at rest: the OS keyring, Electron's fixed key (Linux without keyring), the browser tab's session, or not storable. */
export type TokenProtection = 'os' | 'fixedKey' | 'browserSession' | 'unavailable';
export type HubConfig = { url: string; hasToken: boolean; tokenProtection: TokenProtection; backend?: string };
export type HubSetConfigArgs = ArgsOf<typeof channels.hubSetConfig>;
export type HubRequestArgs = ArgsOf<typeof channels.hubRequest>;
/** status 0: the hub could not be reached (no network, refused, cut). */
export type HubReplyResult = { status: number; body: string };

export type Results = {
  [channels.getAppInfo]: AppInfo;
  [channels.saveFile]: SaveFileResult;
  [channels.printPdf]: PrintPdfResult;
  [channels.openExternal]: { opened: boolean };
  [channels.hubGetConfig]: HubConfig;
  [channels.hubSetConfig]: HubConfig;
  [channels.hubRequest]: HubReplyResult;
};
export type ResultOf<C extends Channel> = Results[C];

/** The object the preload exposes as `window.lcp`. Methods are verbs. */
export type LcpApi = {
  getAppInfo(): Promise<AppInfo>;
  saveFile(args: SaveFileArgs): Promise<SaveFileResult>;
  printPdf(args: PrintPdfArgs): Promise<PrintPdfResult>;
  openExternal(args: OpenExternalArgs): Promise<{ opened: boolean }>;
  hubGetConfig(): Promise<HubConfig>;
  hubSetConfig(args: HubSetConfigArgs): Promise<HubConfig>;
  hubRequest(args: HubRequestArgs): Promise<HubReplyResult>;
  /** Calls `listener` with each intent the native menu sends; returns the unsubscribe function. */
  onIntent(listener: (id: IntentId) => void): () => void;
};
