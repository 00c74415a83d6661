import { describe, expect, it } from 'vitest';
import { notesBlocks } from '../../../../shared/exporters/notesBlocks';
import { bulletEnter } from './bulletEnter';

/** Type `text` with the caret at its end, press Enter, then type `more`. */
function typeOn(text: string, more: string): string {
  const edited = bulletEnter(text, text.length);
  if (!edited) return `${text}\n${more}`;
  return edited.text.slice(0, edited.caret) + more + edited.text.slice(edited.caret);
}

describe('Enter in the notes', () => {
  it('goes on with the bullet of the line, so the minutes get one list', () => {
    let text = 'Pointer fra mødet:\n- Der er behov for tydelighed omkring roller og opgaver.';
    text = typeOn(text, 'Fællessekretariatet skal sikres et tydeligt mandat');
    expect(text).toBe(
      'Pointer fra mødet:\n- Der er behov for tydelighed omkring roller og opgaver.\n- Fællessekretariatet skal sikres et tydeligt mandat',
    );
    expect(notesBlocks(text)[1]).toEqual({
      kind: 'bullets',
      items: [
        'Der er behov for tydelighed omkring roller og opgaver.',
        'Fællessekretariatet skal sikres et tydeligt mandat',
      ],
    });
  });

  it('keeps the bullet as typed, and gives a pasted • its space', () => {
    expect(typeOn('  • Datadeling', 'Klyngetelefon')).toBe('  • Datadeling\n  • Klyngetelefon');
    expect(typeOn('•Datadeling', 'Klyngetelefon')).toBe('•Datadeling\n• Klyngetelefon');
  });

  it('ends the list on an empty bullet, leaving an empty line to write on', () => {
    const text = '- Psykiatri\n- ';
    expect(bulletEnter(text, text.length)).toEqual({ text: '- Psykiatri\n', caret: 12 });
  });

  it('is an ordinary line break in a paragraph, before the bullet and at "-5"', () => {
    expect(bulletEnter('Bo Madsen introducerede forslaget.', 34)).toBeNull();
    expect(bulletEnter('- Datadeling', 1)).toBeNull();
    expect(bulletEnter('-5 % færre genindlæggelser', 26)).toBeNull();
  });

  it('splits a bullet in the middle into two bullets', () => {
    const text = '- Datadeling Klyngetelefon';
    expect(bulletEnter(text, 13)).toEqual({ text: '- Datadeling \n- Klyngetelefon', caret: 16 });
  });
});
