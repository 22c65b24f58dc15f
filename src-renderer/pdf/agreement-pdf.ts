import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from '@cantoo/pdf-lib';
import type { AgreementDocument } from '../domain/agreements/document';
import { fillTemplate } from '../domain/agreements/clauses';
import { fontkitAdapter, openFont } from './fontkit-adapter';
import { paginate, wrapText, type FontRole, type Measure, type Row, type Run } from './layout';
import { FontMetrics } from './metrics';

/** The files a generated agreement needs: Noto Sans (Regular, Bold) and the contact point's logo. */
export type PdfAssets = {
  regular: Uint8Array;
  bold: Uint8Array;
  logo?: { bytes: Uint8Array; mimeType: string };
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN_X = 50;
const CONTENT_WIDTH = A4[0] - 2 * MARGIN_X;
const HEADER_TOP = 36;
const HEADER_HEIGHT = 52;
const FOOTER_HEIGHT = 40;
const BODY_TOP = A4[1] - HEADER_TOP - HEADER_HEIGHT;
const BODY_HEIGHT = BODY_TOP - FOOTER_HEIGHT;
const COLUMN_GAP = 16;
const SIZE = { title: 14, heading: 10, body: 9, small: 8 } as const;
const LEADING = 1.4;
const TEXT = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.4, 0.45);
const NO_LIGATURES = { liga: false, clig: false, dlig: false, rlig: false, calt: false };

const metricsCache = new WeakMap<Uint8Array, FontMetrics>();
function metricsFor(bytes: Uint8Array): FontMetrics {
  let metrics = metricsCache.get(bytes);
  if (!metrics) {
    metrics = new FontMetrics(openFont(bytes));
    metricsCache.set(bytes, metrics);
  }
  return metrics;
}

function joined(labels: string[]): string {
  return [...new Set(labels)].join(' / ');
}

/** Rows of one block of text in one column. */
function textRows(
  text: string,
  width: number,
  font: FontRole,
  size: number,
  measure: Measure,
  x = 0,
): { runs: Run[]; height: number }[] {
  return wrapText(text, width, (s) => measure(s, font, size)).map((line) => ({
    runs: [{ kind: 'text', text: line.text, x: x + line.indent, font, size }],
    height: size * LEADING,
  }));
}

/** Merges columns line by line into rows (side by side). */
function zipColumns(columns: { runs: Run[]; height: number }[][], keepAll: boolean, minKeep: number): Row[] {
  const count = Math.max(...columns.map((c) => c.length));
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const parts = columns.map((c) => c[i]).filter((p) => p !== undefined);
    rows.push({
      runs: parts.flatMap((p) => p.runs),
      height: Math.max(...parts.map((p) => p.height)),
      keepWithNext: keepAll || (i < minKeep - 1 && i < count - 1),
    });
  }
  return rows;
}

function bodyRows(doc: AgreementDocument, measure: Measure): Row[] {
  const rows: Row[] = [];
  const spacer = (height: number): Row => ({ runs: [], height, spacer: true });
  const titleRows = (title: string): Row[] =>
    textRows(title, CONTENT_WIDTH, 'bold', SIZE.title, measure).map((r) => ({ ...r, keepWithNext: true }));
  const n = doc.languages.length;
  if (doc.layout === 'sideBySide' && n > 1) {
    for (const title of doc.titles) rows.push(...titleRows(title));
    rows.push(spacer(10));
    const width = (CONTENT_WIDTH - COLUMN_GAP * (n - 1)) / n;
    const xOf = (i: number) => i * (width + COLUMN_GAP);
    for (const section of doc.sections) {
      rows.push(spacer(8));
      rows.push(
        ...zipColumns(
          section.headings.map((h, i) => textRows(h, width, 'bold', SIZE.heading, measure, xOf(i))),
          true,
          0,
        ),
      );
      rows.push(
        ...zipColumns(
          section.texts.map((t, i) => textRows(t, width, 'regular', SIZE.body, measure, xOf(i))),
          false,
          2,
        ),
      );
    }
  } else {
    // One language after the other: the whole text in the first language, then, from a new page,
    // the whole text in the next one. The signatures follow once, labelled in every language.
    doc.languages.forEach((_, i) => {
      const title = titleRows(doc.titles[i]!);
      if (i > 0) title[0] = { ...title[0]!, breakBefore: true };
      rows.push(...title, spacer(10));
      for (const section of doc.sections) {
        rows.push(spacer(10));
        rows.push(
          ...textRows(section.headings[i]!, CONTENT_WIDTH, 'bold', SIZE.heading, measure).map((r) => ({
            ...r,
            keepWithNext: true,
          })),
        );
        const lines = textRows(section.texts[i]!, CONTENT_WIDTH, 'regular', SIZE.body, measure);
        rows.push(...lines.map((r, k) => ({ ...r, keepWithNext: k === 0 && lines.length > 1 })));
      }
    });
  }
  rows.push(...signatureRows(doc, measure));
  return rows;
}

