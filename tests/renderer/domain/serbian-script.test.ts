import { describe, expect, it } from 'vitest';
import { serbianCyrillicToLatin } from '../../../src-renderer/domain/serbian-script';

describe('serbianCyrillicToLatin', () => {
  it('transliterates letter for letter', () => {
    expect(serbianCyrillicToLatin('Нови Сад')).toBe('Novi Sad');
    expect(serbianCyrillicToLatin('Ђорђе Ћосић, Чачак, Шабац, Жабаљ')).toBe('Đorđe Ćosić, Čačak, Šabac, Žabalj');
    expect(serbianCyrillicToLatin('Подешавања')).toBe('Podešavanja');
  });

  it('writes Љ, Њ, Џ as two letters with the right capitals', () => {
    expect(serbianCyrillicToLatin('Љубљана')).toBe('Ljubljana');
    expect(serbianCyrillicToLatin('ЉУБЉАНА')).toBe('LJUBLJANA');
    expect(serbianCyrillicToLatin('Његош')).toBe('Njegoš');
    expect(serbianCyrillicToLatin('Џакић')).toBe('Džakić');
    expect(serbianCyrillicToLatin('ЏАК')).toBe('DŽAK');
  });

  it('leaves Latin text, digits and placeholders alone', () => {
    expect(serbianCyrillicToLatin('{{count}} измена, PDF 1 MB')).toBe('{{count}} izmena, PDF 1 MB');
  });
});
