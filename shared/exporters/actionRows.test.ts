import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { storedFixtureWorkshop } from '../../test/fixtures/exports/storedFixture';
import type { Workshop } from '../model/workshop';
import { organisationKey } from './actionRows';
import { exportCsv } from './exportCsv';
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

/** x1 (owned by Anne, Aalborg Universitetshospital, and Bo, Aalborg Kommune) given its own. */
function ownOrganisation(organisation: string): Workshop {
  const workshop = storedFixtureWorkshop();
  return {
    ...workshop,
    actions: workshop.actions.map((a) =>
      a.id === 'x1' ? { ...a, ownerOrganisation: organisation } : a,
    ),
  };
}

describe("an action's own organisation", () => {
  const record = buildRecord(ownOrganisation(SEKRETARIAT), { language: 'da', today: '2026-11-25' });

  it('is the organisation of its row, instead of its owners’', () => {
    const x1 = record.actions.find((r) => r.id === 'x1');
    expect(x1?.who).toBe('Anne Holm, Bo Madsen');
    expect(x1?.organisations).toEqual([SEKRETARIAT]);
    const csv = parse(exportCsv(record), { bom: true, delimiter: ';' }) as string[][];
    const row = csv.find((r) => r[0]?.startsWith('Udarbejde fælles tjekliste'));
    expect(row?.[2]).toBe(SEKRETARIAT);
  });

  it('groups the action under it alone, so the owners’ organisations do not get it', () => {
    const groups = Object.fromEntries(
      record.organisations.map((g) => [g.organisation, g.actions.map((a) => a.id)]),
    );
    expect(groups['Aalborg Universitetshospital']).toEqual(['x2']);
    expect(groups['Aalborg Kommune']).toEqual(['x3']);
    expect(groups[SEKRETARIAT]).toEqual(['x1']);
  });

  it('falls back on the owners’ organisations when empty, as in files from before', () => {
    const old = buildRecord(ownOrganisation('   '), { language: 'da', today: '2026-11-25' });
    expect(old.actions.find((r) => r.id === 'x1')?.organisation).toBe(
      'Aalborg Universitetshospital, Aalborg Kommune',
    );
    const groups = old.organisations.map((g) => [g.organisation, g.actions.map((a) => a.id)]);
    expect(groups.slice(0, 2)).toEqual([
      ['Aalborg Universitetshospital', ['x1', 'x2']],
      ['Aalborg Kommune', ['x1', 'x3']],
    ]);
  });
});