/** Five signature blocks, two per row, each block kept together on one page. */
function signatureRows(doc: AgreementDocument, measure: Measure): Row[] {
  const rows: Row[] = [{ runs: [], height: 16, spacer: true }];
  rows.push(
    ...textRows(joined(doc.signatureHeadings), CONTENT_WIDTH, 'bold', SIZE.heading, measure).map((r) => ({
      ...r,
      keepWithNext: true,
    })),
  );
  const width = (CONTENT_WIDTH - COLUMN_GAP * 2) / 2;
  const labels = doc.signatureLabels;
  type Line = { runs: Run[]; height: number };
  const block = (index: number): { head: Line[]; fields: Line[] } => {
    const signatory = doc.signatories[index];
    if (!signatory) return { head: [], fields: [] };
    const x = (index % 2) * (width + COLUMN_GAP * 2);
    const head: Line[] = [{ runs: [], height: 10 }];
    head.push(...textRows(joined(signatory.roles), width, 'bold', SIZE.body, measure, x));
    if (signatory.organisation) head.push(...textRows(signatory.organisation, width, 'regular', SIZE.body, measure, x));
    const field = (label: string, value = '', gap = 10) => {
      const rows = textRows(`${label}: ${value}`, width, 'regular', SIZE.small, measure, x);
      rows[rows.length - 1]!.height += gap;
      rows.push({ runs: [{ kind: 'rule', x, width }], height: 4 });
      return rows;
    };
    const fields = [
      ...field(joined(labels.name), signatory.name),
      ...field(joined(labels.role)),
      ...field(`${joined(labels.place)}, ${joined(labels.date)}`),
      ...field(joined(labels.signature), '', 24),
    ];
    return { head, fields };
  };
  for (let i = 0; i < doc.signatories.length; i += 2) {
    const pair = [block(i), block(i + 1)];
    // Both blocks of a row start their fields on the same line, so the signature lines align.
    const headLines = Math.max(...pair.map((b) => b.head.length));
    const padded = pair.map((b) => [
      ...b.head,
      ...Array.from({ length: headLines - b.head.length }, () => ({ runs: [], height: SIZE.body * LEADING })),
      ...b.fields,
    ]);
    rows.push(...zipColumns(padded, true, 0));
    rows[rows.length - 1]!.keepWithNext = false;
  }
  return rows;
}

/** The agreement's body laid out on A4 pages (header and footer aside). */
export function layoutAgreementPages(doc: AgreementDocument, measure: Measure): Row[][] {
  return paginate(bodyRows(doc, measure), BODY_HEIGHT);
}

export const PAGE_GEOMETRY = { size: A4, marginX: MARGIN_X, bodyTop: BODY_TOP } as const;

type Fonts = Record<FontRole, PDFFont>;

function drawHeader(
  page: PDFPage,
  doc: AgreementDocument,
  fonts: Fonts,
  logo: PDFImage | undefined,
  measure: Measure,
): void {
  const top = A4[1] - HEADER_TOP;
  let x = MARGIN_X;
  if (logo) {
    const scale = Math.min(36 / logo.height, 110 / logo.width);
    page.drawImage(logo, { x, y: top - logo.height * scale, width: logo.width * scale, height: logo.height * scale });
    x += logo.width * scale + 12;
  }
  page.drawText(doc.contactPointName, { x, y: top - 14, size: SIZE.heading, font: fonts.bold, color: TEXT });
  const reference = `${joined(doc.referenceLabels)}: ${doc.reference}`;
  page.drawText(reference, {
    x: A4[0] - MARGIN_X - measure(reference, 'regular', SIZE.small),
    y: top - 13,
    size: SIZE.small,
    font: fonts.regular,
    color: MUTED,
  });
  page.drawLine({
    start: { x: MARGIN_X, y: top - 42 },
    end: { x: A4[0] - MARGIN_X, y: top - 42 },
    thickness: 0.6,
    color: MUTED,
  });
}

