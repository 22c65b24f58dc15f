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
  it('stores the token encrypted, never in clear, keeps it for the same address and forgets it on request', async () => {
    const { deps, file } = fakeDeps();
    const hub = createHubHandlers(deps);
    expect(await hub.setConfig({ url: 'https://hub.example.eu/', token: 'lcp_secret-token-123' })).toEqual({
      url: 'https://hub.example.eu',
      hasToken: true,
      tokenProtection: 'os',
      backend: 'gnome_libsecret',
    });
    expect(file()).not.toContain('lcp_secret-token-123');
    await hub.setConfig({ url: 'https://hub.example.eu' });
    expect((await hub.getConfig()).hasToken).toBe(true);
    await hub.setConfig({ url: 'https://hub.example.eu', token: null });
    expect((await hub.getConfig()).hasToken).toBe(false);
  });

  it('forgets the stored token when the address changes, so it is never sent to the new address', async () => {
    const { deps, file } = fakeDeps();
    const hub = createHubHandlers(deps);
    await hub.setConfig({ url: 'https://hub.example.eu', token: 'lcp_secret-token-123' });
    expect(await hub.setConfig({ url: 'https://elsewhere.example.com' })).toMatchObject({
      url: 'https://elsewhere.example.com',
      hasToken: false,
    });
    expect(file()).not.toContain(Buffer.from('enc:lcp_secret-token-123').toString('base64'));
    expect(await hub.request({ method: 'GET', path: '/v1/health' })).toMatchObject({ status: 0 });
    expect(deps.fetch).not.toHaveBeenCalled();
    // A new address with its own token in the same save keeps that token.
    expect(await hub.setConfig({ url: 'https://hub2.example.eu', token: 'lcp_other-token-456' })).toMatchObject({
      hasToken: true,
    });
    await hub.request({ method: 'GET', path: '/v1/health' });
    expect(vi.mocked(deps.fetch).mock.calls[0]![0]).toBe('https://hub2.example.eu/v1/health');
  });

  it('says plainly when Linux has no keyring (fixed key), and refuses to store where nothing encrypts', async () => {
    expect(
      (await createHubHandlers(fakeDeps({ storageBackend: () => 'basic_text' }).deps).getConfig()).tokenProtection,
    ).toBe('fixedKey');
    const none = createHubHandlers(fakeDeps({ isEncryptionAvailable: async () => false }).deps);
    expect((await none.getConfig()).tokenProtection).toBe('unavailable');
    await expect(none.setConfig({ url: 'https://hub.example.eu', token: 'lcp_secret-token-123' })).rejects.toThrow(
      /encrypt/,
    );
  });

  it('sends requests with the bearer token, gzips large bodies, and reports an unreachable hub as status 0', async () => {
    const { deps } = fakeDeps();
    const hub = createHubHandlers(deps);
    expect(await hub.request({ method: 'GET', path: '/v1/health' })).toMatchObject({ status: 0 });
    await hub.setConfig({ url: 'https://hub.example.eu', token: 'lcp_secret-token-123' });
    expect(await hub.request({ method: 'POST', path: '/v1/batches', body: 'x'.repeat(20_000) })).toEqual({
      status: 200,
      body: '{"ok":true}',
    });
    const [url, init] = vi.mocked(deps.fetch).mock.calls[0]!;
    expect(url).toBe('https://hub.example.eu/v1/batches');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer lcp_secret-token-123', 'Content-Encoding': 'gzip' });
    vi.mocked(deps.fetch).mockRejectedValueOnce(new TypeError('fetch failed'));
    expect((await hub.request({ method: 'GET', path: '/v1/health' })).status).toBe(0);
  });

  it('tells a hub that does not answer (refused, reset, timed out) apart from no network at all', async () => {
    const { deps } = fakeDeps({ timeoutMs: 50 });
    const hub = createHubHandlers(deps);
    await hub.setConfig({ url: 'https://hub.example.eu', token: 'lcp_secret-token-123' });
    const failWith = (code: string) =>
      Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error(`connect ${code} 10.0.0.5:443`), { code }),
      });
    const reasonOf = async () =>
      (JSON.parse((await hub.request({ method: 'GET', path: '/v1/health' })).body) as { reason?: string }).reason;
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']) {
      vi.mocked(deps.fetch).mockRejectedValueOnce(failWith(code));
      expect(await reasonOf(), code).toBe('hubDown');
    }
    for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']) {
      vi.mocked(deps.fetch).mockRejectedValueOnce(failWith(code));
      expect(await reasonOf(), code).toBe('offline');
    }
    // No answer within the time limit: the hub hangs.
    vi.mocked(deps.fetch).mockImplementationOnce(
      (_url, init) =>
        new Promise((_resolve, reject) =>
          init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason as Error)),
        ),
    );
    expect(await reasonOf()).toBe('hubDown');
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
    registerHandlers(
      {
        handle: (channel: string, listener: (event: IpcMainInvokeEvent, arg: unknown) => Promise<unknown>) =>
          listeners.set(channel, listener),
      },
      handlers,
      () => true,
      { warn: () => undefined },
    );
    const invoke = (channel: string, arg: unknown) =>
      listeners.get(channel)!({ senderFrame: { url: 'app://lcp-desk/' } } as unknown as IpcMainInvokeEvent, arg);
    await expect(invoke(channels.hubRequest, { method: 'GET', path: '/../../etc/passwd' })).rejects.toBeInstanceOf(
      IpcRejection,
    );
    await expect(
      invoke(channels.hubRequest, { method: 'GET', path: '/v1/changes?since=1&limit=5&x=1' }),
    ).rejects.toBeInstanceOf(IpcRejection);
    await expect(invoke(channels.hubSetConfig, { url: 'https://user:pw@hub.example.eu' })).rejects.toBeInstanceOf(
      IpcRejection,
    );
    await expect(invoke(channels.hubSetConfig, { url: 'file:///etc' })).rejects.toBeInstanceOf(IpcRejection);
    await expect(
      invoke(channels.hubRequest, { method: 'GET', path: '/v1/changes?since=1&limit=5' }),
    ).resolves.toMatchObject({ status: 0 });
  });

  it('accepts http:// only for this computer (loopback), everything else must be https', async () => {
    const listeners = new Map<string, (event: IpcMainInvokeEvent, arg: unknown) => Promise<unknown>>();
    const handlers = createHandlers({
      appName: 'x',
      appVersion: '1',
      platform: 'linux',
      preferredLanguages: () => [],
      showSaveDialog: async () => ({ canceled: true }),
      writeFile: async () => undefined,
      openExternal: async () => undefined,
      printPdf: async () => true,
      hub: fakeDeps().deps,
    });
    registerHandlers(
      {
        handle: (channel: string, listener: (event: IpcMainInvokeEvent, arg: unknown) => Promise<unknown>) =>
          listeners.set(channel, listener),
      },
      handlers,
      () => true,
      { warn: () => undefined },
    );
    const setUrl = (url: string) =>
      listeners.get(channels.hubSetConfig)!(
        { senderFrame: { url: 'app://lcp-desk/' } } as unknown as IpcMainInvokeEvent,
        { url },
      );
    for (const url of [
      'http://hub.example.eu',
      'http://192.168.1.10:8787',
      'http://localhost.example.eu',
      'http://127.0.0.1.nip.io',
      'http://[::2]:8787',
      'ftp://hub.example.eu',
    ]) {
      await expect(setUrl(url), url).rejects.toBeInstanceOf(IpcRejection);
    }
    for (const url of [
      'https://hub.example.eu',
      'https://192.168.1.10:8443',
      'http://127.0.0.1:8787',
      'http://127.8.9.10',
      'http://localhost:8787',
      'http://[::1]:8787',
      '',
    ]) {
      await expect(setUrl(url), url).resolves.toMatchObject({ hasToken: false });
    }
  });
});
