import path from 'node:path';
import { DOCUMENT_EXTENSION } from './documentActions';

/**
 * The workshop file a launch asks for: double-clicking a `.dialogrum` file (Windows, Linux) starts
 * the app with its path among the arguments; Chromium's own switches start with `-`.
 */
export function documentArg(argv: readonly string[], workingDirectory: string): string | null {
  const file = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(`.${DOCUMENT_EXTENSION}`))
    .at(-1);
  return file === undefined ? null : path.resolve(workingDirectory, file);
}
