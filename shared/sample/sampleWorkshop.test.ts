import { describe, expect, it } from 'vitest';
import { WorkshopSchema } from '../model/workshop';
import { isSampleWorkshop } from './sampleId';
import { buildSampleWorkshop } from './sampleWorkshop';

const NOW = Date.UTC(2026, 10, 25, 9, 0);

describe('the sample workshop', () => {
  const workshop = buildSampleWorkshop('abc', NOW);

  it('is a valid workshop the console recognises as the sample', () => {
    expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
    expect(isSampleWorkshop(workshop.id)).toBe(true);
    expect(workshop.date).toBe('2026-12-02');
  });

  it('has people from a hospital, a municipality, general practice and the region, one AFBUD', () => {
    const sectors = new Set(workshop.participants.map((p) => p.sector));
    expect([...sectors].sort()).toEqual(['general-practice', 'hospital', 'municipality', 'region']);
    expect(workshop.participants.filter((p) => !p.present).map((p) => p.name)).toEqual([
      'Dan Østergaard',
    ]);
  });

  it('has four points with purposes, presenters and the default room plans', () => {
    expect(workshop.agenda).toHaveLength(4);
    expect(workshop.agenda.map((p) => p.purpose)).toEqual([
      'orientation',
      'development',
      'decision',
      'orientation',
    ]);
    for (const point of workshop.agenda) expect(point.presenter).not.toBe('');
    expect(workshop.agenda[2]?.roomPlan).toEqual([
      'clarifying',
      'developing',
      'negotiating',
      'acting',
    ]);
    expect(workshop.activePointId).toBeNull();
  });
});
