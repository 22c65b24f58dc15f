import { contextBridge, ipcRenderer } from 'electron';
import { channels, type LcpApi } from '../ipc/contract';

// The only bridge between the page and the main process. Never expose ipcRenderer itself.
const api = {
  getAppInfo: () => ipcRenderer.invoke(channels.getAppInfo),
  saveFile: (args) => ipcRenderer.invoke(channels.saveFile, args),
  printPdf: (args) => ipcRenderer.invoke(channels.printPdf, args),
  openExternal: (args) => ipcRenderer.invoke(channels.openExternal, args),
  hubGetConfig: () => ipcRenderer.invoke(channels.hubGetConfig),
  hubSetConfig: (args) => ipcRenderer.invoke(channels.hubSetConfig, args),
  hubRequest: (args) => ipcRenderer.invoke(channels.hubRequest, args),
} satisfies LcpApi;

contextBridge.exposeInMainWorld('lcp', api);
