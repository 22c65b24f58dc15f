/** The per-record byte limit a push must respect (MAX_RECORD_BYTES in the protocol). */
import { MAX_RECORD_BYTES, type RecordState } from '../src-shared/protocol';
import type { Sql } from './store/types';

/** What a record holds on the wire: its fields and their clocks as UTF-8 JSON, as the hub stores them. */
export function recordBytes(state: RecordState): number {
  return Buffer.byteLength(JSON.stringify(state.data)) + Buffer.byteLength(JSON.stringify(state.clocks));
}

type Merged = { entity: string; key: string; state: RecordState; existed: boolean };

/**
 * The reason to refuse a batch, if one of its merged records is over the limit and larger than it
 * was. A record stored before the limit existed may keep its size, shrink or be deleted (a
 * tombstone changes neither fields nor clocks); it may not grow. Called before anything is written.
 */
export async function oversizedRecord(
  sql: Sql,
  records: Iterable<Merged>,
  limit = MAX_RECORD_BYTES,
): Promise<string | null> {
  for (const record of records) {
    const bytes = recordBytes(record.state);
    if (bytes <= limit) continue;
    const stored = record.existed
      ? await sql.get<{ bytes: number | null }>(
          'SELECT octet_length(data) + octet_length(clocks) AS bytes FROM records WHERE entity = ? AND entity_id = ?',
          [record.entity, record.key],
        )
      : undefined;
    const before = Number(stored?.bytes ?? 0);
    if (bytes > before) {
      return `${record.entity} ${record.key} would hold ${bytes} bytes${before > limit ? ` (it holds ${before})` : ''}, more than the ${limit} bytes a record may hold`;
    }
  }
  return null;
}
