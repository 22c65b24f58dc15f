import { PDFDocument } from '@cantoo/pdf-lib';

/** The number of pages of a PDF (encrypted ones included). Throws when the file cannot be read as a PDF. */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const pdf = await PDFDocument.load(bytes, {
    ignoreEncryption: true,
    updateMetadata: false,
    throwOnInvalidObject: true,
  });
  const count = pdf.getPageCount();
  if (count === 0) throw new Error('The PDF has no pages');
  return count;
}
