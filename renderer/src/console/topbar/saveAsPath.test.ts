import { describe, expect, it } from 'vitest';
import { saveAsPath } from './saveAsPath';

describe('saveAsPath', () => {
  it('puts the file beside the open one, with the extension', () => {
    expect(saveAsPath('/home/ida/Dialogrum/Workshop 1.dialogrum', 'Forum maj')).toBe(
      '/home/ida/Dialogrum/Forum maj.dialogrum',
    );
    expect(saveAsPath('C:\\Users\\ida\\Dialogrum\\Workshop 1.dialogrum', 'x.dialogrum')).toBe(
      'C:\\Users\\ida\\Dialogrum\\x.dialogrum',
    );
  });

  it('keeps the name inside the folder', () => {
    expect(saveAsPath('/d/a.dialogrum', '../../etc/passwd')).toBe('/d/-..-etc-passwd.dialogrum');
    expect(saveAsPath('/d/a.dialogrum', '..')).toBeNull();
    expect(saveAsPath('/d/a.dialogrum', '   ')).toBeNull();
  });
});
