// DEV ONLY: a realistic Danish workshop (DOMAIN.md §4–5), sent as ordinary commands.
let n = 0;
const id = (prefix) => `${prefix}-${++n}`;

export async function seedWorkshop(host) {
  const send = (command) => host.request('dispatch', command);
  await send({
    type: 'workshop.update',
    title: 'Tværsektorielt samarbejdsforum – Klynge Vest',
    date: '2026-11-26',
    startTime: '09:00',
    place: 'Regionshuset Viborg, mødelokale 3',
    facilitator: 'Mette Holm',
    secretary: 'Jonas Krogh',
  });
  const people = [
    ['Anne Sørensen', 'Afdelingssygeplejerske', 'Hospitalsenheden Vest', true],
    ['Peter Lund', 'Sundhedschef', 'Herning Kommune', true],
    ['Karin Bach', 'Praktiserende læge', 'Lægehuset Ikast', false],
    ['Lars Mikkelsen', 'Konsulent', 'Region Midtjylland', true],
    ['Fatima Ahmed', 'Borgerrepræsentant', 'Patientforeningen', true],
  ];
  for (const [name, title, organisation, present] of people) {
    await send({
      type: 'participant.add',
      participant: { id: id('p'), name, title, organisation, present },
    });
  }
  const agenda = [
    ['Velkomst og godkendelse af dagsorden', 'orientation', 10, 'Mette Holm'],
    ['Oplæg: Udskrivelser fredag eftermiddag', 'orientation', 30, 'Anne Sørensen'],
    ['Hvordan styrker vi selv ledelse på tværs af sektorer?', 'development', 40, 'Mette Holm'],
    ['Pause', 'orientation', 15, ''],
    ['Fælles forløbskoordinator – skal vi prøve det?', 'decision', 25, 'Peter Lund'],
    ['Opsamling og fælles refleksion', 'development', 25, 'Mette Holm'],
    ['Eventuelt og afslutning', 'orientation', 5, 'Mette Holm'],
  ];
  const ids = [];
  for (const [title, purpose, plannedMinutes, presenter] of agenda) {
    const pointId = id('a');
    ids.push(pointId);
    await send({
      type: 'agenda.add',
      point: { id: pointId, title, purpose, plannedMinutes, presenter },
    });
  }
  return ids;
}
