/** Deterministic synthetic companies with names in the scripts of the programme's languages. */
import type { CompanyFields } from '../../src-renderer/domain/registry/company-record';

type Pool = { country: string; cities: string[]; words: string[]; forms: string[] };

const POOLS: Pool[] = [
  {
    country: 'HR',
    cities: ['Čakovec', 'Osijek', 'Đakovo', 'Šibenik', 'Zagreb', 'Varaždin'],
    words: ['Metal', 'Građevina', 'Drvo', 'Tehnopolis', 'Šuma', 'Ključ', 'Žitnica'],
    forms: ['d.o.o.', 'j.d.o.o.'],
  },
  {
    country: 'RS',
    cities: ['Нови Сад', 'Београд', 'Ниш', 'Крагујевац', 'Суботица'],
    words: ['Софтвер', 'Инжењеринг', 'Ђурђевак', 'Млин', 'Пекара', 'Дизајн', 'Љубав'],
    forms: ['д.о.о.', 'а.д.'],
  },
  {
    country: 'ME',
    cities: ['Podgorica', 'Nikšić', 'Budva', 'Подгорица', 'Бар'],
    words: ['Turizam', 'Jadran', 'Vino', 'Маслина', 'Plaža', 'Ćirilica'],
    forms: ['d.o.o.'],
  },
  {
    country: 'GR',
    cities: ['Λάρισα', 'Βόλος', 'Τρίκαλα', 'Θεσσαλονίκη', 'Καρδίτσα'],
    words: ['Θεσσαλία', 'Ενέργεια', 'Τρόφιμα', 'Λογισμικό', 'Κατασκευές', 'Ελαιόλαδο'],
    forms: ['Α.Ε.', 'Ο.Ε.', 'Ι.Κ.Ε.'],
  },
  {
    country: 'TR',
    cities: ['İstanbul', 'İzmir', 'Iğdır', 'Şanlıurfa', 'Bursa'],
    words: ['Şirket', 'Tekstil', 'Yazılım', 'Gıda', 'Örme', 'Çelik'],
    forms: ['A.Ş.', 'Ltd. Şti.'],
  },
  {
    country: 'DE',
    cities: ['München', 'Köln', 'Düsseldorf', 'Straßburg', 'Görlitz'],
    words: ['Müller', 'Straßenbau', 'Bäckerei', 'Größe', 'Maschinenbau', 'Öko'],
    forms: ['GmbH', 'AG', 'KG'],
  },
  {
    country: 'FR',
    cities: ['Bordeaux', 'Limoges', 'Poitiers', 'La Rochelle', 'Pau'],
    words: ['Œuvre', 'Métallurgie', 'Boulangerie', 'Électricité', 'Forêt', 'Château'],
    forms: ['SARL', 'SAS'],
  },
  {
    country: 'ES',
    cities: ['Madrid', 'A Coruña', 'Logroño', 'Cádiz', 'León'],
    words: ['Peña', 'Construcción', 'Diseño', 'Logística', 'Energía', 'Año'],
    forms: ['S.L.', 'S.A.'],
  },
  {
    country: 'IT',
    cities: ['Bari', 'Ancona', 'Pescara', 'Forlì', 'Cantù'],
    words: ['Società', 'Caffè', 'Meccanica', 'Città', 'Moda', 'Così'],
    forms: ['S.r.l.', 'S.p.A.'],
  },
  {
    country: 'SI',
    cities: ['Kranj', 'Ljubljana', 'Maribor', 'Škofja Loka', 'Celje'],
    words: ['Čebelarstvo', 'Žaga', 'Računalništvo', 'Šola', 'Les'],
    forms: ['d.o.o.', 's.p.'],
  },
  {
    country: 'PL',
    cities: ['Łódź', 'Gdańsk', 'Kraków', 'Wrocław', 'Poznań'],
    words: ['Żółw', 'Łączność', 'Budownictwo', 'Spółka', 'Świat'],
    forms: ['Sp. z o.o.'],
  },
  {
    country: 'SK',
    cities: ['Bratislava', 'Košice', 'Žilina', 'Nitra'],
    words: ['Strojáreň', 'Ďateľ', 'Účtovníctvo', 'Chata'],
    forms: ['s.r.o.', 'a.s.'],
  },
];
const STATUSES = ['lead', 'registered', 'interviewed', 'seekingMatch', 'matched'] as const;
const ROLES = ['send', 'host', 'both'] as const;
const SECTIONS = ['A', 'C', 'F', 'G', 'I', 'J', 'M', 'N'];

/** Mulberry32: a small seeded PRNG, so every run generates the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticCompanies(count: number, seed = 42): CompanyFields[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const rows: CompanyFields[] = [];
  for (let i = 0; i < count; i++) {
    const pool = pick(POOLS);
    const name = `${pick(pool.words)} ${pick(pool.words)} ${i.toString(36)} ${pick(pool.forms)}`;
    const headcount = Math.floor(next() * 300);
    rows.push({
      legalName: name,
      country: pool.country,
      city: pick(pool.cities),
      naceSection: pick(SECTIONS),
      headcount,
      turnoverEur: Math.floor(next() * 60_000_000),
      languages: ['en'],
      role: pick(ROLES),
      status: pick(STATUSES),
      consent: next() < 0.5 ? { storeGivenAt: '2026-03-01' } : {},
      tags: [],
    });
  }
  return rows;
}

/** Realistic queries: what a person types, with and without diacritics, in either script. */
export function realisticQueries(count: number, seed = 7): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const strip = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
  const queries: string[] = [];
  while (queries.length < count) {
    const pool = pick(POOLS);
    const word = pick(pool.words);
    const city = pick(pool.cities);
    const kind = queries.length % 5;
    if (kind === 0) queries.push(strip(word).toLowerCase());
    else if (kind === 1) queries.push(word.slice(0, 3 + Math.floor(next() * 3)));
    else if (kind === 2) queries.push(`${word.toLowerCase()} ${city.slice(0, 4)}`);
    else if (kind === 3) queries.push(strip(city).toLowerCase());
    else queries.push(`${pick(pool.words).slice(0, 4)} ${word.slice(0, 5)}`);
  }
  return queries;
}
