import * as fontkit from 'fontkit';
import type { FontkitFont } from 'fontkit';
import type { PDFDocument } from '@cantoo/pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * Upstream fontkit 2 behind pdf-lib's `Fontkit` interface. We do not use `@pdf-lib/fontkit`: its
 * subsetter (a fork of fontkit 1) can silently drop glyphs, so extracted text would not match
 * what was written. fontkit 2's subset has a synchronous `encode()`, which `@cantoo/pdf-lib`
 * supports; this adapter only insists on a single font (not a collection) and a Uint8Array.
 */
export const fontkitAdapter: Fontkit = {
  create(buffer: Uint8Array, postscriptName?: string) {
    const font: unknown = openFont(buffer, postscriptName);
    return font as ReturnType<Fontkit['create']>;
  },
};

export function openFont(buffer: Uint8Array, postscriptName?: string): FontkitFont {
  const font = fontkit.create(buffer, postscriptName);
  if (!font) throw new Error('fontkit could not read the font');
  if ('fonts' in font) throw new Error('font collections are not supported: embed a single font file');
  return font;
}
