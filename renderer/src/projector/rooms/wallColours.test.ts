import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../../shared/model/workshop';
import { contrastRatio, INK, PAPER } from '../../common/contrast';
import {
  NO_AUTHOR,
  ORGANISATION_COLOURS,
  SECTOR_COLOURS,
  tagColours,
  wallColouring,
} from './wallColours';

const person = (id: string, organisation: string, sector: Participant['sector']): Participant => ({
  id,
  name: id,
  title: '',
  organisation,
  sector,
  present: true,
});

describe('wall colours', () => {
  it('keep white tag text and ink card text at 7:1 or more (read from 8 m)', () => {
    for (const strong of [...Object.values(SECTOR_COLOURS), ...ORGANISATION_COLOURS]) {
      expect(contrastRatio(PAPER, strong), strong).toBeGreaterThanOrEqual(7);
    }
    const people = Object.keys(SECTOR_COLOURS).map((s, i) =>
      person(`p${i}`, `Org ${i}`, s as Participant['sector']),
    );
    for (const by of ['sector', 'organisation'] as const) {
      for (const c of tagColours(people, by).values()) {
        expect(contrastRatio(INK, c.tint), c.tint).toBeGreaterThanOrEqual(7);
      }
    }
    expect(contrastRatio(INK, NO_AUTHOR.tint)).toBeGreaterThanOrEqual(7);
  });

  it('colour by sector, or by organisation with one colour per organisation', () => {
    const people = [
      person('a', 'Herning Kommune', 'municipality'),
      person('b', 'Ikast-Brande Kommune', 'municipality'),
      person('c', 'Herning Kommune', 'municipality'),
    ];
    const bySector = tagColours(people, 'sector');
    expect(bySector.get('a')).toEqual(bySector.get('b'));
    const byOrg = tagColours(people, 'organisation');
    expect(byOrg.get('a')).toEqual(byOrg.get('c'));
    expect(byOrg.get('a')).not.toEqual(byOrg.get('b'));
  });

  it('follow the setting when the console has one, by sector otherwise', () => {
    expect(wallColouring(null)).toBe('sector');
    expect(wallColouring({ language: 'da', recent: [] })).toBe('sector');
    expect(wallColouring({ projectorWallColour: 'organisation' })).toBe('organisation');
    expect(wallColouring({ projectorWallColour: 'rainbow' })).toBe('sector');
  });
});
