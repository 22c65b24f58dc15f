import type { FontkitFont } from 'fontkit';

/**
 * Glyph advance widths of one font, read once per code point and kept. Measuring a candidate
 * line is then a sum over its characters, with no text shaping: pdf-lib's
 * `widthOfTextAtSize` on an embedded font lays the text out anew on every call (about a quarter
 * of a millisecond), which makes a naive line breaker dozens of times slower.
 */
export class FontMetrics {
  private readonly widths = new Map<number, number>();
  private readonly unitsPerEm: number;

  constructor(private readonly font: FontkitFont) {
    this.unitsPerEm = font.unitsPerEm;
  }

  /** Width in points of the text at the given size. */
  width(text: string, size: number): number {
    let units = 0;
    for (const char of text.normalize('NFC')) units += this.advance(char.codePointAt(0)!);
    return (units * size) / this.unitsPerEm;
  }

  /** True when the font draws every character of the text (spaces and line breaks aside). */
  covers(text: string): boolean {
    for (const char of text) {
      if (/\s/u.test(char)) continue;
      if (!this.font.hasGlyphForCodePoint(char.codePointAt(0)!)) return false;
    }
    return true;
  }

  private advance(codePoint: number): number {
    let width = this.widths.get(codePoint);
    if (width === undefined) {
      width = this.font.glyphForCodePoint(codePoint).advanceWidth;
      this.widths.set(codePoint, width);
    }
    return width;
  }
}
