import { describe, expect, it } from 'vitest';
import type { Command } from '../commands';
import { run, runningWorkshop } from '../testing/fixture';
import { rcChanges, rcMatrix, defaultGroups } from './relational';
import { carryEvaluation, questionResults, summarize } from './stats';

const paper = (
  responseId: string,
  formId: 'pataevaers' | 'relational-before' | 'relational-after',
  scores: Record<string, number>,
): Command => ({
  type: 'evaluation.score',
  responseId,
  formId,
  scores,
  fromPaper: true,
});

describe('summarize', () => {
  it('gives mean, sample standard deviation, min, max and n', () => {
    const s = summarize([2, 4, 4, 4, 5, 5, 5, 5]);
    expect(s.n).toBe(8);
    expect(s.mean).toBeCloseTo(4.25);
    expect(s.min).toBe(2);
    expect(s.max).toBe(5);
    // Squared deviations from 4.25: 5.0625 + 3 × 0.0625 + 4 × 0.5625 = 7.5, over n − 1 = 7.
    expect(s.sd).toBeCloseTo(Math.sqrt(7.5 / 7));
  });
  it('has no mean for no scores and no deviation for one', () => {
    expect(summarize([])).toEqual({ n: 0, mean: null, sd: null, min: null, max: null });
    expect(summarize([3])).toMatchObject({ n: 1, mean: 3, sd: null, min: 3, max: 3 });
  });
});

describe('question results and the trend of the series', () => {
  const scored = () =>
    run(runningWorkshop(), [
      { type: 'workshop.update', title: 'Møde 1', date: '2026-09-01' },
      { type: 'evaluation.addQuestion', question: { id: 'own1', text: 'Borgeren er med' } },
      paper('a', 'pataevaers', { pt9: 4, pt10: 2, own1: 5 }),
      paper('b', 'pataevaers', { pt9: 5, pt10: 3 }),
      paper('c', 'pataevaers', { pt9: 3 }),
    ]);

  it('summarises each question over the responses that answered it', () => {
    const results = questionResults(scored(), 'en');
    expect(results.map((r) => r.id)).toEqual([
      'pt9',
      'pt10',
      'pt11',
      'pt12',
      'pt13',
      'pt14',
      'pt15',
      'pt16',
      'own1',
    ]);
    expect(results[0]!.summary).toMatchObject({ n: 3, mean: 4, min: 3, max: 5, sd: 1 });
    expect(results[1]!.summary).toMatchObject({ n: 2, mean: 2.5 });
    expect(results[2]!.summary.n).toBe(0);
    expect(results[8]).toMatchObject({ text: 'Borgeren er med', number: null });
    expect(results[0]!.text).toMatch(/^The meetings give value/);
  });

  it('carries the own questions, pairs and this meeting into the next; the trend shows both', () => {
    const first = scored();
    const next = run(
      { ...runningWorkshop(), evaluation: carryEvaluation(first), title: 'Møde 2' },
      [paper('z', 'pataevaers', { pt9: 2, own1: 4 })],
    );
    expect(next.evaluation.responses).toHaveLength(1);
    const [pt9] = questionResults(next, 'da');
    expect(pt9!.trend).toEqual([
      { title: 'Møde 1', date: '2026-09-01', mean: 4, n: 3, current: false },
      { title: 'Møde 2', date: '', mean: 2, n: 1, current: true },
    ]);
    expect(questionResults(next, 'da')[8]!.trend.map((t) => t.mean)).toEqual([5, 4]);
  });

  it('adds no empty meeting to the trend', () => {
    expect(carryEvaluation(runningWorkshop()).earlier).toEqual([]);
  });
});

describe('relational coordination', () => {
  const surveyed = () =>
    run(runningWorkshop(), [
      {
        type: 'evaluation.setPairs',
        pairs: [
          { id: 'kh', from: 'Kommune', to: 'Hospital' },
          { id: 'hk', from: 'Hospital', to: 'Kommune' },
        ],
      },
      // Respondent 1 answers all seven for kh with 2, respondent 2 only two dimensions with 4.
      paper(
        'r1',
        'relational-before',
        Object.fromEntries(
          ['freq', 'time', 'acc', 'prob', 'goals', 'know', 'resp'].map((d) => [`kh.${d}`, 2]),
        ),
      ),
      paper('r2', 'relational-before', { 'kh.freq': 4, 'kh.resp': 4, 'hk.freq': 3 }),
      paper('r3', 'relational-after', { 'kh.freq': 5, 'kh.resp': 3 }),
    ]);

  it('makes a matrix: a respondent mean over the dimensions, then the mean over respondents', () => {
    const m = rcMatrix(surveyed().evaluation, 'before');
    expect(m.groups).toEqual(['Kommune', 'Hospital']);
    expect(m.respondents).toBe(2);
    const kh = m.cells[0]!;
    expect(kh.index).toMatchObject({ n: 2, mean: 3 });
    expect(kh.dimensions.freq).toMatchObject({ n: 2, mean: 3 });
    expect(kh.dimensions.goals).toMatchObject({ n: 1, mean: 2 });
    expect(m.cells[1]!.index).toMatchObject({ n: 1, mean: 3 });
  });

  it('compares before and after per pair and dimension', () => {
    const [kh, hk] = rcChanges(surveyed().evaluation);
    expect(kh).toMatchObject({ before: 3, after: 4, change: 1 });
    expect(kh!.dimensions.find((d) => d.key === 'freq')).toEqual({
      key: 'freq',
      before: 3,
      after: 5,
      change: 2,
    });
    expect(kh!.dimensions.find((d) => d.key === 'acc')).toEqual({
      key: 'acc',
      before: 2,
      after: null,
      change: null,
    });
    expect(hk).toMatchObject({ before: 3, after: null, change: null });
  });

  it('drops the scores of a removed pair and suggests the organisations as groups', () => {
    const w = run(surveyed(), [
      { type: 'evaluation.setPairs', pairs: [{ id: 'kh', from: 'Kommune', to: 'Hospital' }] },
    ]);
    expect(w.evaluation.responses.some((r) => 'hk.freq' in r.scores)).toBe(false);
    expect(rcMatrix(w.evaluation, 'before').cells[0]!.index.mean).toBe(3);
    expect(defaultGroups(w)).toEqual([
      'Aalborg Universitetshospital',
      'Aalborg Kommune',
      'Lægehuset Vestergade',
      'Region Nordjylland',
    ]);
  });

  it('keeps responses in the order of their random ids, not of arrival', () => {
    const ids = surveyed().evaluation.responses.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    const w = run(runningWorkshop(), [
      paper('m', 'pataevaers', { pt9: 1 }),
      paper('b', 'pataevaers', { pt9: 2 }),
    ]);
    expect(w.evaluation.responses.map((r) => r.id)).toEqual(['b', 'm']);
  });
});
