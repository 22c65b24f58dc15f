/**
 * Keyboard shortcuts written as `Mod+N`, `/`, `Ctrl+F`, `Shift+Alt+S`. `Mod` is Cmd on macOS
 * and Ctrl elsewhere. Pure, so it is tested without a DOM.
 */
export type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean };

export function matchesShortcut(event: KeyLike, shortcut: string, isMac: boolean): boolean {
  const parts = shortcut.split('+').filter(Boolean);
  const key = shortcut.endsWith('++') ? '+' : (parts.pop() ?? '');
  const wanted = { ctrl: false, meta: false, alt: false, shift: false };
  for (const part of parts) {
    const name = part.toLowerCase();
    if (name === 'mod') wanted[isMac ? 'meta' : 'ctrl'] = true;
    else if (name === 'ctrl') wanted.ctrl = true;
    else if (name === 'cmd' || name === 'meta') wanted.meta = true;
    else if (name === 'alt') wanted.alt = true;
    else if (name === 'shift') wanted.shift = true;
  }
  const sameKey = event.key.toLowerCase() === key.toLowerCase();
  // Characters such as `/` or `?` may need Shift on some layouts: ignore Shift for them.
  const shiftMatters = /^[a-z0-9]$/i.test(key) || key.length > 1;
  return (
    sameKey &&
    event.ctrlKey === wanted.ctrl &&
    event.metaKey === wanted.meta &&
    event.altKey === wanted.alt &&
    (!shiftMatters || event.shiftKey === wanted.shift)
  );
}

/** True when typing into a field, where single-key shortcuts such as `/` must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const element = target as HTMLElement;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}
