/**
 * Cutting one pull page: at most `limit` feed rows and `maxBytes` of items, never less than one
 * item, with a cursor that never passes a row the page did not consider.
 */
import type { PullResponse, RemoteItem } from '../src-shared/protocol';

/** A feed row with the stored size of its record (null: no record left). */
export type PageRow = { seq: number; entity: string; entity_id: string; size: number | null };

/** `{"items":[],"cursor":…,"more":false}` around the items. */
const ENVELOPE_BYTES = 64;
/** What an item adds to its record's data and clocks: kind, ids, owner, editor, tombstone. */
const ITEM_ESTIMATE_BYTES = 1024;

export type PageSource<R> = {
  /** The records of these rows, by `entity/entity_id`. */
  load(rows: PageRow[]): Promise<Map<string, R>>;
  /** What the account receives of a record, if anything. */
  item(record: R): RemoteItem | null;
  /** The highest sequence number in the feed, in the same snapshot as the rows. */
  top(): Promise<number>;
};

export const rowKey = (row: { entity: string; entity_id: string }) => `${row.entity}/${row.entity_id}`;

/**
 * `rows` are the account's feed rows above `since` in order, up to `limit + 1` of them (the extra
 * one only says whether more exist). A record is sent once per page, at its first row, in its
 * current state; later rows of it in the page add nothing.
 */
export async function cutPage<R>(
  rows: PageRow[],
  since: number,
  limit: number,
  maxBytes: number,
  source: PageSource<R>,
): Promise<PullResponse> {
  const window = rows.slice(0, limit);

  // Which records to load: by their stored sizes, so a page of huge records loads one, not 500.
  const planned: PageRow[] = [];
  const plannedKeys = new Set<string>();
  let estimate = ENVELOPE_BYTES;
  let end = window.length;
  for (const [index, row] of window.entries()) {
    const key = rowKey(row);
    if (row.size === null || plannedKeys.has(key)) continue;
    const size = row.size + ITEM_ESTIMATE_BYTES;
    if (planned.length > 0 && estimate + size > maxBytes) {
      end = index;
      break;
    }
    planned.push(row);
    plannedKeys.add(key);
    estimate += size;
  }

  // The items, measured exactly as they go on the wire.
  const records = await source.load(planned);
  const items: RemoteItem[] = [];
  const done = new Set<string>();
  let bytes = ENVELOPE_BYTES;
  let cursor = since;
  for (const row of window.slice(0, end)) {
    const key = rowKey(row);
    if (!done.has(key)) {
      const record = records.get(key);
      const item = record === undefined ? null : source.item(record);
      if (item) {
        const size = Buffer.byteLength(JSON.stringify(item)) + 1;
        if (items.length > 0 && bytes + size > maxBytes) return { items, cursor, more: true };
        items.push(item);
        bytes += size;
      }
      done.add(key);
    }
    cursor = row.seq;
  }
  if (end < window.length || rows.length > limit) return { items, cursor, more: true };
  // Every row of the account up to the snapshot's end was considered; rows above `cursor` up to
  // `top` belong to others (or are gaps), and any row committed later gets a higher number.
  return { items, cursor: Math.max(cursor, await source.top()), more: false };
}
