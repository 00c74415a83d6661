import type { Command } from '../commands';
import { emptyWorkshop, type Workshop } from '../model/workshop';
import { reduce } from '../reducer';

/** Test helpers: run commands against a workshop with a fixed clock. Used only by tests. */
export function run(state: Workshop, commands: Command[], now = 1_000): Workshop {
  return commands.reduce((s, c, i) => reduce(s, c, { now: now + i }).state, state);
}

export const PEOPLE = [
  {
    id: 'p1',
    name: 'Anne Holm',
    title: 'Afdelingssygeplejerske',
    organisation: 'Aalborg Universitetshospital',
    sector: 'hospital',
  },
  {
    id: 'p2',
    name: 'Bo Madsen',
    title: 'Sundhedschef',
    organisation: 'Aalborg Kommune',
    sector: 'municipality',
  },
  {
    id: 'p3',
    name: 'Carla Jensen',
    title: 'Praktiserende læge',
    organisation: 'Lægehuset Vestergade',
    sector: 'general-practice',
  },
  {
    id: 'p4',
    name: 'Dorte Nielsen',
    title: 'Konsulent',
    organisation: 'Region Nordjylland',
    sector: 'region',
  },
] as const;

/** A workshop with four present participants and one running decision point, "pt1". */
export function runningWorkshop(): Workshop {
  return run(emptyWorkshop('w1'), [
    ...PEOPLE.map((p) => ({
      type: 'participant.add' as const,
      participant: { ...p, present: true },
    })),
    {
      type: 'agenda.add',
      point: {
        id: 'pt1',
        title: 'Udskrivelse',
        purpose: 'decision',
        plannedMinutes: 40,
        presenter: 'Anne',
      },
    },
    {
      type: 'agenda.add',
      point: {
        id: 'pt2',
        title: 'Eventuelt',
        purpose: 'orientation',
        plannedMinutes: 5,
        presenter: '',
      },
    },
    { type: 'point.start', id: 'pt1' },
  ]);
}
