import type { AppInfo, ArgsOf, Channel, ResultOf } from './contract';
import { channels } from './contract';
import { createHubHandlers, type HubHandlerDeps } from './hub-handlers';

/** What the handlers need from Electron and Node, injected so they are plain, testable functions. */
export type HandlerDeps = {
  appName: string;
  appVersion: string;
  platform: string;
  preferredLanguages: () => string[];
  showSaveDialog: (options: {
    defaultName: string;
    filters: { name: string; extensions: string[] }[];
  }) => Promise<{ canceled: boolean; filePath?: string }>;
  writeFile: (filePath: string, bytes: Uint8Array) => Promise<void>;
  openExternal: (url: string) => Promise<void>;
  printPdf: (bytes: Uint8Array, title: string) => Promise<boolean>;
  /** The hub (sync): config file, safeStorage, HTTP. Without it the hub channels refuse. */
  hub?: HubHandlerDeps;
};

export type Handlers = { [C in Channel]: (args: ArgsOf<C>) => Promise<ResultOf<C>> };

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'text/csv': 'csv',
  'application/json': 'json',
  'image/png': 'png',
};

export function filtersFor(mimeType: string, suggestedName: string): { name: string; extensions: string[] }[] {
  const extension = EXTENSIONS[mimeType] ?? suggestedName.split('.').pop() ?? '';
  return extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [];
}

function hubUnavailable(): never {
  throw new Error('hub access is not set up in this process');
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const hub = deps.hub ? createHubHandlers(deps.hub) : undefined;
  return {
    [channels.hubGetConfig]: async () => (hub ? hub.getConfig() : hubUnavailable()),
    [channels.hubSetConfig]: async (args) => (hub ? hub.setConfig(args) : hubUnavailable()),
    [channels.hubRequest]: async (args) => (hub ? hub.request(args) : hubUnavailable()),
    [channels.getAppInfo]: async (): Promise<AppInfo> => ({
      name: deps.appName,
      version: deps.appVersion,
      platform: deps.platform,
      preferredLanguages: deps.preferredLanguages(),
    }),
    [channels.saveFile]: async ({ suggestedName, mimeType, bytes }) => {
      const choice = await deps.showSaveDialog({
        defaultName: suggestedName,
        filters: filtersFor(mimeType, suggestedName),
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await deps.writeFile(choice.filePath, bytes);
      return { saved: true, path: choice.filePath };
    },
    [channels.printPdf]: async ({ bytes, title }) => ({ printed: await deps.printPdf(bytes, title) }),
    [channels.openExternal]: async ({ url }) => {
      await deps.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK -- url passed the contract's http/https/mailto schema
      return { opened: true };
    },
  };
}
