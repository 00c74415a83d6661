import { describe, expect, it } from 'vitest';
import { storedFixtureWorkshop } from '../../test/fixtures/exports/storedFixture';
import type { Workshop } from '../model/workshop';
import { organisationKey } from './actionRows';
import { buildRecord } from './record';

const SEKRETARIAT = 'Sekretariatet/koordinationsgruppen';

/** The fixture with Anne and Bo in one body spelt three ways, and x3 owned by a fourth spelling. */
function spelledApart(): Workshop {
  const workshop = storedFixtureWorkshop();
  const spelling: Record<string, string> = {
    p1: SEKRETARIAT,
    p2: '  sekretariatet / Koordinationsgruppen ',
  };
  return {
    ...workshop,
    participants: workshop.participants.map((p) =>
      spelling[p.id] === undefined ? p : { ...p, organisation: spelling[p.id] ?? '' },
    ),
    actions: workshop.actions.map((a) =>
      a.id === 'x3' ? { ...a, ownerOrganisation: 'SEKRETARIATET/KOORDINATIONSGRUPPEN' } : a,
    ),
  };
}

describe('grouping by organisation', () => {
  const record = buildRecord(spelledApart(), { language: 'da', today: '2026-11-25' });

  it('takes spellings differing in case and spaces as one organisation, named as first spelt', () => {
    const groups = record.organisations.map((g) => [g.organisation, g.actions.map((a) => a.id)]);
    expect(groups[0]).toEqual([SEKRETARIAT, ['x1', 'x2', 'x3']]);
    expect(groups.filter(([name]) => /sekretariatet/i.test(String(name)))).toHaveLength(1);
  });

  it('names an action shared by two spellings of one organisation once', () => {
    // x1 is owned by Anne and Bo: one organisation, in the row too.
    expect(record.actions.find((r) => r.id === 'x1')?.organisations).toEqual([SEKRETARIAT]);
  });

  it('keeps organisations that only look alike apart', () => {
    expect(organisationKey('Sundhed og Omsorg, Aarhus Kommune')).toBe(
      organisationKey('sundhed  og omsorg,  AARHUS kommune'),
    );
    expect(organisationKey('Aarhus Kommune')).not.toBe(organisationKey('Aarhus Kommuner'));
  });
});
