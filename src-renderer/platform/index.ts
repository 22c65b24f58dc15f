import { browserPlatform } from './browser';
import { electronPlatform } from './electron';
import type { Platform } from './types';

/** The one place that chooses between Electron's preload API and the browser fallbacks. */
export const platform: Platform =
  typeof window !== 'undefined' && window.lcp ? electronPlatform(window.lcp) : browserPlatform;

export type { Platform };
