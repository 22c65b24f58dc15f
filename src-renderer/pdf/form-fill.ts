import { PDFCheckBox, PDFDocument, PDFTextField } from '@cantoo/pdf-lib';
import { fontkitAdapter } from './fontkit-adapter';

export type FormFieldInfo = { name: string; kind: 'text' | 'checkbox' | 'other'; multiline: boolean };

/** The fields of a PDF form, in document order. Throws when the file is not a readable PDF. */
export async function listFormFields(bytes: Uint8Array): Promise<FormFieldInfo[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return pdf
    .getForm()
    .getFields()
    .map((field) => ({
      name: field.getName(),
      kind: field instanceof PDFTextField ? 'text' : field instanceof PDFCheckBox ? 'checkbox' : 'other',
      multiline: field instanceof PDFTextField && field.isMultiline(),
    }));
}

export type FillOptions = { flatten: boolean; font: Uint8Array; title?: string };

/**
 * Fills text fields by name. Appearances are drawn with the embedded Unicode font (a form's own
 * Helvetica cannot show Greek or Cyrillic), so every viewer shows the values; flattening turns
 * them into page content.
 */
export async function fillForm(
  template: Uint8Array,
  values: Record<string, string>,
  options: FillOptions,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(template, { updateMetadata: false });
  pdf.registerFontkit(fontkitAdapter);
  const font = await pdf.embedFont(options.font, { subset: true, customName: 'LCPFRM+NotoSans-Regular' });
  const form = pdf.getForm();
  for (const [name, value] of Object.entries(values)) {
    const field = form.getFieldMaybe(name);
    if (field instanceof PDFTextField) {
      const max = field.getMaxLength();
      field.setText(max !== undefined ? value.slice(0, max) : value);
      // "Auto" size (0) grows single-line text to the box and overflows multiline boxes.
      const size = /([\d.]+)\s+Tf/.exec(field.acroField.getDefaultAppearance() ?? '')?.[1];
      if (!size || Number(size) === 0) field.setFontSize(field.isMultiline() ? 9 : 10);
    }
  }
  form.updateFieldAppearances(font);
  if (options.title) pdf.setTitle(options.title);
  pdf.setModificationDate(new Date());
  if (options.flatten) form.flatten({ updateFieldAppearances: false });
  return pdf.save({ updateFieldAppearances: false });
}
