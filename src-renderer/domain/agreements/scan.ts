/**
 * What may be filed as the signed scan of an agreement: the file's content decides, not its name
 * or the type the browser guesses from the extension (a text file renamed `scan.pdf` is refused).
 */
export type ScanType = 'application/pdf' | 'image/png' | 'image/jpeg';
export const SCAN_TYPES: readonly ScanType[] = ['application/pdf', 'image/png', 'image/jpeg'];

/** A page scanned at the lowest usable resolution is still well above 1 KiB; 25 MiB keeps the database and sync sane. */
export const SCAN_MIN_BYTES = 1024;
export const SCAN_MAX_BYTES = 25 * 1024 * 1024;

const SIGNATURES: { type: ScanType; magic: number[] }[] = [
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

export type ScanCheck =
  { ok: true; type: ScanType } | { ok: false; reason: 'tooSmall' | 'tooLarge' | 'notScan'; size: number };

/** The scan's type read from its first bytes, or undefined when it is none of PDF, PNG, JPEG. */
export function sniffScanType(head: Uint8Array): ScanType | undefined {
  return SIGNATURES.find(({ magic }) => magic.every((byte, i) => head[i] === byte))?.type;
}

/** Checks a file's size and content signature. `head` needs only the first 8 bytes. */
export function checkScan(size: number, head: Uint8Array): ScanCheck {
  if (size < SCAN_MIN_BYTES) return { ok: false, reason: 'tooSmall', size };
  if (size > SCAN_MAX_BYTES) return { ok: false, reason: 'tooLarge', size };
  const type = sniffScanType(head);
  return type ? { ok: true, type } : { ok: false, reason: 'notScan', size };
}
