/**
 * The `refusals` table without a flood filling it: a 401 is kept as one row per minute, status,
 * source and reason with a count. The first refusal of a minute is written at once; the ones
 * after it are counted in memory and added to that row at most once a second, so wrong-token
 * requests never queue behind (or slow down) the writers of real batches.
 */
import type { Database } from './store/types';

export type RefusalLog = {
  record(status: number, account: string | null, reason: string, source?: string): Promise<void>;
  /** Writes the counts still in memory (tests; a stopping hub loses at most one second of them). */
  flush(): Promise<void>;
};

type Pending = { at: string; status: number; source: string; reason: string; count: number };

export function refusalLog(db: Database, now: () => Date, flushAfterMs = 1000): RefusalLog {
  let minute = '';
  const written = new Set<string>();
  const pending = new Map<string, Pending>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return;
    const rows = [...pending.values()];
    pending.clear();
    await db.transaction(async (sql) => {
      for (const row of rows) {
        await sql.run(
          'UPDATE refusals SET count = count + ? WHERE at = ? AND status = ? AND source = ? AND reason = ?',
          [row.count, row.at, row.status, row.source, row.reason],
        );
      }
    });
  }

  return {
    flush,
    async record(status, account, reason, source) {
      const text = reason.slice(0, 500);
      const time = now().toISOString();
      if (source === undefined) {
        await db.transaction((sql) =>
          sql.run('INSERT INTO refusals (at, status, account, reason, count) VALUES (?, ?, ?, ?, 1)', [
            time,
            status,
            account,
            text,
          ]),
        );
        return;
      }
      const at = `${time.slice(0, 16)}:00.000Z`;
      if (at !== minute) {
        // Rows of earlier minutes are complete once their counts are written.
        if (pending.size > 0) await flush();
        minute = at;
        written.clear();
      }
      const key = JSON.stringify([at, status, source, text]);
      if (!written.has(key)) {
        written.add(key);
        const row = [at, status, source.slice(0, 200), text];
        await db.transaction(async (sql) => {
          // A hub restarted within the minute continues its row.
          if (
            await sql.get('SELECT count FROM refusals WHERE at = ? AND status = ? AND source = ? AND reason = ?', row)
          ) {
            await sql.run(
              'UPDATE refusals SET count = count + 1 WHERE at = ? AND status = ? AND source = ? AND reason = ?',
              row,
            );
          } else {
            await sql.run(
              'INSERT INTO refusals (at, status, account, reason, source, count) VALUES (?, ?, ?, ?, ?, 1)',
              [at, status, account, text, source.slice(0, 200)],
            );
          }
        });
        return;
      }
      const row = pending.get(key) ?? { at, status, source: source.slice(0, 200), reason: text, count: 0 };
      row.count += 1;
      pending.set(key, row);
      timer ??= setTimeout(() => void flush().catch(() => undefined), flushAfterMs);
      timer.unref?.();
    },
  };
}
