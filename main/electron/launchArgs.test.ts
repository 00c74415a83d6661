import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentArg } from './launchArgs';

describe('documentArg', () => {
  it('finds the workshop file among the arguments, resolved against the working directory', () => {
    expect(documentArg(['/usr/bin/dialogrum', 'Kick-off.dialogrum'], '/home/k')).toBe(
      path.resolve('/home/k', 'Kick-off.dialogrum'),
    );
    expect(documentArg(['electron', '.', '/tmp/A.DIALOGRUM'], '/x')).toBe('/tmp/A.DIALOGRUM');
  });

  it('ignores switches, the executable and other files', () => {
    expect(documentArg(['electron', '.', '--no-sandbox'], '/x')).toBeNull();
    expect(documentArg(['/opt/a.dialogrum'], '/x')).toBeNull();
    expect(documentArg(['app', '--flag=b.dialogrum', 'notes.txt'], '/x')).toBeNull();
  });
});
