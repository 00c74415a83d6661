import type { Command } from '../../../shared/commands';
import {
  ACTIONS,
  CONCLUSIONS,
  PEOPLE,
  POINT_TITLES,
} from '../../../test/fixtures/corpus/sentences';
import { FakeAuthoredHost } from './fakeAuthoredHost';
import { createWorkshopStore } from './workshopStore';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Test support: a meeting on a FakeAuthoredHost with one point, two conclusions (`c0`, and
 * `c1` holding CONCLUSIONS[6]) and an action (`a1`), as the store first fetched it.
 */
export async function authoredMeeting(pointId: string) {
  const host = new FakeAuthoredHost();
  const commands: Command[] = [
    {
      type: 'agenda.add',
      point: {
        id: pointId,
        title: POINT_TITLES.proposal,
        purpose: 'decision',
        plannedMinutes: 30,
        presenter: PEOPLE[1]!.name,
      },
    },
    { type: 'conclusion.add', pointId, conclusion: { id: 'c0', text: CONCLUSIONS[2] } },
    { type: 'conclusion.add', pointId, conclusion: { id: 'c1', text: CONCLUSIONS[6] } },
    { type: 'action.add', action: { id: 'a1', what: ACTIONS[0] } },
  ] as Command[];
  for (const command of commands) host.apply(command);
  const store = createWorkshopStore(host);
  await flush();
  return { host, store };
}