function drawFooter(
  page: PDFPage,
  doc: AgreementDocument,
  fonts: Fonts,
  pageNumber: number,
  pageCount: number,
  measure: Measure,
): void {
  const text = joined(doc.pageLabels.map((label) => fillTemplate(label, { page: pageNumber, pages: pageCount })));
  page.drawText(text, {
    x: (A4[0] - measure(text, 'regular', SIZE.small)) / 2,
    y: 24,
    size: SIZE.small,
    font: fonts.regular,
    color: MUTED,
  });
}

/** Every character of the document that the embedded fonts cannot draw (it would print as a box). */
export function uncoveredCharacters(doc: AgreementDocument, assets: Pick<PdfAssets, 'regular' | 'bold'>): string[] {
  const text = [
    doc.contactPointName,
    doc.reference,
    ...doc.titles,
    ...doc.sections.flatMap((s) => [...s.headings, ...s.texts]),
    ...doc.signatories.flatMap((s) => [s.name, s.organisation]),
  ].join('\n');
  const missing = new Set<string>();
  for (const metrics of [metricsFor(assets.regular), metricsFor(assets.bold)]) {
    for (const char of new Set(text.normalize('NFC'))) if (!metrics.covers(char)) missing.add(char);
  }
  return [...missing];
}

/** Lays out and draws the agreement: A4, embedded subset Noto Sans, header, page x of y, metadata. */
export async function renderAgreementPdf(doc: AgreementDocument, assets: PdfAssets): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkitAdapter);
  const fonts: Fonts = {
    // A subset's name carries a six-letter tag (PDF 32000-1, 9.6.4), so viewers know it is partial.
    regular: await pdf.embedFont(assets.regular, {
      subset: true,
      features: NO_LIGATURES,
      customName: 'LCPREG+NotoSans-Regular',
    }),
    bold: await pdf.embedFont(assets.bold, {
      subset: true,
      features: NO_LIGATURES,
      customName: 'LCPBLD+NotoSans-Bold',
    }),
  };
  const metrics = { regular: metricsFor(assets.regular), bold: metricsFor(assets.bold) };
  const measure: Measure = (text, font, size) => metrics[font].width(text, size);
  let logo: PDFImage | undefined;
  if (assets.logo)
    logo =
      assets.logo.mimeType === 'image/png'
        ? await pdf.embedPng(assets.logo.bytes)
        : await pdf.embedJpg(assets.logo.bytes);

  const pages = layoutAgreementPages(doc, measure);
  pages.forEach((rows, index) => {
    const page = pdf.addPage(A4);
    drawHeader(page, doc, fonts, logo, measure);
    let y = BODY_TOP;
    for (const row of rows) {
      for (const run of row.runs) {
        if (run.kind === 'text') {
          page.drawText(run.text, {
            x: MARGIN_X + run.x,
            y: y - run.size,
            size: run.size,
            font: fonts[run.font],
            color: run.tone === 'muted' ? MUTED : TEXT,
          });
        } else {
          page.drawLine({
            start: { x: MARGIN_X + run.x, y: y - 1 },
            end: { x: MARGIN_X + run.x + run.width, y: y - 1 },
            thickness: 0.5,
            color: MUTED,
          });
        }
      }
      y -= row.height;
    }
    drawFooter(page, doc, fonts, index + 1, pages.length, measure);
  });

  const meta = doc.metadata;
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.setKeywords(meta.keywords);
  pdf.setLanguage(meta.language);
  pdf.setCreator('LCP Desk');
  pdf.setProducer('LCP Desk with pdf-lib');
  pdf.setCreationDate(meta.createdAt);
  pdf.setModificationDate(meta.createdAt);
  return pdf.save();
}
