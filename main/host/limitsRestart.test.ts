import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands';
import { serializeDocument } from '../../shared/document/format';
import type { Workshop } from '../../shared/model/workshop';
import { meeting } from '../../shared/testing/commandCases';
import { readyExercise } from '../../shared/exercises/readyExercise';
import { listing, useTempDirs } from '../platform/testing/tempDirs';
import { DocumentStore } from './documentStore';

/**
 * Limits survive a restart: a workshop at a limit, past one (hand-edited, repaired on opening),
 * or brought to one by commands, opens after SIGTERM and after SIGKILL as the same workshop,
 * with nothing moved aside and nothing repaired twice.
 */
const tempDir = useTempDirs();
const here = path.dirname(fileURLToPath(import.meta.url));
const child = path.join(here, 'testing', 'limitsChild.ts');
const repoRoot = path.resolve(here, '..', '..');
const NAME = 'Workshop 1.dialogrum';

const exercise = (id: string) => ({
  id,
  kind: 'custom' as const,
  title: `Øvelse ${id}`,
  question: '',
  prompts: [],
  steps: [{ id: `${id}-1`, kind: 'plenary' as const, title: '', prompt: '', minutes: 5 }],
});
const storedExercise = (id: string) => readyExercise(exercise(id));
const responseId = (i: number) => `r${String(i).padStart(5, '0')}`;

/** `meeting()` with `exercises` on pt1, `responses`, series `number` and a title of `titleLength`. */
function workshopWith(exercises: number, responses: number, number: number, titleLength: number) {
  const w = JSON.parse(JSON.stringify(meeting())) as Workshop;
  w.agenda[0]!.exercises = Array.from({ length: exercises }, (_, i) => storedExercise(`e${i}`));
  w.evaluation.responses = Array.from({ length: responses }, (_, i) => ({
    id: responseId(i),
    formId: 'pataevaers' as const,
    scores: { pt9: 4 },
  }));
  w.series = { id: 's1', number, meetings: [], followUpPointId: null };
  w.title = 'T'.repeat(titleLength);
  return w;
}

const cases: { label: string; workshop: Workshop; commands: Command[]; repaired: boolean }[] = [
  {
    label: 'at every limit',
    workshop: workshopWith(50, 5_000, 999, 200),
    commands: [{ type: 'workshop.update', place: 'Aalborg' }],
    repaired: false,
  },
  {
    label: 'past every limit (hand-edited)',
    workshop: workshopWith(51, 5_010, 1000, 250),
    commands: [{ type: 'workshop.update', place: 'Aalborg' }],
    repaired: true,
  },
  {
    label: 'brought to every limit by commands',
    workshop: workshopWith(49, 4_999, 999, 10),
    commands: [
      { type: 'exercise.add', pointId: 'pt1', exercise: exercise('e49') },
      {
        type: 'evaluation.score',
        responseId: responseId(4_999),
        formId: 'pataevaers',
        scores: { pt9: 5 },
        fromPaper: true,
      },
      { type: 'workshop.update', title: 'T'.repeat(200) },
    ],
    repaired: false,
  },
];

/** Run the child until it is ready, then send `signal`; resolves with its state when it is gone. */
function runAndStop(dir: string, file: string, commands: Command[], signal: NodeJS.Signals) {
  const commandsFile = path.join(dir, 'commands.json');
  const stateOut = path.join(dir, 'state.json');
  fs.writeFileSync(commandsFile, JSON.stringify(commands));
  return new Promise<Workshop>((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', child, dir, file, commandsFile, stateOut],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) proc.kill(signal);
    });
    proc.on('error', reject);
    proc.on('close', (code, got) => {
      const stopped = signal === 'SIGTERM' ? code === 0 : got === 'SIGKILL';
      if (!stopped)
        reject(new Error(`child ended with ${code ?? got}, not by ${signal}:\n${stderr}`));
      else resolve(JSON.parse(fs.readFileSync(stateOut, 'utf8')) as Workshop);
    });
  });
}

describe.each(cases)('a workshop $label', ({ workshop, commands, repaired }) => {
  it.each(['SIGTERM', 'SIGKILL'] as const)(
    'reopens as the same workshop after %s, nothing moved aside',
    async (signal) => {
      const dir = tempDir();
      const file = path.join(dir, NAME);
      const written = serializeDocument(workshop, 7, new Date());
      fs.writeFileSync(file, written);
      const before = await runAndStop(dir, file, commands, signal);
      expect(before.place === 'Aalborg' || before.title.length === 200).toBe(true);
      expect(before.agenda[0]!.exercises).toHaveLength(50);
      expect(before.evaluation.responses).toHaveLength(5_000);

      const reopened = await DocumentStore.open(file);
      expect(reopened.workshop).toEqual(before);
      expect(reopened.warnings).toEqual([]); // no damage, and no second repair
      await reopened.close();
      const names = listing(dir);
      expect(names.filter((n) => n.includes('corrupt'))).toEqual([]);
      const kept = names.filter((n) => n.includes('before-repair'));
      expect(kept).toHaveLength(repaired ? 1 : 0);
      // The hand-edited original, byte for byte.
      if (repaired) expect(fs.readFileSync(path.join(dir, kept[0]!), 'utf8')).toBe(written);
    },
    30_000,
  );
});
