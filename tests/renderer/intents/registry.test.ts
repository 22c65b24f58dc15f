import { describe, expect, it, vi } from 'vitest';
import { actionForId, actionForKey, type ActionLayer } from '../../../src-renderer/intents/action-manager';
import type { AppAction } from '../../../src-renderer/intents/actions';
import { GLOBAL_INTENTS, globalActions, INTENT_IDS, intentAction } from '../../../src-renderer/intents/registry';
import en from '../../../locales/en/companies.json';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; metaKey: boolean; altKey: boolean }> = {},
  target: EventTarget | null = null,
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
  target,
});
const input = { tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget;

function setup() {
  const navigate = vi.fn();
  const syncNow = vi.fn();
  const globals = globalActions({ navigate, commands: { syncNow } });
  const base: ActionLayer = { actions: () => globals, base: true };
  return { navigate, syncNow, globals, base };
}

describe('global intents', () => {
  it('are declared once each, with a label key, a distinct shortcut and a way to run', () => {
    expect(INTENT_IDS).toEqual([
      'companies.new',
      'interviews.new',
      'agreement.new',
      'events.new',
      'sync.now',
      'companies.find',
    ]);
    const shortcuts = INTENT_IDS.map((id) => GLOBAL_INTENTS[id].shortcut.toLowerCase());
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    expect(en.actions.find).toBe('Find company');
  });

  it('open their route or run their command', () => {
    const { navigate, syncNow, globals } = setup();
    for (const action of globals) action.run();
    expect(navigate.mock.calls.map(([route]) => route as string)).toEqual([
      '/companies/new',
      '/interviews/new',
      '/agreements/new',
      '/events?new=1',
      '/companies?find=1',
    ]);
    expect(syncNow).toHaveBeenCalledTimes(1);
  });

  it('answer their shortcut on any screen, but a route intent not while typing in a field', () => {
    const { base } = setup();
    expect(actionForKey(key('n', { ctrlKey: true }), [base], false)?.id).toBe('companies.new');
    expect(actionForKey(key('n', { metaKey: true }), [base], true)?.id).toBe('companies.new');
    expect(actionForKey(key('E', { ctrlKey: true, shiftKey: true }), [base], false)?.id).toBe('events.new');
    expect(actionForKey(key('n', { ctrlKey: true }, input), [base], false)).toBeUndefined();
    expect(actionForKey(key('S', { ctrlKey: true, shiftKey: true }, input), [base], false)?.id).toBe('sync.now');
    expect(actionForKey(key('n'), [base], false)).toBeUndefined();
  });

  it('give way to the current screen: its action with the same id or shortcut runs instead', () => {
    const { base, navigate } = setup();
    const openInPlace = vi.fn();
    const screenActions: AppAction[] = [
      { ...intentAction('events.new'), run: openInPlace },
      { id: 'companies.find', labelKey: 'x', shortcut: 'Mod+F', whileTyping: true, run: vi.fn() },
    ];
    // The screen's layer is added before the shell's (React runs children's effects first): order must not matter.
    const stack: ActionLayer[] = [{ actions: () => screenActions, base: false }, base];
    actionForId('events.new', stack)?.run();
    expect(openInPlace).toHaveBeenCalledTimes(1);
    expect(navigate).not.toHaveBeenCalled();
    expect(actionForKey(key('f', { ctrlKey: true }, input), stack, false)).toBe(screenActions[1]);
    expect(actionForId('agreement.new', stack)?.id).toBe('agreement.new');
  });

  it('do not run when the screen disables them', () => {
    const { base } = setup();
    const stack: ActionLayer[] = [
      base,
      { actions: () => [{ ...intentAction('sync.now'), enabled: false, run: vi.fn() }], base: false },
    ];
    expect(actionForId('sync.now', stack)).toBeUndefined();
  });
});
