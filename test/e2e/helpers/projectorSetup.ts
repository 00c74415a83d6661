import type { Page } from '@playwright/test';

/** Sends host requests over the page's own WebSocket, as the console would, in order. */
export async function hostRequests(
  page: Page,
  requests: { name: string; payload?: unknown }[],
): Promise<void> {
  const failures = await page.evaluate(async (list) => {
    const ws = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/ws`);
    await new Promise((resolve, reject) => {
      ws.onopen = resolve;
      ws.onerror = reject;
    });
    const failed: string[] = [];
    for (const [i, request] of list.entries()) {
      const answer = new Promise<{ ok: boolean; error?: { message: string } }>((resolve) => {
        ws.onmessage = (message: MessageEvent<string>) => {
          const data = JSON.parse(message.data) as {
            id?: number;
            response?: { ok: boolean; error?: { message: string } };
          };
          if (data.id === i + 1 && data.response) resolve(data.response);
        };
      });
      ws.send(JSON.stringify({ id: i + 1, ...request }));
      const response = await answer;
      if (!response.ok) failed.push(`${request.name}: ${response.error?.message ?? '?'}`);
    }
    ws.close();
    return failed;
  }, requests);
  if (failures.length > 0) throw new Error(failures.join('\n'));
}

/** Dispatches commands one after the other. */
export function dispatch(page: Page, commands: object[]): Promise<void> {
  return hostRequests(
    page,
    commands.map((payload) => ({ name: 'dispatch', payload })),
  );
}

export function setSettings(page: Page, changes: object): Promise<void> {
  return hostRequests(page, [{ name: 'updateSettings', payload: changes }]);
}

/** A running decision point with a few participants, in the clarifying room. */
export const RUNNING_POINT = [
  {
    type: 'workshop.update',
    title: 'Sammenhængende udskrivelse',
    date: '2026-03-12',
    startTime: '09:00',
    place: 'Regionshuset, Viborg',
  },
  {
    type: 'participant.add',
    participant: {
      id: 'anne',
      name: 'Anne Kjær',
      title: 'Afdelingssygeplejerske',
      organisation: 'Regionshospitalet Viborg',
      sector: 'hospital',
      present: true,
    },
  },
  {
    type: 'participant.add',
    participant: {
      id: 'bo',
      name: 'Bo Lund',
      title: 'Praktiserende læge',
      organisation: 'Lægehuset Viby',
      sector: 'general-practice',
      present: true,
    },
  },
  {
    type: 'agenda.add',
    point: {
      id: 'p1',
      title: 'Velkomst',
      purpose: 'orientation',
      plannedMinutes: 10,
      presenter: 'Mette Sørensen',
    },
  },
  {
    type: 'agenda.add',
    point: {
      id: 'p2',
      title: 'Fælles tjekliste for udskrivelsen',
      purpose: 'decision',
      plannedMinutes: 40,
      presenter: 'Carla Nørgaard',
    },
  },
];

export const START_POINT = [{ type: 'point.start', id: 'p2' }];

/** Work in the rooms, so the projector shows the rooms' content areas too. */
export const ROOM_WORK = [
  {
    type: 'point.setClarification',
    id: 'p2',
    changes: {
      problem: 'Patienten kommer hjem uden at kommunen ved det, og medicinen er ikke afstemt.',
      citizenPerspective: 'Jeg vil vide, hvem jeg skal ringe til den første uge.',
    },
  },
  {
    type: 'question.add',
    pointId: 'p2',
    question: { id: 'q1', text: 'Hvem ejer medicinlisten ved udskrivelsen?', askedBy: 'bo' },
  },
  { type: 'idea.add', id: 'i1', pointId: 'p2', text: 'Fælles tjekliste', authorId: 'anne' },
  { type: 'idea.add', id: 'i2', pointId: 'p2', text: 'Ring til egen læge', authorId: 'bo' },
  {
    type: 'position.add',
    pointId: 'p2',
    position: { id: 'x1', kind: 'disagreement', text: 'Hvem betaler?', heldBy: 'bo' },
  },
];
