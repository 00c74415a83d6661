// Rooms benchmarks (issue 4), the parts measurable outside a browser: the idea-killer matcher on
// a 200-character text, and the host-side cost of adding an idea to a workshop with 2,000 ideas
// and 500 actions (reduce + schema check, what precedes the journal and the broadcast).
// Runs alone (`node --import tsx test/bench/rooms.ts`) or from run.ts. Informs; never fails.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findIdeaKiller } from '../../shared/ideaKillers/matcher';
import { WorkshopSchema } from '../../shared/model/workshop';
import { reduce } from '../../shared/reducer';
import { bigWorkshop } from '../fixtures/exports/bigWorkshop';
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

export function runRoomsBench(samples = 2_000): Figure[] {
  let hits = 0;
  sample(200, () => TEXTS.forEach((t) => (hits += findIdeaKiller(t) ? 1 : 0)));
  const matcher = sample(samples, () => {
    hits += findIdeaKiller(TEXTS[hits % TEXTS.length]!) ? 1 : 0;
  });

  const workshop = bigWorkshop({ actions: 500, ideas: 2_000 });
  const pointId = workshop.agenda[0]!.id;
  let n = 0;
  const addIdea = sample(200, () => {
    const applied = reduce(
      workshop,
      { type: 'idea.add', id: `bench-${n++}`, pointId, text: 'Fælles tjekliste', authorId: null },
      { now: Date.now() },
    );
    WorkshopSchema.parse(applied.state);
  });
  return [
    {
      name: 'idea-killer matcher, 200-character text',
      statistic: `p95 of ${samples}`,
      value: percentile(matcher, 95),
      unit: 'ms',
      target: 1,
    },
    {
      name: 'add an idea in the host (2,000 ideas, 500 actions)',
      statistic: 'p95 of 200',
      value: percentile(addIdea, 95),
      unit: 'ms',
      target: null,
      note: 'reduce + schema check; the projector update in Chromium is not in this bench yet',
    },
  ];
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(formatTable(runRoomsBench()));
}
