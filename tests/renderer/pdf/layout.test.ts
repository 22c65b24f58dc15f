import { describe, expect, it } from 'vitest';
import { AGREEMENT_LANGUAGES, type AgreementLanguage } from '../../../src-renderer/domain/agreements/languages';
import { layoutAgreementPages } from '../../../src-renderer/pdf/agreement-pdf';
import { paginate, wrapText, type Row } from '../../../src-renderer/pdf/layout';
import { FontMetrics } from '../../../src-renderer/pdf/metrics';
import { openFont } from '../../../src-renderer/pdf/fontkit-adapter';
import { fontAssets, sampleDocument } from './pdf-helpers';

const monospace = (s: string) => s.length * 10;
const row = (height: number, keepWithNext = false, spacer = false): Row => ({ height, runs: [], keepWithNext, spacer });

describe('wrapText', () => {
  it('breaks between words within the width', () => {
    expect(wrapText('aaa bbb ccc ddd', 75, monospace).map((l) => l.text)).toEqual(['aaa bbb', 'ccc ddd']);
  });

  it('turns "- " paragraphs into bullets with a hanging indent', () => {
    const lines = wrapText('intro\n- one two three four', 130, monospace);
    expect(lines.map((l) => l.text)).toEqual(['intro', '•  one two', 'three four']);
    expect(lines[2]!.indent).toBe(30);
  });

  it('cuts a word longer than the line', () => {
    expect(wrapText('abcdefghij', 40, monospace).map((l) => l.text)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('paginate', () => {
  it('moves a heading to the next page together with the first lines of its text', () => {
    const rows = [row(80), row(10, true), row(10, true), row(10), row(10)];
    const pages = paginate(rows, 100);
    expect(pages.map((p) => p.length)).toEqual([1, 4]);
  });

  it('drops spacing at the top of a page', () => {
    const pages = paginate([row(95), row(10, false, true), row(10)], 100);
    expect(pages).toHaveLength(2);
    expect(pages[1]!.every((r) => !r.spacer)).toBe(true);
  });

  it('still breaks a chain taller than a page', () => {
    const pages = paginate([row(60, true), row(60, true), row(10)], 100);
    expect(pages.flat()).toHaveLength(3);
  });
});

describe('agreement layout', () => {
  const { regular, bold } = fontAssets();
  const metrics = { regular: new FontMetrics(openFont(regular)), bold: new FontMetrics(openFont(bold)) };
  const measure = (text: string, font: 'regular' | 'bold', size: number) => metrics[font].width(text, size);

  for (const layout of ['sideBySide', 'sequential'] as const) {
    for (const language of AGREEMENT_LANGUAGES.filter((l) => l !== 'en')) {
      it(`never ends a page on a heading (${language} + en, ${layout})`, () => {
        const pages = layoutAgreementPages(sampleDocument([language, 'en'] as AgreementLanguage[], layout), measure);
        expect(pages.length).toBeGreaterThan(1);
        for (const page of pages.slice(0, -1)) expect(page[page.length - 1]!.keepWithNext ?? false).toBe(false);
      });
    }
  }
});
