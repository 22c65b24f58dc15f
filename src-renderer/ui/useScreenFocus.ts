import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

export const APP_NAME = 'LCP Desk';

/** The path whose screen last took focus; the first screen after start-up leaves focus alone (the skip link is first). */
let focusedPath: string | null = null;
/** The heading that took it. */
let focusedHeading: HTMLElement | null = null;

/**
 * A screen's heading: on every screen change (a new path) focus moves to it, and the document title
 * becomes "<heading> – LCP Desk", following the heading's text as it changes (a loaded name, another
 * language). Put the returned ref on the screen's `h1`; it gets `tabIndex={-1}` from `screenHeading`.
 */
export function useScreenFocus<T extends HTMLElement = HTMLHeadingElement>() {
  const ref = useRef<T>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    const heading = ref.current;
    if (!heading) return;
    const text = heading.textContent?.trim();
    const title = text ? `${text} – ${APP_NAME}` : APP_NAME;
    if (document.title !== title) document.title = title;
    const active = document.activeElement;
    const nowhere = !active || active === document.body;
    if (focusedPath === pathname) {
      // The heading that took the focus went away (a "not found" shown for a moment): this one takes it.
      if (focusedHeading && focusedHeading !== heading && !focusedHeading.isConnected && nowhere) {
        focusedHeading = heading;
        heading.focus();
      }
      return;
    }
    const first = focusedPath === null;
    focusedPath = pathname;
    // A screen that already moved focus inside itself (a search, a form's first error) keeps it.
    const main = heading.closest('main');
    const inside = !nowhere && active !== main && main?.contains(active);
    if (first || inside) return;
    focusedHeading = heading;
    heading.focus();
  });
  return ref;
}

/** The props of a screen's `h1`: focusable by script only, never a Tab stop. */
export const screenHeading = { tabIndex: -1 } as const;
