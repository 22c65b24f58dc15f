import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, parseWindowState } from '../../src-main/window-state';

describe('window state', () => {
  it('reads a remembered state and falls back on anything broken', () => {
    expect(parseWindowState(JSON.stringify({ x: 10, y: 20, width: 1400, height: 900, maximized: true }))).toEqual({
      x: 10,
      y: 20,
      width: 1400,
      height: 900,
      maximized: true,
    });
    expect(parseWindowState(undefined)).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{not json')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState(JSON.stringify({ width: 50, height: 50, maximized: false }))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops a position that no connected display shows', () => {
    const laptop = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    const state = { x: 2500, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, laptop)).toEqual({ width: 1200, height: 800, maximized: false });
    const withMonitor = [...laptop, { x: 1920, y: 0, width: 2560, height: 1440 }];
    expect(fitToDisplays(state, withMonitor)).toEqual(state);
  });
});
