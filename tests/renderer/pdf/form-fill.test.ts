import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { fillForm, listFormFields } from '../../../src-renderer/pdf/form-fill';
import { suggestMapping } from '../../../src-renderer/domain/agreements/field-mapping';
import { fontAssets, pdffonts, pdftotext, renderPages, ROOT, writeArtifact } from './pdf-helpers';

const SAMPLE = new Uint8Array(readFileSync(path.join(ROOT, 'resources/forms/sample-agreement-form.pdf')));
const VALUES = {
  participant_name: 'Željka Šimić-Horvat',
  host_company: 'Ελαιουργία Θεσσαλίας Α.Ε.',
  mentor: 'Јелена Петровић',
  objectives: 'Learn the Greek export market\nImprove Greek',
};

describe('filling an imported PDF form', () => {
  it('lists the sample form fields and maps the usual names', async () => {
    const fields = await listFormFields(SAMPLE);
    expect(fields.map((f) => f.name)).toEqual([
      'reference',
      'participant_name',
      'sending_company',
      'host_company',
      'start_date',
      'end_date',
      'place_of_work',
      'mentor',
      'objectives',
      'central_office_notes',
    ]);
    expect(fields.find((f) => f.name === 'objectives')).toMatchObject({ kind: 'text', multiline: true });
    const mapping = suggestMapping(fields.map((f) => f.name));
    expect(mapping['participant_name']).toBe('participantName');
    expect(mapping['central_office_notes']).toBe('');
  });

  it('keeps the filled values, Greek and Cyrillic included', async () => {
    const filled = await fillForm(SAMPLE, VALUES, { flatten: false, font: fontAssets().regular });
    const reopened = (await PDFDocument.load(filled)).getForm();
    for (const [name, value] of Object.entries(VALUES)) expect(reopened.getTextField(name).getText()).toBe(value);
    expect(reopened.getTextField('central_office_notes').getText()).toBeUndefined();
  });

  it('flattens into page text drawn with the embedded font', async () => {
    const filled = await fillForm(SAMPLE, VALUES, { flatten: true, font: fontAssets().regular });
    const file = writeArtifact('form-flattened.pdf', filled);
    renderPages(file, 70);
    expect((await PDFDocument.load(filled)).getForm().getFields()).toHaveLength(0);
    const text = pdftotext(file);
    expect(text).toContain('Ελαιουργία Θεσσαλίας Α.Ε.');
    expect(text).toContain('Јелена Петровић');
    expect(pdffonts(file)).toMatch(/LCPFRM\+NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });
});
