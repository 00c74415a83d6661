import { describe, expect, it } from 'vitest';
import { PEOPLE } from '../../../test/fixtures/corpus/sentences';
import da from '../i18n/da.json';
import en from '../i18n/en.json';
import { absentLast, pickerChoices, pickerLabel } from './pickerPeople';

const AFBUD = da.participants.absentMark;

/** The corpus's first six people; the second and fifth sent regrets. */
const participants = PEOPLE.slice(0, 6).map((p, k) => ({
  id: `p${k + 1}`,
  name: p.name,
  organisation: p.organisation,
  present: k !== 1 && k !== 4,
}));

describe('the people of a picker', () => {
  it('lists those who sent regrets last, keeping the order of the others', () => {
    expect(pickerChoices(participants, AFBUD).map((c) => c.id)).toEqual([
      'p1',
      'p3',
      'p4',
      'p6',
      'p2',
      'p5',
    ]);
  });

  it('marks an absent person "(afbud)" after name and organisation, and only them', () => {
    const labels = pickerChoices(participants, AFBUD).map((c) => c.label);
    expect(labels[0]).toBe('Claus Thomsen · Aarhus Universitetshospital');
    // An organisation with a comma stays whole; the mark comes after it.
    expect(labels[4]).toBe('Hosea Dutschke · Sundhed og Omsorg, Aarhus Kommune (afbud)');
    expect(labels.filter((l) => l.endsWith(AFBUD))).toHaveLength(2);
    expect(pickerChoices(participants, AFBUD).map((c) => c.absent)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it('can leave the organisation out, and speaks English in English', () => {
    const absent = participants[1];
    if (!absent) throw new Error('fixture');
    expect(pickerLabel(absent, en.participants.absentMark, false)).toBe(
      'Hosea Dutschke (sent regrets)',
    );
    expect(pickerLabel({ ...absent, organisation: '  ' }, AFBUD)).toBe('Hosea Dutschke (afbud)');
  });

  it('orders the phone’s name list, which says absent rather than present, the same way', () => {
    const names = participants.map((p) => ({ id: p.id, absent: !p.present, taken: false }));
    expect(absentLast(names).map((n) => n.id)).toEqual(['p1', 'p3', 'p4', 'p6', 'p2', 'p5']);
  });

  it('keeps a list where everyone is present as it is', () => {
    const all = participants.map((p) => ({ ...p, present: true }));
    expect(pickerChoices(all, AFBUD).map((c) => c.label)).toEqual(
      all.map((p) => `${p.name} · ${p.organisation}`),
    );
  });
});
