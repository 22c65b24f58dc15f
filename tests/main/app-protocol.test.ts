import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppFile } from '../../src-main/app-protocol';

const root = path.resolve('/opt/lcp-desk/renderer');

describe('resolveAppFile', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppFile('app://lcp-desk/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://lcp-desk/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://lcp-desk/assets/index-abc.js?v=1', root)).toBe(path.join(root, 'assets/index-abc.js'));
  });

  it('refuses to leave the folder, other hosts and other schemes', () => {
    // URL parsing already folds dot segments: the result stays inside the folder.
    expect(resolveAppFile('app://lcp-desk/../../etc/passwd', root)).toBe(path.join(root, 'etc/passwd'));
    expect(resolveAppFile('app://lcp-desk/%2e%2e/%2e%2e/etc/passwd', root)).toBe(path.join(root, 'etc/passwd'));
    expect(resolveAppFile('app://lcp-desk/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret', root)).toBeNull();
    expect(resolveAppFile('app://lcp-desk/a%00b', root)).toBeNull();
    expect(resolveAppFile('app://other/index.html', root)).toBeNull();
    expect(resolveAppFile('file:///opt/lcp-desk/renderer/index.html', root)).toBeNull();
    expect(resolveAppFile('app://lcp-desk/%E0%A4%A', root)).toBeNull();
  });

  it('names the content types the renderer needs', () => {
    expect(mimeTypeFor('a/index.html')).toContain('text/html');
    expect(mimeTypeFor('a/x.JS')).toContain('text/javascript');
    expect(mimeTypeFor('font.ttf')).toBe('font/ttf');
    expect(mimeTypeFor('unknown.bin')).toBe('application/octet-stream');
  });
});
