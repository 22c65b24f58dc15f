import { checkScan, type ScanType } from '../../domain/agreements/scan';
import { orUnavailable } from './pdf-tools';

/** What the confirmation shows of a file picked as the signed scan, or why it is refused. */
export type ScanInspection =
  | {
      ok: false;
      reason: 'tooSmall' | 'tooLarge' | 'notScan' | 'unreadable';
      size: number;
      type?: ScanType;
    }
  | {
      ok: true;
      name: string;
      type: ScanType;
      size: number;
      bytes: Uint8Array;
      pages?: number;
      width?: number;
      height?: number;
    };

/** Reads the file: size and signature first (nothing more is read from a refused file), then its pages or pixels. */
export async function inspectScan(file: File): Promise<ScanInspection> {
  const check = checkScan(file.size, new Uint8Array(await file.slice(0, 8).arrayBuffer()));
  if (!check.ok) return check;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const base = {
    ok: true as const,
    name: file.name,
    type: check.type,
    size: file.size,
    bytes,
  };
  if (check.type === 'application/pdf') {
    const { pdfPageCount } = await orUnavailable(() => import('../../pdf/page-count'));
    try {
      return { ...base, pages: await pdfPageCount(bytes) };
    } catch {
      return {
        ok: false,
        reason: 'unreadable',
        size: file.size,
        type: check.type,
      };
    }
  }
  try {
    const bitmap = await createImageBitmap(new Blob([bytes.slice().buffer], { type: check.type }));
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return { ...base, ...size };
  } catch {
    return {
      ok: false,
      reason: 'unreadable',
      size: file.size,
      type: check.type,
    };
  }
}
