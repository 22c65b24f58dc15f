import { sha256Hex } from './hash';

/**
 * The header shows the logo at most 36 pt high (110 pt wide). A large logo (a 1024 px PNG is
 * common) costs pdf-lib hundreds of milliseconds to decode and recompress on every agreement and
 * bloats the file, so it is scaled once to print resolution (about 300 dpi) and kept.
 */
const MAX_HEIGHT_PX = 150;
const MAX_WIDTH_PX = 460;
const scaled = new Map<string, Promise<{ bytes: Uint8Array; mimeType: string }>>();

export async function logoForPrint(logo: {
  bytes: Uint8Array;
  mimeType: string;
}): Promise<{ bytes: Uint8Array; mimeType: string }> {
  const key = await sha256Hex(logo.bytes);
  let result = scaled.get(key);
  if (!result) {
    result = scale(logo).catch(() => logo);
    scaled.set(key, result);
  }
  return result;
}

async function scale(logo: { bytes: Uint8Array; mimeType: string }): Promise<{ bytes: Uint8Array; mimeType: string }> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return logo;
  const bitmap = await createImageBitmap(new Blob([logo.bytes.slice().buffer], { type: logo.mimeType }));
  const factor = Math.min(1, MAX_HEIGHT_PX / bitmap.height, MAX_WIDTH_PX / bitmap.width);
  if (factor === 1) {
    bitmap.close();
    return logo;
  }
  const width = Math.max(1, Math.round(bitmap.width * factor));
  const height = Math.max(1, Math.round(bitmap.height * factor));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) return logo;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return { bytes: new Uint8Array(await blob.arrayBuffer()), mimeType: 'image/png' };
}
