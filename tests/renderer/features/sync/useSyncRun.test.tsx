// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushRequest } from '../../../../src-shared/protocol';
import { getSnapshot } from '../../../../src-renderer/intents/background-tasks';
import { DatabaseProvider } from '../../../../src-renderer/data/DatabaseContext';
import type { LcpDatabase } from '../../../../src-renderer/data/db';
import type { HubTransport } from '../../../../src-renderer/data/sync/types';
import { useSyncStatus } from '../../../../src-renderer/data/sync/useSync';
import { createRecord } from '../../../../src-renderer/data/writes';
import { useSyncRun } from '../../../../src-renderer/features/sync/useSyncRun';
import { freshDatabase } from '../../data/test-db';

/** The browser platform's hub access reads its token from this tab's sessionStorage. */
const TOKEN_KEY = 'lcp.hub.token';
const company = {
  legalName: 'Alpine Tools d.o.o.',
  country: 'SI',
  languages: [],
  role: 'both' as const,
  status: 'registered' as const,
  consent: {},
  tags: [],
};

let db: LcpDatabase;
let pushes: PushRequest[];
/** A hub that acknowledges every batch and has nothing to hand out. */
const hub: HubTransport = async (request) => {
  if (request.method === 'GET') return { status: 200, body: JSON.stringify({ items: [], cursor: 0, more: false }) };
  const batch = JSON.parse(request.body!) as PushRequest;
  pushes.push(batch);
  const ackedSeq = Math.max(...batch.changes.map((c) => c.seq));
  return {
    status: 200,
    body: JSON.stringify({
      batchId: batch.batchId,
      applied: batch.changes.length,
      duplicates: 0,
      ackedSeq,
      conflicts: [],
    }),
  };
};

beforeEach(async () => {
  db = await freshDatabase();
  pushes = [];
  sessionStorage.clear();
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const wrapper = ({ children }: { children: ReactNode }) => <DatabaseProvider db={db}>{children}</DatabaseProvider>;
const render = () => renderHook(() => ({ run: useSyncRun(hub), status: useSyncStatus() }), { wrapper });

describe('useSyncRun: the sync screen without its layout', () => {
  it('without a hub configured, fails and stores "not configured" for the screen, sending nothing', async () => {
    await createRecord(db, 'company', company);
    const { result } = render();
    await waitFor(() => expect(result.current.status?.pending).toBe(1));
    const failuresBefore = result.current.run.failures;
    let report: unknown = 'not run';
    await act(async () => {
      report = await result.current.run.syncNow();
    });
    expect(report).toBeNull();
    expect(pushes).toHaveLength(0);
    expect(result.current.run.running).toBe(false);
    expect(result.current.run.failures).toBe(failuresBefore + 1);
    expect((await db.meta.get('sync.lastError'))?.value).toMatchObject({ code: 'notConfigured' });
    await waitFor(() => expect(result.current.status?.lastError?.code).toBe('notConfigured'));
    expect(result.current.status?.pending).toBe(1);
  });

  it('with a hub, sends the outbox, moves the cursor and clears the earlier error', async () => {
    await createRecord(db, 'company', company);
    await createRecord(db, 'company', { ...company, legalName: 'Bled Glassworks d.o.o.' });
    const { result } = render();
    await act(async () => {
      await result.current.run.syncNow();
    });
    expect((await db.meta.get('sync.lastError'))?.value).toMatchObject({ code: 'notConfigured' });

    sessionStorage.setItem(TOKEN_KEY, 'test-token');
    let report: Awaited<ReturnType<typeof result.current.run.syncNow>> = null;
    await act(async () => {
      report = await result.current.run.syncNow();
    });
    expect(report).toMatchObject({ pushed: 2, batches: 1, received: 0 });
    expect(pushes).toHaveLength(1);
    expect(result.current.run).toMatchObject({ running: false, failures: 0, lastReport: { pushed: 2 } });
    expect(await db.meta.get('sync.lastError')).toBeUndefined();
    await waitFor(() =>
      expect(result.current.status).toMatchObject({ pending: 0, lastError: null, lastPush: { sent: 2 } }),
    );
    expect(result.current.status?.lastSuccessAt).toEqual(expect.any(String));
    // A sync that went through answers the failure the status area showed.
    expect(getSnapshot().lastError?.labelKey).not.toBe('sync:errors.title');
  });

  it('runs one sync at a time: a second start while one runs joins it', async () => {
    sessionStorage.setItem(TOKEN_KEY, 'test-token');
    await createRecord(db, 'company', company);
    const { result } = render();
    let both: unknown[] = [];
    await act(async () => {
      both = await Promise.all([result.current.run.syncNow(), result.current.run.syncNow()]);
    });
    expect(pushes).toHaveLength(1);
    expect(both[0]).toBe(both[1]);
  });
});
