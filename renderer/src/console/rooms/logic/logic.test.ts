import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../../../shared/model/workshop';
import {
  actionFromDraft,
  dueOf,
  EMPTY_ACTION,
  gapsAttribute,
  localToday,
  organisationAfterOwners,
  ownerChanges,
  ownerUpdate,
} from './actionDraft';
import { organisations, SECTOR_COLOURS, tagColours } from './colours';
import { splitAt } from './highlight';
import { killerKey, turnKey } from './keys';
import { mergeText } from './mergeText';
import { presentOrder } from './order';

const key = (code: string, key: string, mods: Partial<KeyboardEvent> = {}) => ({
  code,
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

const person = (id: string, organisation: string, present = true): Participant => ({
  id,
  name: id,
  title: '',
  organisation,
  sector: organisation.startsWith('Region') ? 'region' : 'municipality',
  present,
});

describe('keys', () => {
  it('picks killers 1–7 from the top row and the keypad, not with modifiers or above 7', () => {
    expect(killerKey(key('Digit3', '3'))).toBe(3);
    expect(killerKey(key('Numpad7', '7'))).toBe(7);
    expect(killerKey(key('Digit8', '8'))).toBeNull();
    expect(killerKey(key('Digit1', '1', { ctrlKey: true }))).toBeNull();
    // A layout where the digit row gives other characters still flags by the physical key.
    expect(killerKey(key('Digit2', 'é'))).toBe(2);
    expect(killerKey(key('KeyA', 'a'))).toBeNull();
  });

  it('reads Alt+N/P/S as spoke, pass and skip, whatever character Alt makes', () => {
    expect(turnKey(key('KeyN', '˜', { altKey: true }))).toBe('spoke');
    expect(turnKey(key('KeyP', 'p', { altKey: true }))).toBe('pass');
    expect(turnKey(key('KeyS', 's', { altKey: true }))).toBe('skip');
    expect(turnKey(key('KeyS', 's'))).toBeNull();
    expect(turnKey(key('KeyS', 'S', { altKey: true, shiftKey: true }))).toBeNull();
  });
});

describe('order', () => {
  it('keeps the given order of present people and adds the present ones left out', () => {
    const people = [person('a', 'X'), person('b', 'Y', false), person('c', 'Z'), person('d', 'X')];
    expect(presentOrder(people, ['c', 'b', 'a'])).toEqual(['c', 'a', 'd']);
    expect(presentOrder(people, [])).toEqual(['a', 'c', 'd']);
  });
});

describe('text helpers', () => {
  it('cuts the text around the marked span, clamped', () => {
    expect(splitAt('ja men det har vi prøvet', 7, 24)).toEqual({
      before: 'ja men ',
      match: 'det har vi prøvet',
      after: '',
    });
    expect(splitAt('abc', 5, 9)).toEqual({ before: 'abc', match: '', after: '' });
  });

  it('joins merged ideas once each and keeps to the idea length', () => {
    expect(mergeText(['Fælles plan', ' Fælles plan ', 'Én indgang'])).toBe(
      'Fælles plan / Én indgang',
    );
    const long = mergeText(['x'.repeat(300), 'y'.repeat(300)]);
    expect(long).toHaveLength(500);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('action draft', () => {
  it('needs a what, and makes "next meeting" win over a date', () => {
    expect(actionFromDraft({ ...EMPTY_ACTION, what: '  ' }, 'a1', 'pt')).toBeNull();
    const a = actionFromDraft(
      {
        ...EMPTY_ACTION,
        what: ' Ring til hjemmeplejen ',
        ownerIds: ['p1', 'p1', 'p2'],
        date: '2026-12-01',
        nextMeeting: true,
        evaluationDate: '2027-01-10',
      },
      'a1',
      'pt',
    );
    expect(a).toMatchObject({
      what: 'Ring til hjemmeplejen',
      ownerIds: ['p1', 'p2'],
      due: { kind: 'next-meeting' },
      // Not a trial action: no evaluation date is kept.
      evaluationDate: '',
      sourceId: null,
    });
  });

  it('reads a date or nothing as when', () => {
    expect(dueOf('2026-12-01', false)).toEqual({ kind: 'date', date: '2026-12-01' });
    expect(dueOf('', false)).toBeNull();
    expect(dueOf('1/12', false)).toBeNull();
  });

  it('writes the gaps as a stable attribute', () => {
    expect(gapsAttribute({ noOwner: true, noDue: true })).toBe('owner,due');
    expect(gapsAttribute({ noOwner: false, noDue: true })).toBe('due');
    expect(gapsAttribute({ noOwner: false, noDue: false })).toBe('');
  });

  it('gives today in local time', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe("an action's organisation", () => {
  const KOMMUNE = 'Sundhed og Omsorg, Aarhus Kommune';
  const AUH = 'Aarhus Universitetshospital';
  const people = new Map(
    [person('p1', KOMMUNE), person('p2', AUH), person('p3', ''), person('p4', KOMMUNE, false)].map(
      (p): [string, Participant] => [p.id, p],
    ),
  );

  it('is filled in from the first owner chosen who has one, absent or not', () => {
    expect(organisationAfterOwners('', [], ['p2'], people)).toBe(AUH);
    expect(organisationAfterOwners('', ['p3'], ['p3', 'p1'], people)).toBe(KOMMUNE);
    expect(organisationAfterOwners('', [], ['p4'], people)).toBe(KOMMUNE);
    // A second owner does not change it; the first one leaving does.
    expect(organisationAfterOwners(AUH, ['p2'], ['p2', 'p1'], people)).toBe(AUH);
    expect(organisationAfterOwners(AUH, ['p2', 'p1'], ['p1'], people)).toBe(KOMMUNE);
    expect(organisationAfterOwners(AUH, ['p2'], [], people)).toBe('');
  });

  it('stays as typed by hand, whoever is chosen', () => {
    const typed = 'Sekretariatet/koordinationsgruppen';
    expect(organisationAfterOwners(typed, [], ['p2'], people)).toBe(typed);
    expect(organisationAfterOwners(typed, ['p2'], ['p1'], people)).toBe(typed);
    // Emptied by hand while someone owns it: the exports fall back on the owners, so it stays.
    expect(organisationAfterOwners('', ['p2'], ['p2', 'p1'], people)).toBe('');
  });

  it('takes a different spelling of the default as the default', () => {
    expect(
      organisationAfterOwners(' sundhed og omsorg,  AARHUS kommune', ['p1'], ['p2'], people),
    ).toBe(AUH);
  });

  it('goes with the new owners of a saved action only when it changes', () => {
    const saved = { ownerIds: ['p1'], ownerOrganisation: KOMMUNE };
    expect(ownerChanges(saved, ['p1', 'p2'], people)).toEqual({ ownerIds: ['p1', 'p2'] });
    expect(ownerChanges(saved, ['p2'], people)).toEqual({
      ownerIds: ['p2'],
      ownerOrganisation: AUH,
    });
  });

  it('sends one owner more or less as just that, so it adds to what the host has', () => {
    const saved = { ownerIds: ['p1', 'p3'], ownerOrganisation: KOMMUNE };
    expect(ownerUpdate(saved, ['p1', 'p3', 'p2'], people)).toEqual({ changes: {}, addOwner: 'p2' });
    expect(ownerUpdate(saved, ['p3'], people)).toEqual({ changes: {}, removeOwner: 'p1' });
    // A new order, or two changes at once: the whole list, the organisation following.
    expect(ownerUpdate(saved, ['p3', 'p1'], people)).toEqual({
      changes: { ownerIds: ['p3', 'p1'] },
    });
    expect(ownerUpdate(saved, ['p2'], people)).toEqual({
      changes: { ownerIds: ['p2'], ownerOrganisation: AUH },
    });
  });
});

describe('colours', () => {
  it('colours by sector, or by organisation with one colour per organisation', () => {
    const people = [
      person('a', 'Region Midt'),
      person('b', 'Herning Kommune'),
      person('c', 'Region Midt'),
    ];
    expect(organisations(people)).toEqual(['Herning Kommune', 'Region Midt']);
    const bySector = tagColours(people, 'sector');
    expect(bySector.get('a')).toBe(SECTOR_COLOURS.region);
    const byOrg = tagColours(people, 'organisation');
    expect(byOrg.get('a')).toBe(byOrg.get('c'));
    expect(byOrg.get('a')).not.toBe(byOrg.get('b'));
  });
});
