import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_LANGUAGES, type AgreementLanguage } from '../../../src-renderer/domain/agreements/languages';
import { renderAgreementPdf } from '../../../src-renderer/pdf/agreement-pdf';
import {
  clauseTexts,
  fontAssets,
  pdffonts,
  pdfinfo,
  pdftotext,
  renderPages,
  sampleDocument,
  writeArtifact,
} from './pdf-helpers';

/** pdftotext breaks lines where the PDF does: compare with all whitespace folded. */
const folded = (text: string) => text.replace(/\s+/g, ' ');

async function generate(
  name: string,
  languages: AgreementLanguage[],
  layout: 'sideBySide' | 'sequential' = 'sequential',
) {
  const bytes = await renderAgreementPdf(sampleDocument(languages, layout), fontAssets());
  const file = writeArtifact(`${name}.pdf`, bytes);
  renderPages(file);
  return { bytes, file, text: pdftotext(file) };
}

describe('agreement PDF', { timeout: 60_000 }, () => {
  it('embeds subset Noto Sans and carries title, author, subject and language', async () => {
    const { file, bytes } = await generate('metadata', ['en']);
    const lang = (await PDFDocument.load(bytes)).catalog.lookup(PDFName.of('Lang'), PDFString);
    expect(lang.decodeText()).toBe('en');
    const fonts = pdffonts(file);
    // pdffonts columns: name type encoding emb sub uni; subset names carry a 6-letter tag.
    for (const face of ['NotoSans-Regular', 'NotoSans-Bold']) {
      expect(fonts).toMatch(new RegExp(`[A-Z]{6}\\+${face}\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes`));
    }
    const info = pdfinfo(file);
    expect(info).toMatch(/Title:\s+Secondment Agreement HR-2026-4F2A/);
    expect(info).toMatch(/Author:\s+Tera Tehnopolis/);
    expect(info).toMatch(/Subject:\s+MobiliseSME secondment agreement: Željka Šimić-Horvat/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  });

  it('extracts Greek and Serbian Cyrillic clauses exactly as written, with the participant', async () => {
    const { text, file } = await generate('el-sr-Cyrl', ['el', 'sr-Cyrl']);
    const flat = folded(text);
    expect(flat).toContain('Željka Šimić-Horvat');
    for (const language of ['el', 'sr-Cyrl'] as const) {
      const texts = clauseTexts(language);
      for (const id of ['employment', 'insurance', 'confidentiality', 'dataProtection', 'final'] as const) {
        expect(flat, `${language} ${id}`).toContain(folded(texts.clauses[id].text));
        expect(flat, `${language} ${id}`).toContain(texts.clauses[id].heading);
      }
    }
    expect(pdfinfo(file)).toMatch(/Pages:\s+[2-9]/);
  });

  it('numbers pages "x of y" in each language', async () => {
    const { text } = await generate('hr-el-side', ['hr', 'el'], 'sideBySide');
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain(`Stranica ${i + 1} od ${pages.length}`);
      expect(page).toContain(`Σελίδα ${i + 1} από ${pages.length}`);
    });
  });

  it('"one after the other" prints the whole document in the first language, then the whole of it in the second', async () => {
    const { text } = await generate('hr-el-sequential', ['hr', 'el'], 'sequential');
    const flat = folded(text);
    const at = (needle: string) => {
      const index = flat.indexOf(needle);
      expect(index, needle).toBeGreaterThanOrEqual(0);
      return index;
    };
    const hr = clauseTexts('hr');
    const el = clauseTexts('el');
    const lastCroatian = Math.max(
      ...Object.values(hr.clauses)
        .filter((c) => !c.text.includes('{{'))
        .map((c) => at(folded(c.text))),
    );
    const firstGreek = Math.min(...Object.values(el.clauses).map((c) => at(c.heading)));
    expect(lastCroatian).toBeLessThan(firstGreek);
    expect(at(el.title)).toBeLessThan(firstGreek);
    expect(at(el.title)).toBeGreaterThan(lastCroatian);
    // The Greek half starts on a page of its own.
    const pages = text.split('\f');
    const greekPage = pages.findIndex((page) => page.includes(el.clauses.parties.heading));
    expect(pages[greekPage - 1]).not.toContain(el.title);
    expect(pages[greekPage]).not.toContain(hr.clauses.final.heading);
  });

  for (const language of AGREEMENT_LANGUAGES) {
    it(`prints every clause heading of ${language} and stays small`, async () => {
      const pair: AgreementLanguage[] = language === 'en' ? ['en'] : [language, 'en'];
      const { text, bytes } = await generate(`lang-${language}`, pair, 'sideBySide');
      const texts = clauseTexts(language);
      for (const clause of Object.values(texts.clauses)) expect(folded(text)).toContain(clause.heading);
      expect(bytes.length).toBeLessThan(150 * 1024);
    });
  }
});

describe('characters the fonts cannot draw', () => {
  it('are reported, so the user is told instead of printing boxes', async () => {
    const { uncoveredCharacters } = await import('../../../src-renderer/pdf/agreement-pdf');
    expect(uncoveredCharacters(sampleDocument(['hr', 'el']), fontAssets())).toEqual([]);
    const doc = sampleDocument(['en']);
    doc.signatories[0]!.name = '李 Ana 😀';
    expect(uncoveredCharacters(doc, fontAssets()).sort()).toEqual(['李', '😀'].sort());
  });
});
