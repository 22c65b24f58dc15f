import { contextBridge, ipcRenderer } from 'electron';
import { isIntentId } from '../../src-shared/intents';
import { channels, events, type LcpApi } from '../ipc/contract';

// The only bridge between the page and the main process. Never expose ipcRenderer itself.
const api = {
  getAppInfo: () => ipcRenderer.invoke(channels.getAppInfo),
  saveFile: (args) => ipcRenderer.invoke(channels.saveFile, args),
  printPdf: (args) => ipcRenderer.invoke(channels.printPdf, args),
  openExternal: (args) => ipcRenderer.invoke(channels.openExternal, args),
  hubGetConfig: () => ipcRenderer.invoke(channels.hubGetConfig),
  hubSetConfig: (args) => ipcRenderer.invoke(channels.hubSetConfig, args),
  hubRequest: (args) => ipcRenderer.invoke(channels.hubRequest, args),
  onIntent: (listener) => {
    // Only the id reaches the page, never the event object, and only a known intent id.
    const forward = (_event: unknown, id: unknown) => {
      if (isIntentId(id)) listener(id);
    };
    ipcRenderer.on(events.intent, forward);
    return () => void ipcRenderer.removeListener(events.intent, forward);
  },
} satisfies LcpApi;

contextBridge.exposeInMainWorld('lcp', api);
