/** How a conflict's two values are shown: for a structured value, only what differs. */
function show(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** For a structured value (a whole profile), only the parts that differ, one per line. */
export function differingParts(mine: unknown, theirs: unknown, empty: string): { mine: string; theirs: string } {
  if (!isPlainObject(mine) || !isPlainObject(theirs)) return { mine: show(mine, empty), theirs: show(theirs, empty) };
  const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter(
    (key) => JSON.stringify(mine[key]) !== JSON.stringify(theirs[key]),
  );
  if (keys.length === 0) return { mine: show(mine, empty), theirs: show(theirs, empty) };
  const lines = (value: Record<string, unknown>) => keys.map((key) => `${key}: ${show(value[key], empty)}`).join('\n');
  return { mine: lines(mine), theirs: lines(theirs) };
}
