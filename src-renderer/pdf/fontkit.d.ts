/** The part of upstream fontkit 2 that LCP Desk uses (the package ships no type declarations). */
declare module 'fontkit' {
  export type FontkitGlyph = { id: number; advanceWidth: number; codePoints: number[] };
  export type FontkitFont = {
    type: string;
    postscriptName: string;
    unitsPerEm: number;
    glyphForCodePoint(codePoint: number): FontkitGlyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: Record<string, boolean> | string[]): { glyphs: FontkitGlyph[] };
  };
  export type FontkitCollection = { type: 'TTC' | 'DFont'; fonts: FontkitFont[] };
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont | FontkitCollection | null;
}
