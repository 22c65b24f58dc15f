import { describe, expect, it } from 'vitest';
import {
  checkScan,
  SCAN_MAX_BYTES,
  SCAN_MIN_BYTES,
  sniffScanType,
} from '../../../../src-renderer/domain/agreements/scan';

const head = (...bytes: number[]) => new Uint8Array(bytes);

describe('signed scan check', () => {
  it('knows PDF, PNG and JPEG by their first bytes', () => {
    expect(sniffScanType(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffScanType(head(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(sniffScanType(head(0xff, 0xd8, 0xff, 0xe1))).toBe('image/jpeg');
    expect(sniffScanType(new TextEncoder().encode('%PDF'))).toBeUndefined();
    expect(sniffScanType(new TextEncoder().encode('GIF89a'))).toBeUndefined();
    expect(sniffScanType(head())).toBeUndefined();
  });

  it('refuses files under 1 KiB or over 25 MiB whatever they contain', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7');
    expect(checkScan(10, pdf)).toEqual({ ok: false, reason: 'tooSmall', size: 10 });
    expect(checkScan(SCAN_MIN_BYTES, pdf)).toEqual({ ok: true, type: 'application/pdf' });
    expect(checkScan(SCAN_MAX_BYTES, pdf)).toEqual({ ok: true, type: 'application/pdf' });
    expect(checkScan(SCAN_MAX_BYTES + 1, pdf)).toMatchObject({ ok: false, reason: 'tooLarge' });
    expect(checkScan(4096, new TextEncoder().encode('hello wo'))).toMatchObject({ ok: false, reason: 'notScan' });
  });
});
