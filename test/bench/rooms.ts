// Rooms benchmarks (issue 4): the idea-killer matcher on a 200-character text, the host-side
// cost of adding an idea to a workshop with 2,000 ideas, 300 clusters and 500 actions (command
// check + reduce, what precedes the journal and the broadcast), and in Chromium the projector
// update and the walls' render after one more idea (ideaWallBench.ts), and the projector's
// re-fit of the developing room at 40 real ideas (projectorFitBench.ts).
// Runs alone (`node --import tsx test/bench/rooms.ts`) or from run.ts. Informs; never fails.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freeze } from 'immer';
import { findIdeaKiller } from '../../shared/ideaKillers/matcher';
import { WorkshopSchema } from '../../shared/model/workshop';
import { parseCommand, reduce } from '../../shared/reducer';
import { runIdeaWallBench } from './ideaWallBench';
import { runProjectorFitBench } from './projectorFitBench';
import { LIVE_POINT, roomsWorkshop } from './roomsWorkshop';
import { formatTable, percentile, type Figure } from './stats';

const TEXTS = [
  'Jeg tænker at vi kunne lave en fælles tjekliste til udskrivelsen, men ærligt talt, det har vi jo prøvet før på medicinsk afdeling og det gik ikke.',
  'Hvad nu hvis kommunens visitator ringer til borgeren dagen efter udskrivelsen og spørger til medicinen, så vi fanger problemerne tidligt nok?',
  "We could share one medication list between the GP and the ward, though honestly I think it won't work in practice with our systems today.",
].map((t) => t.padEnd(200, ' .').slice(0, 200));

function sample(n: number, run: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    run();
    out.push(performance.now() - t0);
  }
  return out;
}

export interface RoomsBenchOptions {
  samples?: number;
  /** Skip the Chromium figures (e.g. where no browser or build is at hand). */
  browser?: boolean;
  log?: (text: string) => void;
}

export async function runRoomsBench({
  samples = 2_000,
  browser = true,
  log = () => undefined,
}: RoomsBenchOptions = {}): Promise<Figure[]> {
  let hits = 0;
  sample(200, () => TEXTS.forEach((t) => (hits += findIdeaKiller(t) ? 1 : 0)));
  const matcher = sample(samples, () => {
    hits += findIdeaKiller(TEXTS[hits % TEXTS.length]!) ? 1 : 0;
  });

  // Frozen, as the host's DocumentStore holds it: immer then leaves the untouched parts alone
  // (unfrozen, it would freeze all 2,000 ideas after every command).
  const workshop = freeze(roomsWorkshop(), true);
  let n = 0;
  const command = () => ({
    type: 'idea.add',
    id: `bench-${n++}`,
    pointId: LIVE_POINT,
    text: 'Fælles tjekliste',
    authorId: null,
  });
  // What the host does per command: check the command, reduce (no whole-workshop check).
  const addIdea = sample(200, () => reduce(workshop, parseCommand(command()), { now: Date.now() }));
  const fullCheck = sample(50, () => WorkshopSchema.parse(workshop));
  const figures: Figure[] = [
    {
      name: 'idea-killer matcher, 200-character text',
      statistic: `p95 of ${samples}`,
      value: percentile(matcher, 95),
      unit: 'ms',
      target: 1,
    },
    {
      name: 'add an idea in the host (2,000 ideas, 300 clusters, 500 actions)',
      statistic: 'p95 of 200',
      value: percentile(addIdea, 95),
      unit: 'ms',
      target: null,
      note: `median ${percentile(addIdea, 50).toFixed(2)} ms; command check + reduce; the whole-workshop schema check it no longer runs per command takes p95 ${percentile(fullCheck, 95).toFixed(1)} ms`,
    },
  ];
  if (browser) {
    log('Idea walls in Chromium (2,000 ideas) …');
    figures.push(...(await runIdeaWallBench()));
    log('Projector fit at 40 ideas in Chromium …');
    figures.push(...(await runProjectorFitBench()));
  }
  return figures;
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(formatTable(await runRoomsBench({ log: (t) => process.stderr.write(`${t}\n`) })));
}
