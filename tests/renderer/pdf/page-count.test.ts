import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfPageCount } from '../../../src-renderer/pdf/page-count';

describe('pdfPageCount', () => {
  it('counts the pages of a scan', async () => {
    const pdf = await PDFDocument.create();
    for (let i = 0; i < 3; i++) pdf.addPage();
    expect(await pdfPageCount(await pdf.save())).toBe(3);
  });

  it('refuses a file that only starts like a PDF', async () => {
    const junk = new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(2000)}`);
    await expect(pdfPageCount(junk)).rejects.toThrow();
  });
});
