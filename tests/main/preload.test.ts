import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { LcpApi } from '../../src-main/ipc/contract';

type Forward = (event: unknown, payload: unknown) => void;
const bridge = vi.hoisted((): { api: unknown; listeners: Map<string, Set<Forward>> } => ({
  api: null,
  listeners: new Map(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (_name: string, api: unknown) => (bridge.api = api) },
  ipcRenderer: {
    invoke: vi.fn(),
    on: (channel: string, listener: Forward) => {
      const set = bridge.listeners.get(channel) ?? new Set<Forward>();
      set.add(listener);
      bridge.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: Forward) => bridge.listeners.get(channel)?.delete(listener),
  },
}));

const emit = (channel: string, payload: unknown) => {
  for (const listener of bridge.listeners.get(channel) ?? []) listener({ sender: 'raw IpcRendererEvent' }, payload);
};

describe('preload onIntent', () => {
  beforeAll(async () => {
    await import('../../src-main/preload/index');
  });

  it('passes known intent ids to the page, drops anything else, and unsubscribes', () => {
    const api = bridge.api as LcpApi;
    const listener = vi.fn();
    const unsubscribe = api.onIntent(listener);
    emit('lcp:intent', 'companies.new');
    emit('lcp:intent', 'companies.erase-everything');
    emit('lcp:intent', '__proto__');
    emit('lcp:intent', { id: 'sync.now' });
    expect(listener.mock.calls).toEqual([['companies.new']]);
    unsubscribe();
    emit('lcp:intent', 'sync.now');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
