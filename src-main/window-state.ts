import { z } from 'zod';

export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(10000),
  height: z.number().int().min(300).max(10000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export type Rect = { x: number; y: number; width: number; height: number };

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

/** Parses a stored state; anything unreadable gives the default. */
export function parseWindowState(raw: string | undefined): WindowState {
  if (!raw) return DEFAULT_WINDOW_STATE;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/**
 * Keeps a remembered position only if the window still lands on a connected display (a laptop
 * unplugged from its external monitor must not open its window off screen).
 */
export function fitToDisplays(state: WindowState, workAreas: Rect[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = workAreas.some(
    (area) => x + 100 > area.x && x < area.x + area.width - 100 && y >= area.y - 10 && y < area.y + area.height - 50,
  );
  if (visible) return state;
  const { x: _x, y: _y, ...rest } = state;
  return rest;
}
