import { describe, expect, it } from 'vitest';
import {
  EMPTY_LEARNING_PROJECT,
  learningProjectSchema,
  vagueObjectives,
} from '../../../../src-renderer/domain/secondments/learning-project';
import { VAGUE_PHRASES, vaguePhrasesIn } from '../../../../src-renderer/domain/secondments/vague-phrases';
import { parseMessage } from '../../../../src-renderer/domain/validation';

describe('vague objectives', () => {
  it.each([
    ['Learn about new markets', 'learn about new markets'],
    ['learn about NEW markets.', 'learn about new markets'],
    ['Neue Märkte kennenlernen', 'neue märkte kennenlernen'],
    ['Γνωριμία με νέες αγορές', 'γνωριμία με νέες αγορές'],
    ['γνωριμια με νεες αγορες', 'γνωριμία με νέες αγορές'],
    ['Découvrir de nouveaux marchés', 'découvrir de nouveaux marchés'],
    ['Conocer nuevos mercados', 'conocer nuevos mercados'],
    ['Conoscere nuovi mercati', 'conoscere nuovi mercati'],
    // Serbian in either script.
    ['Упознавање нових тржишта', 'upoznavanje novih tržišta'],
    ['Upoznavanje novih tržišta', 'upoznavanje novih tržišta'],
  ])('flags “%s”', (text, phrase) => {
    expect(vaguePhrasesIn(text)).toContain(phrase);
  });

  it.each([
    'Learn about new markets: meet three organic food distributors in Bavaria',
    'Map 20 olive oil importers in Croatia and contact five of them',
    'Neue Märkte kennenlernen: fünf Händler in Thessaloniki besuchen',
    '',
  ])('does not flag “%s”', (text) => {
    expect(vaguePhrasesIn(text)).toEqual([]);
  });

  it('keeps phrases for at least en, de, el, fr, es, it and sr', () => {
    for (const language of ['en', 'de', 'el', 'fr', 'es', 'it', 'sr'])
      expect(VAGUE_PHRASES[language]?.length, language).toBeGreaterThan(3);
  });

  it('names the vague objectives of a project by index', () => {
    const objectives = [
      { text: 'Map 20 olive oil importers in Croatia', measure: 'A list' },
      { text: 'Gain experience', measure: 'A report' },
    ];
    expect(vagueObjectives({ objectives })).toEqual([{ index: 1, phrase: 'gain experience' }]);
  });
});

describe('the Learning Project schema', () => {
  it('accepts a complete project', () => {
    const project = {
      ...EMPTY_LEARNING_PROJECT,
      objectives: [{ text: 'Map importers', measure: 'A list of 20' }],
      activities: [{ text: 'Visit the line', weekFrom: 1, weekTo: 3 }],
      collaborationTypes: ['training'],
      workingLanguages: ['en', 'el'],
    };
    expect(learningProjectSchema.safeParse(project).success).toBe(true);
  });

  it('refuses an objective without its measure, and an activity that ends before it begins', () => {
    const result = learningProjectSchema.safeParse({
      ...EMPTY_LEARNING_PROJECT,
      objectives: [{ text: 'Map importers', measure: ' ' }],
      activities: [{ text: 'Visit', weekFrom: 4, weekTo: 2 }],
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join('.'), parseMessage(i.message).key]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['objectives.0.measure', 'required'],
        ['activities.0.weekTo', 'secondments:errors.weekOrder'],
      ]),
    );
  });

  it('refuses a week outside 1 to 30', () => {
    const result = learningProjectSchema.safeParse({
      ...EMPTY_LEARNING_PROJECT,
      activities: [{ text: 'Visit', weekFrom: 0, weekTo: 31 }],
    });
    expect(result.error!.issues.map((i) => parseMessage(i.message).key)).toEqual([
      'secondments:errors.week',
      'secondments:errors.week',
    ]);
  });
});
