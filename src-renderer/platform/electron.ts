import type { LcpApi } from '../../src-main/ipc/contract';
import type { Platform } from './types';

export function electronPlatform(api: LcpApi): Platform {
  return {
    kind: 'electron',
    getAppInfo: () => api.getAppInfo(),
    saveFile: async (suggestedName, mimeType, bytes) => {
      const result = await api.saveFile({ suggestedName, mimeType, bytes });
      return { saved: result.saved };
    },
    printPdf: (title, bytes) => api.printPdf({ title, bytes }),
    openExternal: async (url) => {
      await api.openExternal({ url }); // eng-disable OPEN_EXTERNAL_JS_CHECK -- main validates the URL scheme
    },
    onIntent: (listener) => api.onIntent(listener),
    // The main process keeps the token (safeStorage) and makes the requests: the page never sees it.
    hub: {
      getConfig: () => api.hubGetConfig(),
      setConfig: (args) => api.hubSetConfig(args),
      request: (args) => api.hubRequest(args),
    },
  };
}
