import fs from 'node:fs/promises';
import path from 'node:path';
import { CliError, EXIT } from './exitCodes';

/**
 * What the app keeps beside a workshop `<file>` (main/host): `<file>.journal`, `<file>.bak`, and
 * copies moved or kept aside, `<file>[.journal].corrupt-…`, `.before-repair-…`, `.recovered-…`.
 */
const BESIDE = /^(journal|bak)$|^(journal\.)?(corrupt|before-repair|recovered)-/;

/** The path with every existing part's symlinks resolved; parts that do not exist yet kept as given. */
async function resolveLoosely(target: string): Promise<string> {
  try {
    return await fs.realpath(target);
  } catch {
    const parent = path.dirname(target);
    if (parent === target) return target;
    return path.join(await resolveLoosely(parent), path.basename(target));
  }
}

function flipCase(name: string): string {
  return [...name].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
}

/** Whether the disk holding `file` (which exists) ignores case: the name with its case flipped is the same file. */
export async function isCaseInsensitiveAt(file: string): Promise<boolean> {
  for (let probe = file; path.dirname(probe) !== probe; probe = path.dirname(probe)) {
    const name = path.basename(probe);
    const flipped = flipCase(name);
    if (flipped === name) continue; // no letters to flip: try the folder above
    try {
      const [a, b] = await Promise.all([
        fs.stat(probe),
        fs.stat(path.join(path.dirname(probe), flipped)),
      ]);
      return a.dev === b.dev && a.ino === b.ino;
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Refuse an output path that is the workshop `input` itself or a file the app keeps beside it
 * (writing there would destroy the workshop or what recovers it). Paths are compared as the file
 * system sees them: symlinks and `..` resolved, and without case where the disk ignores case.
 */
export async function refuseProtectedOutput(input: string, target: string): Promise<void> {
  const inputs = new Set([
    await resolveLoosely(input),
    await fs.realpath(input).catch(() => input),
  ]);
  const ignoreCase = await isCaseInsensitiveAt(input);
  const fold = (p: string) => (ignoreCase ? p.normalize('NFC').toLocaleLowerCase() : p);
  const resolved = fold(await resolveLoosely(target));
  for (const each of inputs) {
    const base = fold(each);
    if (resolved === base) {
      throw new CliError(
        EXIT.outputIsInput,
        `--out ${target} is the workshop file itself; write the export elsewhere.`,
      );
    }
    if (resolved.startsWith(`${base}.`) && BESIDE.test(resolved.slice(base.length + 1))) {
      throw new CliError(
        EXIT.outputIsInput,
        `--out ${target} is a file Dialogrum keeps beside the workshop (its journal, backup or a ` +
          'copy kept aside); write the export elsewhere.',
      );
    }
  }
}
