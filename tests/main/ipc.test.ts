import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { channels, eventSchemas, events } from '../../src-main/ipc/contract';
import { isIntentId } from '../../src-shared/intents';
import { createHandlers, filtersFor, type HandlerDeps } from '../../src-main/ipc/handlers';
import { createEventSender, IpcRejection, registerHandlers } from '../../src-main/ipc/register';

function fakeDeps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    appName: 'LCP Desk',
    appVersion: '1.2.3',
    platform: 'linux',
    preferredLanguages: () => ['el-GR', 'en-US'],
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/eleni/agreement.pdf' })),
    writeFile: vi.fn(async () => undefined),
    openExternal: vi.fn(async () => undefined),
    printPdf: vi.fn(async () => true),
    ...overrides,
  };
}

type Listener = (event: IpcMainInvokeEvent, arg: unknown) => Promise<unknown>;

function fakeIpc() {
  const listeners = new Map<string, Listener>();
  return {
    handle: (channel: string, listener: Listener) => listeners.set(channel, listener),
    invoke: (channel: string, arg: unknown, frameUrl = 'app://lcp-desk/index.html') =>
      listeners.get(channel)!({ senderFrame: { url: frameUrl } } as unknown as IpcMainInvokeEvent, arg),
    channels: () => [...listeners.keys()],
  };
}

function setup(deps = fakeDeps()) {
  const ipc = fakeIpc();
  const logger = { warn: vi.fn() };
  registerHandlers(ipc, createHandlers(deps), (url) => url?.startsWith('app://lcp-desk/') ?? false, logger);
  return { ipc, deps, logger };
}

describe('IPC handlers', () => {
  it('answers app info with the OS languages', async () => {
    const { ipc } = setup();
    await expect(ipc.invoke(channels.getAppInfo, undefined)).resolves.toEqual({
      name: 'LCP Desk',
      version: '1.2.3',
      platform: 'linux',
      preferredLanguages: ['el-GR', 'en-US'],
    });
  });

  it('saves through the save dialog, and does nothing when cancelled', async () => {
    const { ipc, deps } = setup();
    const bytes = new Uint8Array([37, 80, 68, 70]);
    await expect(
      ipc.invoke(channels.saveFile, { suggestedName: 'agreement.pdf', mimeType: 'application/pdf', bytes }),
    ).resolves.toEqual({ saved: true, path: '/home/eleni/agreement.pdf' });
    expect(deps.writeFile).toHaveBeenCalledWith('/home/eleni/agreement.pdf', bytes);
    expect(deps.showSaveDialog).toHaveBeenCalledWith({
      defaultName: 'agreement.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });

    const cancelled = setup(fakeDeps({ showSaveDialog: vi.fn(async () => ({ canceled: true })) }));
    await expect(
      cancelled.ipc.invoke(channels.saveFile, { suggestedName: 'a.csv', mimeType: 'text/csv', bytes }),
    ).resolves.toEqual({ saved: false });
    expect(cancelled.deps.writeFile).not.toHaveBeenCalled();
  });

  it('prints and opens external links', async () => {
    const { ipc, deps } = setup();
    await expect(ipc.invoke(channels.printPdf, { title: 'Agreement', bytes: new Uint8Array([1]) })).resolves.toEqual({
      printed: true,
    });
    await expect(ipc.invoke(channels.openExternal, { url: 'https://ec.europa.eu' })).resolves.toEqual({ opened: true });
    expect(deps.openExternal).toHaveBeenCalledWith('https://ec.europa.eu');
  });

  it('registers every channel of the contract', () => {
    const { ipc } = setup();
    expect(ipc.channels().sort()).toEqual(Object.values(channels).sort());
  });
});

describe('IPC validation', () => {
  it('refuses messages from any frame but the app', async () => {
    const { ipc, deps, logger } = setup();
    await expect(
      ipc.invoke(channels.openExternal, { url: 'https://a.eu' }, 'https://evil.example/'),
    ).rejects.toBeInstanceOf(IpcRejection);
    expect(deps.openExternal).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('untrusted sender'));
  });

  it.each([
    ['a file URL', { url: 'file:///etc/passwd' }],
    ['a javascript URL', { url: 'javascript:alert(1)' }],
    ['an extra property', { url: 'https://a.eu', shell: true }],
    ['no argument', undefined],
  ])('refuses to open %s', async (_name, arg) => {
    const { ipc, deps } = setup();
    await expect(ipc.invoke(channels.openExternal, arg)).rejects.toBeInstanceOf(IpcRejection);
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it.each([
    ['a path in the name', { suggestedName: '../../.bashrc', mimeType: 'text/plain', bytes: new Uint8Array() }],
    ['a hidden file', { suggestedName: '.bashrc', mimeType: 'text/plain', bytes: new Uint8Array() }],
    ['bytes as an array', { suggestedName: 'a.pdf', mimeType: 'application/pdf', bytes: [1, 2, 3] }],
    ['an empty name', { suggestedName: '', mimeType: 'application/pdf', bytes: new Uint8Array() }],
  ])('refuses to save with %s', async (_name, arg) => {
    const { ipc, deps } = setup();
    await expect(ipc.invoke(channels.saveFile, arg)).rejects.toBeInstanceOf(IpcRejection);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('picks save dialog filters from the type', () => {
    expect(filtersFor('text/csv', 'companies.csv')).toEqual([{ name: 'CSV', extensions: ['csv'] }]);
    expect(filtersFor('application/octet-stream', 'batch.lcpsync')).toEqual([
      { name: 'LCPSYNC', extensions: ['lcpsync'] },
    ]);
  });

  it('sends the intent event only with a known intent id', () => {
    const send = vi.fn();
    const logger = { warn: vi.fn() };
    const sendEvent = createEventSender(send, logger);
    expect(sendEvent(events.intent, 'companies.new')).toBe(true);
    expect(send).toHaveBeenCalledWith('lcp:intent', 'companies.new');
    for (const bad of ['companies.delete', '__proto__', 'toString', '', 42, { id: 'companies.new' }, undefined]) {
      expect(sendEvent(events.intent, bad as never)).toBe(false);
    }
    expect(send).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledTimes(7);
    expect(eventSchemas()[events.intent].safeParse('sync.now').success).toBe(true);
  });

  it('knows the intent ids the preload lets through, and nothing inherited from Object', () => {
    expect(isIntentId('sync.now')).toBe(true);
    expect(isIntentId('companies.find')).toBe(true);
    for (const bad of ['constructor', 'hasOwnProperty', '__proto__', 'sync.later', null, 1])
      expect(isIntentId(bad)).toBe(false);
  });
});
