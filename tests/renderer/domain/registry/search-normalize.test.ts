import { describe, expect, it } from 'vitest';
import { compactId, foldForSearch, queryWords, searchWords } from '../../../../src-renderer/domain/registry/search-normalize';

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
