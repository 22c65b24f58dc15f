import { describe, expect, it } from 'vitest';
import {
  completionProblems,
  durationRuleAt,
  formatErrors,
  SECTIONS,
  sectionProgress,
  toDraft,
  validateAnswers,
  type AnswerDraft,
} from '../../../src-renderer/domain/questionnaire';
import { parseMessage } from '../../../src-renderer/domain/validation';

const context = { companyCountry: 'GR', interviewDate: '2026-03-10T09:00:00.000Z', knownPersonIds: ['p1', 'p2'] };

const complete: AnswerDraft = {
  roleWanted: 'both',
  objectives: ['markets', 'partners'],
  motivation: 'Find a distributor for our olive oil presses in Slovenia and Croatia.',
  mentorName: 'Nikos Georgiou',
  hostTasks: 'Assembly line, quality control, visits to customers.',
  workspace: 'deskAndEquipment',
  preferredCountries: ['SI', 'HR'],
  preferredSectors: ['C'],
  durationMonths: '3',
  earliestStart: '2026-09',
  candidateIds: ['p1'],
  consentStore: true,
};

const keyOf = (text: string | undefined) => (text ? parseMessage(text).key : undefined);

describe('questionnaire', () => {
  it('has unique question ids, each in one section', () => {
    const ids = SECTIONS.flatMap((s) => s.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(SECTIONS.map((s) => s.id)).toEqual([
      'motivation',
      'hostOffer',
      'preferences',
      'duration',
      'participants',
      'practical',
      'consent',
    ]);
  });

  it('accepts a complete interview', () => {
    expect(validateAnswers(complete, context)).toEqual({});
    expect(completionProblems(complete, context)).toEqual([]);
    expect(sectionProgress(complete, context).every((s) => s.complete && s.answered === s.required)).toBe(true);
  });

  it('lists every missing required answer in questionnaire order', () => {
    const problems = completionProblems({}, context);
    expect(problems.map((p) => p.questionId)).toEqual([
      'roleWanted',
      'objectives',
      'motivation',
      'preferredCountries',
      'durationMonths',
      'earliestStart',
      'consentStore',
    ]);
    expect(keyOf(problems[0]!.message)).toBe('interviews:errors.chooseOne');
    expect(keyOf(problems[1]!.message)).toBe('interviews:errors.chooseAtLeastOne');
    expect(keyOf(problems[2]!.message)).toBe('required');
    expect(keyOf(problems[6]!.message)).toBe('interviews:errors.consentRequired');
  });

  it('asks for the host offer only from hosts, and for candidates only from senders', () => {
    const sender = {
      ...complete,
      roleWanted: 'send',
      mentorName: undefined,
      hostTasks: undefined,
      workspace: undefined,
    };
    expect(validateAnswers(sender, context)).toEqual({});
    expect(Object.keys(validateAnswers({ ...sender, candidateIds: [] }, context))).toEqual(['candidateIds']);
    const host = { ...complete, roleWanted: 'host', candidateIds: [], mentorName: ' ' };
    expect(Object.keys(validateAnswers(host, context))).toEqual(['mentorName']);
    const progress = sectionProgress(host, context).find((s) => s.id === 'hostOffer')!;
    expect(progress).toMatchObject({ required: 3, answered: 2, complete: false });
  });

  it('keeps the duration within the rule in force on the interview date', () => {
    for (const bad of ['0', '7', 'three', '2.3', '-1']) {
      const errors = validateAnswers({ ...complete, durationMonths: bad }, context);
      expect(parseMessage(errors['durationMonths']!)).toEqual({
        key: 'interviews:errors.duration',
        params: { min: 1, max: 6 },
      });
    }
    for (const good of ['1', '6', '2,5', ' 4 '])
      expect(validateAnswers({ ...complete, durationMonths: good }, context)).toEqual({});
    expect(durationRuleAt('2017-05-01')).toMatchObject({ minMonths: 0.5, maxMonths: 2 });
    const pilot = validateAnswers(
      { ...complete, durationMonths: '3', earliestStart: '2017-09' },
      { ...context, interviewDate: '2017-05-01' },
    );
    expect(parseMessage(pilot['durationMonths']!).params).toEqual({ min: 0.5, max: 2 });
  });

  it('refuses the company’s own country, unknown codes, past or malformed months and unknown people', () => {
    const errors = validateAnswers(
      { ...complete, preferredCountries: ['GR'], earliestStart: '2025-12', candidateIds: ['someone-else'] },
      context,
    );
    expect(keyOf(errors['preferredCountries'])).toBe('interviews:errors.ownCountry');
    expect(keyOf(errors['earliestStart'])).toBe('interviews:errors.monthPast');
    expect(keyOf(errors['candidateIds'])).toBe('interviews:errors.unknownPerson');
    expect(keyOf(validateAnswers({ ...complete, preferredCountries: ['XX'] }, context)['preferredCountries'])).toBe(
      'country',
    );
    expect(keyOf(validateAnswers({ ...complete, earliestStart: '09/2026' }, context)['earliestStart'])).toBe(
      'interviews:errors.month',
    );
    expect(keyOf(validateAnswers({ ...complete, objectives: ['fun'] }, context)['objectives'])).toBe(
      'interviews:errors.unknownOption',
    );
  });

  it('flags vague and too long texts', () => {
    expect(parseMessage(validateAnswers({ ...complete, motivation: 'markets' }, context)['motivation']!)).toEqual({
      key: 'interviews:errors.tooVague',
      params: { min: 20 },
    });
    expect(parseMessage(validateAnswers({ ...complete, mentorName: 'x'.repeat(201) }, context)['mentorName']!)).toEqual(
      {
        key: 'tooLong',
        params: { max: 200 },
      },
    );
  });

  it('shows only wrong answers while typing, not missing ones', () => {
    expect(formatErrors({ durationMonths: '9' }, context)).toEqual({
      durationMonths: expect.stringContaining('duration') as string,
    });
    expect(formatErrors({}, context)).toEqual({});
  });

  it('restores a stored draft exactly, dropping only values of the wrong type', () => {
    const long = 'y'.repeat(5000);
    expect(toDraft({ ...complete, motivation: long })).toEqual({ ...complete, motivation: long });
    expect(toDraft({ motivation: 42, objectives: ['markets'], unknown: true })).toEqual({ objectives: ['markets'] });
    expect(toDraft(undefined)).toEqual({});
  });
});
