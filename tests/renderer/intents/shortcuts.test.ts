import { describe, expect, it } from 'vitest';
import { shortcutLabel } from '../../../src-renderer/intents/actions';
import { matchesShortcut } from '../../../src-renderer/intents/shortcuts';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('matchesShortcut', () => {
  it('maps Mod to Ctrl on Windows and Linux and to Cmd on macOS', () => {
    expect(matchesShortcut(key('n', { ctrlKey: true }), 'Mod+N', false)).toBe(true);
    expect(matchesShortcut(key('n', { metaKey: true }), 'Mod+N', false)).toBe(false);
    expect(matchesShortcut(key('n', { metaKey: true }), 'Mod+N', true)).toBe(true);
    expect(matchesShortcut(key('N', { ctrlKey: true, shiftKey: true }), 'Mod+N', false)).toBe(false);
    expect(matchesShortcut(key('N', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+N', false)).toBe(true);
  });

  it('matches plain keys and punctuation regardless of the Shift a layout needs', () => {
    expect(matchesShortcut(key('/'), '/', false)).toBe(true);
    expect(matchesShortcut(key('/', { shiftKey: true }), '/', false)).toBe(true);
    expect(matchesShortcut(key('/', { ctrlKey: true }), '/', false)).toBe(false);
    expect(matchesShortcut(key('Enter'), 'Enter', false)).toBe(true);
    expect(matchesShortcut(key('f', { ctrlKey: true }), 'Ctrl+F', true)).toBe(true);
  });

  it('shows Mod as the platform names it', () => {
    expect(shortcutLabel('Mod+N', true)).toBe('⌘+N');
    expect(shortcutLabel('Mod+N', false)).toBe('Ctrl+N');
  });
});
