import * as fontkit from 'fontkit';
import type { FontkitFont, FontkitGlyph } from 'fontkit';
import type { PDFDocument } from '@cantoo/pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * Upstream fontkit 2 behind pdf-lib's `Fontkit` interface. We do not use `@pdf-lib/fontkit`: its
 * subsetter (a fork of fontkit 1) can silently drop glyphs, so extracted text would not match
 * what was written. fontkit 2's subset has a synchronous `encode()`, which `@cantoo/pdf-lib`
 * supports.
 *
 * The adapter also replaces `layout()` (full OpenType shaping, about a quarter of a millisecond
 * per call, and pdf-lib calls it for every line drawn) by one glyph per code point from the
 * font's character map, each glyph looked up once and kept by fontkit. The agreement's scripts
 * (Latin, Greek, Cyrillic) need no shaping: the text is NFC-normalised first, so accented letters
 * are single precomposed characters, and ligatures stay off so copied text matches the source.
 */
export const fontkitAdapter: Fontkit = {
  create(buffer: Uint8Array, postscriptName?: string) {
    const font: unknown = withCmapLayout(openFont(buffer, postscriptName));
    return font as ReturnType<Fontkit['create']>;
  },
};

const parsed = new WeakMap<Uint8Array, FontkitFont>();

/** Parses a font file once per buffer (the same fonts are embedded in every agreement). */
export function openFont(buffer: Uint8Array, postscriptName?: string): FontkitFont {
  const cached = postscriptName ? undefined : parsed.get(buffer);
  if (cached) return cached;
  const font = fontkit.create(buffer, postscriptName);
  if (!font) throw new Error('fontkit could not read the font');
  if ('fonts' in font) throw new Error('font collections are not supported: embed a single font file');
  if (!postscriptName) parsed.set(buffer, font);
  return font;
}

type CmapLayout = {
  glyphs: FontkitGlyph[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
};

function withCmapLayout(font: FontkitFont): FontkitFont {
  const wrapped = Object.create(font) as FontkitFont & { layout: (text: string) => CmapLayout };
  wrapped.layout = (text: string) => {
    const glyphs: FontkitGlyph[] = [];
    for (const char of text.normalize('NFC')) glyphs.push(font.glyphForCodePoint(char.codePointAt(0)!));
    return {
      glyphs,
      positions: glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })),
    };
  };
  return wrapped;
}
