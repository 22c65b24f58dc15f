import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AgreementTexts } from '../../../src-renderer/domain/agreements/clauses';
import { buildAgreementDocument, type DocumentInput } from '../../../src-renderer/domain/agreements/document';
import type { AgreementLanguage } from '../../../src-renderer/domain/agreements/languages';
import { EMPTY_TERMS } from '../../../src-renderer/domain/agreements/terms';
import type { PdfAssets } from '../../../src-renderer/pdf/agreement-pdf';

export const ROOT = path.resolve(__dirname, '../../..');
/** Generated PDFs and their pages as PNGs: test artifacts (git-ignored). */
export const ARTIFACTS = path.join(ROOT, 'test-results/pdf');

export function clauseTexts(language: string): AgreementTexts {
  return JSON.parse(readFileSync(path.join(ROOT, 'locales', language, 'agreement.json'), 'utf8')) as AgreementTexts;
}

export function fontAssets(): PdfAssets {
  const read = (file: string) => new Uint8Array(readFileSync(path.join(ROOT, 'resources/fonts', file)));
  return { regular: read('NotoSans-Regular.ttf'), bold: read('NotoSans-Bold.ttf') };
}

export function sampleInput(
  languages: AgreementLanguage[],
  layout: DocumentInput['layout'] = 'sideBySide',
): DocumentInput {
  return {
    agreement: {
      reference: 'HR-2026-4F2A',
      startDate: '2026-03-02',
      endDate: '2026-06-30',
      terms: {
        ...EMPTY_TERMS,
        placeOfWork: 'Larissa, Thessaly',
        mentor: 'Eleni Papadopoulou',
        objectives: '- Learn the Greek olive-oil export market\n- Improve Greek and English',
        tasks: "- Work with the export team on three distributor contacts\n- Document the host's quality process",
        expectedResults: 'A market entry plan for the sending SME and a first distribution agreement.',
        workingTime: 'Monday to Friday, 9:00–17:00',
        insurance: 'Health: EHIC; accident and liability: Croatia Osiguranje policy 12345',
        financialSupport: '€800 a month for 4 months',
        sendingPartner: 'Tera Tehnopolis',
        hostPartner: 'Association of Thessalian Enterprises and Industries',
      },
    },
    sending: { legalName: 'Čokolada Đurđević d.o.o.', country: 'HR', address: 'Ulica Šime Ljubića 5', city: 'Osijek' },
    host: { legalName: 'Ελαιουργία Θεσσαλίας Α.Ε.', country: 'GR', city: 'Λάρισα' },
    participant: { firstName: 'Željka', lastName: 'Šimić-Horvat', jobTitle: 'Export manager' },
    contactPointName: 'Tera Tehnopolis',
    languages,
    layout,
    texts: Object.fromEntries(languages.map((l) => [l, clauseTexts(l)])),
    createdAt: new Date('2026-02-01T10:00:00Z'),
  };
}

export function sampleDocument(languages: AgreementLanguage[], layout: DocumentInput['layout'] = 'sideBySide') {
  return buildAgreementDocument(sampleInput(languages, layout));
}

export function writeArtifact(name: string, bytes: Uint8Array): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  writeFileSync(file, bytes);
  return file;
}

export function pdftotext(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export function pdffonts(file: string): string {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' });
}

export function pdfinfo(file: string): string {
  return execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
}

/** Renders every page to `<name>-<n>.png` beside the PDF. */
export function renderPages(file: string, resolution = 60): void {
  execFileSync('pdftoppm', ['-png', '-r', String(resolution), file, file.replace(/\.pdf$/, '')]);
}
