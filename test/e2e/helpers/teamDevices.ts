import type { Browser, BrowserContext, Page } from '@playwright/test';
import { PEOPLE, POINT_TITLES } from '../../fixtures/corpus/sentences';
import type { PageErrors } from './fixtures';
import type { HostSocket } from './hostSocket';

/** Issue 16's end-to-end tests: another laptop, or the room PC, in its own browser context. */
export interface Device {
  context: BrowserContext;
  page: Page;
}

export async function openDevice(
  browser: Browser,
  url: string,
  errors: PageErrors,
  viewport = { width: 1440, height: 900 },
): Promise<Device> {
  const context = await browser.newContext({ viewport, locale: 'da-DK' });
  const page = await context.newPage();
  errors.watch(page);
  await page.goto(url);
  return { context, page };
}

export const FORUM_POINT = 'pt-proposal';
export const forumPersonId = (k: number) => `d${k + 1}`;

/** A director forum from the corpus with `people` participants, its proposal point running. */
export async function setUpForum(host: HostSocket, people: number): Promise<void> {
  await host.dispatch({ type: 'workshop.update', title: 'Direktørforum for Aarhus-klyngen' });
  for (const [k, person] of PEOPLE.slice(0, people).entries()) {
    await host.dispatch({
      type: 'participant.add',
      participant: { id: forumPersonId(k), ...person, present: true },
    });
  }
  await host.dispatch({
    type: 'agenda.add',
    point: {
      id: FORUM_POINT,
      title: POINT_TITLES.proposal,
      purpose: 'decision',
      plannedMinutes: 45,
      presenter: 'Claus Thomsen',
    },
  });
  await host.dispatch({ type: 'point.start', id: FORUM_POINT });
}
