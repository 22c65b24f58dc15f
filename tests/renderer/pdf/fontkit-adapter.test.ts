import { describe, expect, it } from 'vitest';
import { AGREEMENT_LANGUAGES } from '../../../src-renderer/domain/agreements/languages';
import { fontkitAdapter, openFont } from '../../../src-renderer/pdf/fontkit-adapter';
import { clauseTexts, fontAssets } from './pdf-helpers';

const NO_LIGATURES = { liga: false, clig: false, dlig: false, rlig: false, calt: false };

describe('fontkit adapter', { timeout: 60_000 }, () => {
  it('picks the same glyphs as full shaping for every clause text in every language', () => {
    const { regular, bold } = fontAssets();
    for (const bytes of [regular, bold]) {
      const shaped = openFont(bytes);
      const fast = fontkitAdapter.create(bytes) as unknown as typeof shaped;
      for (const language of AGREEMENT_LANGUAGES) {
        const texts = clauseTexts(language);
        const all = [
          texts.title,
          ...Object.values(texts.labels),
          ...Object.values(texts.clauses).flatMap((c) => [c.heading, c.text]),
        ];
        for (const text of all) {
          const expected = shaped.layout(text, NO_LIGATURES).glyphs.map((g) => g.id);
          expect(
            fast.layout(text, NO_LIGATURES).glyphs.map((g) => g.id),
            `${language}: ${text}`,
          ).toEqual(expected);
        }
      }
    }
  });

  it('draws decomposed accents as the precomposed letter', () => {
    const font = fontkitAdapter.create(fontAssets().regular) as unknown as ReturnType<typeof openFont>;
    expect(font.layout('c\u030C').glyphs.map((g) => g.id)).toEqual(font.layout('č').glyphs.map((g) => g.id));
    expect(font.layout('č').glyphs).toHaveLength(1);
  });

  it('has a glyph for every character of every clause text', () => {
    const font = openFont(fontAssets().regular);
    for (const language of AGREEMENT_LANGUAGES) {
      const json = JSON.stringify(clauseTexts(language));
      for (const char of new Set(json))
        expect(font.hasGlyphForCodePoint(char.codePointAt(0)!), `${language}: ${char}`).toBe(true);
    }
  });
});
