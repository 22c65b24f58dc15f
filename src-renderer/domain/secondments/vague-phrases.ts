/**
 * Generic objectives the programme warns about ("learn about new markets" says nothing one could
 * measure), as data per language: a contact point adds a phrase here, not code. Phrases are
 * matched on folded words (case, accents, Greek tonos, Serbian Cyrillic or Latin alike), so each
 * is written once, in lower case; Serbian in Latin script covers both scripts.
 *
 * An objective is flagged when it contains a phrase and adds fewer than `SPECIFIC_WORDS` words
 * of its own: "learn about new markets" is flagged, "learn about new markets: meet three organic
 * food distributors in Bavaria" is not.
 */
import { searchWords } from '../registry/search-normalize';

export const VAGUE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'learn about new markets',
    'learn about the market',
    'gain experience',
    'get experience',
    'improve skills',
    'develop skills',
    'improve my skills',
    'learn new things',
    'learn new methods',
    'exchange knowledge',
    'exchange best practices',
    'internationalise the company',
    'grow the business',
    'find new partners',
    'networking',
  ],
  de: [
    'neue märkte kennenlernen',
    'neue märkte erschließen',
    'erfahrungen sammeln',
    'erfahrung sammeln',
    'fähigkeiten verbessern',
    'kompetenzen erweitern',
    'neues lernen',
    'wissen austauschen',
    'neue partner finden',
    'das unternehmen internationalisieren',
    'netzwerken',
  ],
  el: [
    'γνωριμία με νέες αγορές',
    'να μάθω για νέες αγορές',
    'απόκτηση εμπειρίας',
    'να αποκτήσω εμπειρία',
    'βελτίωση δεξιοτήτων',
    'ανάπτυξη δεξιοτήτων',
    'ανταλλαγή γνώσεων',
    'εύρεση νέων συνεργατών',
    'διεθνοποίηση της επιχείρησης',
    'δικτύωση',
  ],
  fr: [
    'découvrir de nouveaux marchés',
    'connaître de nouveaux marchés',
    'acquérir de l’expérience',
    "acquérir de l'expérience",
    'améliorer mes compétences',
    'développer des compétences',
    'échanger des connaissances',
    'échanger des bonnes pratiques',
    'trouver de nouveaux partenaires',
    'internationaliser l’entreprise',
    "internationaliser l'entreprise",
    'réseautage',
  ],
  es: [
    'conocer nuevos mercados',
    'aprender sobre nuevos mercados',
    'adquirir experiencia',
    'ganar experiencia',
    'mejorar habilidades',
    'mejorar mis habilidades',
    'desarrollar competencias',
    'intercambiar conocimientos',
    'intercambiar buenas prácticas',
    'encontrar nuevos socios',
    'internacionalizar la empresa',
    'hacer contactos',
  ],
  it: [
    'conoscere nuovi mercati',
    'scoprire nuovi mercati',
    'acquisire esperienza',
    'fare esperienza',
    'migliorare le competenze',
    'sviluppare competenze',
    'scambiare conoscenze',
    'scambio di buone pratiche',
    'trovare nuovi partner',
    'internazionalizzare l’azienda',
    "internazionalizzare l'azienda",
    'fare rete',
  ],
  sr: [
    'upoznavanje novih tržišta',
    'upoznati nova tržišta',
    'sticanje iskustva',
    'steći iskustvo',
    'unapređenje veština',
    'usavršavanje veština',
    'razmena znanja',
    'razmena iskustava',
    'pronalaženje novih partnera',
    'naći nove partnere',
    'internacionalizacija preduzeća',
    'umrežavanje',
  ],
  hr: ['upoznavanje novih tržišta', 'stjecanje iskustva', 'razmjena znanja', 'usavršavanje vještina'],
  sl: ['spoznavanje novih trgov', 'pridobivanje izkušenj', 'izmenjava znanja', 'izboljšanje veščin'],
  nl: ['nieuwe markten leren kennen', 'ervaring opdoen', 'vaardigheden verbeteren', 'kennis uitwisselen'],
};

/** Words of its own an objective needs beside a generic phrase to count as specific. */
export const SPECIFIC_WORDS = 4;

const PHRASES: readonly { phrase: string; words: string[] }[] = Object.values(VAGUE_PHRASES)
  .flat()
  .map((phrase) => ({ phrase, words: searchWords(phrase) }));

function indexOfWords(words: string[], phrase: string[]): number {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return i;
  }
  return -1;
}

/** The generic phrases a text consists of (empty when it is specific enough), in any language of the list. */
export function vaguePhrasesIn(text: string): string[] {
  const words = searchWords(text);
  if (words.length === 0) return [];
  const found: string[] = [];
  for (const { phrase, words: phraseWords } of PHRASES) {
    if (phraseWords.length === 0 || indexOfWords(words, phraseWords) < 0) continue;
    if (words.length - phraseWords.length < SPECIFIC_WORDS) found.push(phrase);
  }
  return found;
}
