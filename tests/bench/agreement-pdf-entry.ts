/**
 * Bundled by agreements.bench.mjs (Vite, SSR build) so the benchmark runs the app's own
 * TypeScript: the embedded-font generation, and the same layout drawn with a standard font.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import type { AgreementTexts } from '../../src-renderer/domain/agreements/clauses';
import { buildAgreementDocument } from '../../src-renderer/domain/agreements/document';
import type { AgreementLanguage } from '../../src-renderer/domain/agreements/languages';
import { EMPTY_TERMS } from '../../src-renderer/domain/agreements/terms';
import { layoutAgreementPages, PAGE_GEOMETRY, renderAgreementPdf } from '../../src-renderer/pdf/agreement-pdf';

export function benchDocument(root: string, languages: AgreementLanguage[]) {
  const texts = Object.fromEntries(
    languages.map((l) => [
      l,
      JSON.parse(readFileSync(path.join(root, 'locales', l, 'agreement.json'), 'utf8')) as AgreementTexts,
    ]),
  );
  const bullets = (topic: string, n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `- ${topic} ${i + 1}: work with the host team on distributors, pricing and certification for the export market`,
    ).join('\n');
  return buildAgreementDocument({
    agreement: {
      reference: 'HR-2026-BE7C',
      startDate: '2026-03-02',
      endDate: '2026-06-30',
      terms: {
        ...EMPTY_TERMS,
        placeOfWork: 'Larissa, Thessaly',
        mentor: 'Eleni Papadopoulou',
        objectives: bullets('Objective', 14),
        tasks: bullets('Task', 14),
        expectedResults: bullets('Result', 8),
        workingTime: 'Monday to Friday, 9:00-17:00',
        insurance: 'EHIC; accident and liability insurance with a Croatian insurer',
        financialSupport: 'EUR 800 a month for 4 months',
        specialTerms: bullets('Term', 6),
        sendingPartner: 'Tera Tehnopolis',
        hostPartner: 'Association of Thessalian Enterprises and Industries',
      },
    },
    sending: { legalName: 'Cokolada Djurdjevic d.o.o.', country: 'HR', city: 'Osijek' },
    host: { legalName: 'Olive Oil Thessaly S.A.', country: 'GR', city: 'Larissa' },
    participant: { firstName: 'Zeljka', lastName: 'Simic-Horvat', jobTitle: 'Export manager' },
    contactPointName: 'Tera Tehnopolis',
    languages,
    layout: 'sideBySide',
    texts,
    createdAt: new Date('2026-02-01T10:00:00Z'),
  });
}

export async function generateEmbedded(root: string, languages: AgreementLanguage[]): Promise<Uint8Array> {
  const read = (f: string) => new Uint8Array(readFileSync(path.join(root, 'resources/fonts', f)));
  return renderAgreementPdf(benchDocument(root, languages), {
    regular: read('NotoSans-Regular.ttf'),
    bold: read('NotoSans-Bold.ttf'),
  });
}

/** The same pages of text (a WinAnsi pair of languages) drawn with Helvetica, nothing embedded. */
export async function generateStandard(root: string, languages: AgreementLanguage[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  const pages = layoutAgreementPages(benchDocument(root, languages), (text, font, size) =>
    fonts[font].widthOfTextAtSize(text, size),
  );
  for (const rows of pages) {
    const page = pdf.addPage(PAGE_GEOMETRY.size);
    let y = PAGE_GEOMETRY.bodyTop;
    for (const row of rows) {
      for (const run of row.runs) {
        if (run.kind === 'text')
          page.drawText(run.text, {
            x: PAGE_GEOMETRY.marginX + run.x,
            y: y - run.size,
            size: run.size,
            font: fonts[run.font],
          });
        else
          page.drawLine({
            start: { x: PAGE_GEOMETRY.marginX + run.x, y: y - 1 },
            end: { x: PAGE_GEOMETRY.marginX + run.x + run.width, y: y - 1 },
          });
      }
      y -= row.height;
    }
  }
  return pdf.save();
}

export async function pageCount(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes)).getPageCount();
}
