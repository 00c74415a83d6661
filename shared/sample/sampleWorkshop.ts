import type { Command } from '../commands';
import { emptyWorkshop, type Workshop } from '../model/workshop';
import { reduce } from '../reducer';
import { SAMPLE_ID_PREFIX } from './sampleId';

/**
 * The first-run sample (issue 7): a cross-sector meeting on a patient pathway, in Danish, so a
 * new facilitator can try the four rooms at once. Built with the real commands, so it is a
 * workshop like any other the app could have made.
 */

const DAY_MS = 24 * 60 * 60_000;

/** A week from `now`, as the workshop's yyyy-mm-dd date. */
function aWeekFrom(now: number): string {
  return new Date(now + 7 * DAY_MS).toISOString().slice(0, 10);
}

export function sampleWorkshopCommands(now: number): Command[] {
  const person = (
    id: string,
    name: string,
    title: string,
    organisation: string,
    sector: 'hospital' | 'municipality' | 'general-practice' | 'region',
    present = true,
  ): Command => ({
    type: 'participant.add',
    participant: { id, name, title, organisation, sector, present },
  });
  return [
    {
      type: 'workshop.update',
      title: 'Sammenhængende forløb ved udskrivelse af ældre medicinske patienter',
      date: aWeekFrom(now),
      startTime: '09:00',
      place: 'Regionshuset Viborg, mødelokale 2',
      facilitator: 'Mette Sørensen',
      secretary: 'Jonas Holm',
    },
    person('anne', 'Anne Kjær', 'Afdelingssygeplejerske', 'Regionshospitalet Viborg', 'hospital'),
    person(
      'peter',
      'Peter Bach',
      'Overlæge, Medicinsk Afdeling',
      'Regionshospitalet Viborg',
      'hospital',
    ),
    person('carla', 'Carla Nørgaard', 'Sundhedschef', 'Viborg Kommune', 'municipality'),
    person('lise', 'Lise Mortensen', 'Visitator, Hjemmeplejen', 'Viborg Kommune', 'municipality'),
    person('bo', 'Bo Lund', 'Praktiserende læge', 'Lægehuset i Viborg', 'general-practice'),
    // Sent regrets (AFBUD): the minutes list him as such.
    person(
      'dan',
      'Dan Østergaard',
      'Konsulent, Sundhedsplanlægning',
      'Region Midtjylland',
      'region',
      false,
    ),
    {
      type: 'agenda.add',
      point: {
        id: 'velkomst',
        title: 'Velkomst og status siden sidst',
        purpose: 'orientation',
        plannedMinutes: 10,
        presenter: 'Mette Sørensen',
        description: 'Godkendelse af dagsorden og status på aftalerne fra sidste møde.',
      },
    },
    {
      type: 'agenda.add',
      point: {
        id: 'udfordringer',
        title: 'Hvor knækker forløbet ved udskrivelsen i dag?',
        purpose: 'development',
        plannedMinutes: 30,
        presenter: 'Anne Kjær',
        description: 'Patientens vej fra afdelingen til eget hjem, set fra hver sektor.',
      },
    },
    {
      type: 'agenda.add',
      point: {
        id: 'tjekliste',
        title: 'Fælles tjekliste for udskrivelsessamtalen',
        purpose: 'decision',
        plannedMinutes: 40,
        presenter: 'Carla Nørgaard',
        description: 'Beslutning om en fælles tjekliste og hvem der afprøver den først.',
      },
    },
    {
      type: 'agenda.add',
      point: {
        id: 'eventuelt',
        title: 'Opfølgning, næste møde og eventuelt',
        purpose: 'orientation',
        plannedMinutes: 10,
        presenter: 'Mette Sørensen',
      },
    },
  ];
}

/** The sample workshop with id `sample-<suffix>`, built by the reducer from the commands. */
export function buildSampleWorkshop(suffix: string, now: number): Workshop {
  return sampleWorkshopCommands(now).reduce(
    (state, command) => reduce(state, command, { now }).state,
    emptyWorkshop(`${SAMPLE_ID_PREFIX}${suffix}`),
  );
}
