import { describe, expect, it } from 'vitest';
import { matchUiLanguage } from '../../../src-renderer/i18n/languages';

describe('matchUiLanguage', () => {
  it.each([
    [['de-AT', 'en'], 'de'],
    [['el-GR'], 'el'],
    [['sr'], 'sr-Cyrl'],
    [['sr-RS'], 'sr-Cyrl'],
    [['sr-Latn-RS'], 'sr-Latn'],
    [['sr-ME'], 'sr-Latn'],
    [['cnr'], 'sr-Latn'],
    [['hu-HU', 'it-IT'], 'it'],
    [['ja-JP'], 'en'],
    [[], 'en'],
    [['not a tag!', 'fr-BE'], 'fr'],
  ])('%j gives %s', (preferred, expected) => {
    expect(matchUiLanguage(preferred)).toBe(expected);
  });
});
