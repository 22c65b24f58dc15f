import { describe, expect, it } from 'vitest';
import {
  compactId,
  foldForSearch,
  nameKey,
  queryWords,
  searchWords,
  wordSet,
} from '../../../../src-renderer/domain/registry/search-normalize';

const finds = (text: string, query: string) => {
  const words = searchWords(text);
  return queryWords(query).every((q) => words.some((w) => w.startsWith(q)));
};

describe('search folding', () => {
  it.each([
    ['Čakovec', 'cakovec'],
    ['Şirket A.Ş.', 'sirket'],
    ['Θεσσαλία', 'θεσσαλια'],
    ['θεσσαλια', 'Θεσσαλία'],
    ['Нови Сад', 'novi sad'],
    ['Novi Sad', 'нови сад'],
    ['Đurđevac', 'durdevac'],
    ['Straße', 'strasse'],
    ['IĞDIR', 'igdir'],
    ['İstanbul', 'istanbul'],
    ['ısparta', 'isparta'],
    ['Łódź', 'lodz'],
    ['Søren Ærø', 'soren aero'],
    ['Œuvre', 'oeuvre'],
    ['Þórshöfn', 'thorshofn'],
    ['Ħamrun', 'hamrun'],
    ['Γιάννης Παπαδόπουλος', 'γιαννης παπαδοπουλος'],
    ['ΟΔΟΣ', 'οδος'],
    ['Προϊόντα', 'προιοντα'],
    ['Подгорица', 'podgorica'],
    ['С́ерa', 'sera'],
    ['Љубљана', 'ljubljana'],
    ['Пловдив София', 'plovdiv sofija'],
    ['Ǆep', 'dzep'],
    ['ﬁnance', 'finance'],
    ['Müller GmbH', 'mul gm'],
  ])('%s is found by %s', (text, query) => {
    expect(finds(text, query)).toBe(true);
  });

  it('does not match words that are not prefixes', () => {
    expect(finds('Novi Sad', 'ovi')).toBe(false);
    expect(finds('Čakovec', 'cakovez')).toBe(false);
    expect(finds('Novi Sad', 'novi beograd')).toBe(false);
  });

  it('folds final sigma and tonos', () => {
    expect(foldForSearch('ΟΔΌΣ οδός')).toBe('οδοσ οδοσ');
  });

  it('splits on punctuation and puts the longest query word first', () => {
    expect(searchWords('Tera-Tehnopolis d.o.o., Osijek')).toEqual(['tera', 'tehnopolis', 'd', 'o', 'o', 'osijek']);
    expect(queryWords('sad novi novi')).toEqual(['novi', 'sad']);
  });

  it('compacts identifiers', () => {
    expect(compactId('DE 136.695-976')).toBe('de136695976');
  });
});

/** As the registry finds companies: query words against the indexed words (wordSet), by prefix. */
const indexedFinds = (text: string, query: string) => {
  const words = wordSet([text]);
  return queryWords(query).every((q) => words.some((w) => w.startsWith(q)));
};

describe('German transliteration in the index', () => {
  it.each([
    ['Müller', 'muller'],
    ['Müller', 'mueller'],
    ['Müller', 'müller'],
    ['Müller', 'MUELLER'],
    ['Müller', 'muel'],
    ['Mu\u0308ller (decomposed)', 'mueller'],
    ['Großbäckerei', 'grossbaeckerei'],
    ['Großbäckerei', 'grossbackerei'],
    ['Großbäckerei', 'großbäckerei'],
    ['GROSSBÄCKEREI', 'grossbaeckerei'],
    ['Öztürk Ölmühle', 'oeztuerk oelmuehle'],
    ['Öztürk Ölmühle', 'ozturk olmuhle'],
    ['Ärztekammer Jürgen', 'aerztekammer juergen'],
    ['Straße', 'strasse'],
  ])('%s is found by %s', (text, query) => {
    expect(indexedFinds(text, query)).toBe(true);
  });

  it.each([
    ['Müller', 'muler'],
    ['Großbäckerei', 'grosbaeckerei'],
    ['Mueller', 'mül'],
  ])('%s is not found by %s', (text, query) => {
    expect(indexedFinds(text, query)).toBe(false);
  });

  it('adds the transliterated form only for words with umlauts', () => {
    expect(wordSet(['Müller Bau'])).toEqual(['muller', 'bau', 'mueller']);
    expect(wordSet(['Novi Sad'])).toEqual(['novi', 'sad']);
  });
});

describe('name sort key', () => {
  const sorted = (names: string[]) =>
    [...names].sort((a, b) => (nameKey(a) < nameKey(b) ? -1 : nameKey(a) > nameKey(b) ? 1 : 0));

  it.each([
    [
      ['Firma 102', 'Firma 109', 'Firma 13'],
      ['Firma 13', 'Firma 102', 'Firma 109'],
    ],
    [
      ['Firma 10', 'Firma 9', 'Firma 1'],
      ['Firma 1', 'Firma 9', 'Firma 10'],
    ],
    [
      ['Lot 2b', 'Lot 2a', 'Lot 11'],
      ['Lot 2a', 'Lot 2b', 'Lot 11'],
    ],
    [
      ['Studio 007', 'Studio 8', 'Studio 70'],
      ['Studio 007', 'Studio 8', 'Studio 70'],
    ],
    [
      ['Zeta', '3M Italia', 'Alfa 2000', 'alfa 300'],
      ['3M Italia', 'alfa 300', 'Alfa 2000', 'Zeta'],
    ],
    [
      ['Čakovec 2', 'cakovec 10', 'Cakovec 1'],
      ['Cakovec 1', 'Čakovec 2', 'cakovec 10'],
    ],
  ])('sorts %j as %j', (names, expected) => {
    expect(sorted(names)).toEqual(expected);
  });

  it('keeps plain names readable', () => {
    expect(nameKey('Tera Tehnopolis d.o.o.')).toBe('tera tehnopolis d o o');
  });
});
