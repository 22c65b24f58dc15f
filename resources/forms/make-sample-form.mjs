// Makes resources/forms/sample-agreement-form.pdf: a stand-in for a form the central office may
// mandate, with text fields named as such forms name them. Run: node resources/forms/make-sample-form.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, rgb } from '@cantoo/pdf-lib';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIELDS = [
  ['reference', 'Agreement reference', 1],
  ['participant_name', 'Participant', 1],
  ['sending_company', 'Sending SME', 1],
  ['host_company', 'Host SME', 1],
  ['start_date', 'Start date', 1],
  ['end_date', 'End date', 1],
  ['place_of_work', 'Place of work', 1],
  ['mentor', 'Mentor at the host SME', 1],
  ['objectives', 'Objectives of the learning project', 4],
  ['central_office_notes', 'For the central office only', 2],
];

const pdf = await PDFDocument.create();
const page = pdf.addPage([595.28, 841.89]);
const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
const regular = await pdf.embedFont(StandardFonts.Helvetica);
page.drawText('MobiliseSME — Secondment form (sample)', { x: 50, y: 790, size: 16, font: bold });
page.drawText('Sample form made by LCP Desk for its tests. Not an official document.', { x: 50, y: 770, size: 9, font: regular, color: rgb(0.4, 0.4, 0.4) });
const form = pdf.getForm();
let y = 730;
for (const [name, label, lines] of FIELDS) {
  page.drawText(label, { x: 50, y, size: 10, font: regular });
  const height = 16 * lines + 6;
  const field = form.createTextField(name);
  if (lines > 1) field.enableMultiline();
  field.addToPage(page, { x: 200, y: y - height + 12, width: 345, height, borderWidth: 0.8, borderColor: rgb(0.5, 0.5, 0.6) });
  field.setFontSize(lines > 1 ? 9 : 10);
  y -= height + 14;
}
pdf.setTitle('MobiliseSME secondment form (sample)');
pdf.setAuthor('LCP Desk');
pdf.setCreationDate(new Date('2026-01-01T00:00:00Z'));
pdf.setModificationDate(new Date('2026-01-01T00:00:00Z'));
writeFileSync(path.join(here, 'sample-agreement-form.pdf'), await pdf.save());
console.log('wrote resources/forms/sample-agreement-form.pdf');
