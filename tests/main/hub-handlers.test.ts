import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../src-main/ipc/contract';
import { createHandlers } from '../../src-main/ipc/handlers';
import { createHubHandlers, type HubHandlerDeps } from '../../src-main/ipc/hub-handlers';
import { IpcRejection, registerHandlers } from '../../src-main/ipc/register';
import type { IpcMainInvokeEvent } from 'electron';

function fakeDeps(overrides: Partial<HubHandlerDeps> = {}) {
  let file: string | null = null;
  const deps: HubHandlerDeps = {
    readConfig: async () => file,
    writeConfig: async (text) => {
      file = text;
    },
    isEncryptionAvailable: async () => true,
    encrypt: async (plain) => new TextEncoder().encode(`enc:${plain}`),
    decrypt: async (bytes) => new TextDecoder().decode(bytes).replace(/^enc:/, ''),
    storageBackend: () => 'gnome_libsecret',
    fetch: vi.fn(async () => new Response('{"ok":true}', { status: 200 })),
    gzip: (text) => new TextEncoder().encode(`gz:${text.length}`),
    ...overrides,
  };
  return { deps, file: () => file };
}

describe('hub handlers (main process)', () => {
  it('stores the token encrypted, never in clear, and keeps it when only the address changes', async () => {
    const { deps, file } = fakeDeps();
    const hub = createHubHandlers(deps);
    expect(await hub.setConfig({ url: 'https://hub.example.eu/', token: 'lcp_secret-token-123' })).toEqual({ url: 'https://hub.example.eu', hasToken: true, tokenProtection: 'os', backend: 'gnome_libsecret' });
    expect(file()).not.toContain('lcp_secret-token-123');
    await hub.setConfig({ url: 'https://other.example.eu' });
    expect((await hub.getConfig()).hasToken).toBe(true);
    await hub.setConfig({ url: 'https://other.example.eu', token: null });
    expect((await hub.getConfig()).hasToken).toBe(false);
  });

  it('says plainly when Linux has no keyring (fixed key), and refuses to store where nothing encrypts', async () => {
    expect((await createHubHandlers(fakeDeps({ storageBackend: () => 'basic_text' }).deps).getConfig()).tokenProtection).toBe('fixedKey');
    const none = createHubHandlers(fakeDeps({ isEncryptionAvailable: async () => false }).deps);
    expect((await none.getConfig()).tokenProtection).toBe('unavailable');
    await expect(none.setConfig({ url: 'https://hub.example.eu', token: 'lcp_secret-token-123' })).rejects.toThrow(/encrypt/);
  });

  it('sends requests with the bearer token, gzips large bodies, and reports an unreachable hub as status 0', async () => {
    const { deps } = fakeDeps();
    const hub = createHubHandlers(deps);
    expect(await hub.request({ method: 'GET', path: '/v1/health' })).toMatchObject({ status: 0 });
    await hub.setConfig({ url: 'https://hub.example.eu', token: 'lcp_secret-token-123' });
    expect(await hub.request({ method: 'POST', path: '/v1/batches', body: 'x'.repeat(20_000) })).toEqual({ status: 200, body: '{"ok":true}' });
    const [url, init] = vi.mocked(deps.fetch).mock.calls[0]!;
    expect(url).toBe('https://hub.example.eu/v1/batches');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer lcp_secret-token-123', 'Content-Encoding': 'gzip' });
    vi.mocked(deps.fetch).mockRejectedValueOnce(new TypeError('fetch failed'));
    expect((await hub.request({ method: 'GET', path: '/v1/health' })).status).toBe(0);
  });

  it('rejects, through the contract, paths outside the API and addresses with credentials', async () => {
    const listeners = new Map<string, (event: IpcMainInvokeEvent, arg: unknown) => Promise<unknown>>();
    const { deps } = fakeDeps();
    const handlers = createHandlers({
      appName: 'x',
      appVersion: '1',
      platform: 'linux',
      preferredLanguages: () => [],
      showSaveDialog: async () => ({ canceled: true }),
      writeFile: async () => undefined,
      openExternal: async () => undefined,
      printPdf: async () => true,
      hub: deps,
    });
    registerHandlers({ handle: (channel: string, listener: (event: IpcMainInvokeEvent, arg: unknown) => Promise<unknown>) => listeners.set(channel, listener) }, handlers, () => true, { warn: () => undefined });
    const invoke = (channel: string, arg: unknown) => listeners.get(channel)!({ senderFrame: { url: 'app://lcp-desk/' } } as unknown as IpcMainInvokeEvent, arg);
    await expect(invoke(channels.hubRequest, { method: 'GET', path: '/../../etc/passwd' })).rejects.toBeInstanceOf(IpcRejection);
    await expect(invoke(channels.hubRequest, { method: 'GET', path: '/v1/changes?since=1&limit=5&x=1' })).rejects.toBeInstanceOf(IpcRejection);
    await expect(invoke(channels.hubSetConfig, { url: 'https://user:pw@hub.example.eu' })).rejects.toBeInstanceOf(IpcRejection);
    await expect(invoke(channels.hubSetConfig, { url: 'file:///etc' })).rejects.toBeInstanceOf(IpcRejection);
    await expect(invoke(channels.hubRequest, { method: 'GET', path: '/v1/changes?since=1&limit=5' })).resolves.toMatchObject({ status: 0 });
  });
});
