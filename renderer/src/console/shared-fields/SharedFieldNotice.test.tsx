import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { CONCLUSIONS, PEOPLE } from '../../../../test/fixtures/corpus/sentences';
import type { Editor } from '../../../../shared/team/contract';
import type { FieldConflict } from './fieldConflict';
import { SharedFieldNotice } from './SharedFieldNotice';
import { SharedFieldStatus } from './SharedFieldStatus';
import type { SharedField } from './useSharedField';

const ANNEMARIE = PEOPLE[3]!.name;
const THEIRS = `${CONCLUSIONS[6]} Sekretariatet refererer til Sundhedsstyregruppen.`;

function field(others: Editor[], conflict: FieldConflict | null): SharedField {
  return {
    key: 'conclusion:c1',
    others,
    conflict,
    hold: conflict !== null,
    focused: true,
    onFocus: () => undefined,
    onBlur: () => undefined,
    setConflict: () => undefined,
    lastAuthor: () => ({ kind: 'unknown' }),
  };
}

const html = (f: SharedField) =>
  renderToStaticMarkup(
    <SharedFieldNotice field={f} onKeep={() => undefined} onTake={() => undefined} />,
  );
const text = (markup: string) => markup.replace(/<[^>]+>/g, '');

// The page's language store needs a browser: the Danish strings are read directly.
vi.mock('../../i18n/i18n', () => import('../../i18n/danishForTests'));

describe('under a shared field', () => {
  it('shows nothing while the user is alone in it', () => {
    const alone = renderToStaticMarkup(
      <SharedFieldStatus
        field={field([], null)}
        onKeep={() => undefined}
        onTake={() => undefined}
      />,
    );
    expect(alone).toBe('');
  });

  it('names who else is in the field, the facilitator by role', () => {
    const markup = html(
      field(
        [
          { deviceId: 'facilitator', role: 'facilitator', name: '', field: 'conclusion:c1' },
          { deviceId: 'd2', role: 'cofacilitator', name: ANNEMARIE, field: 'conclusion:c1' },
        ],
        null,
      ),
    );
    expect(markup).toContain('data-testid="field-editors"');
    expect(text(markup)).toContain(`Facilitatoren og ${ANNEMARIE} skriver her også`);
    expect(markup).not.toContain('field-conflict');
  });

  it('shows who changed the text, their text, and the two choices', () => {
    const markup = html(field([], { by: { kind: 'device', name: ANNEMARIE }, theirs: THEIRS }));
    expect(markup).toContain('data-testid="field-conflict"');
    expect(text(markup)).toContain(`${ANNEMARIE} ændrede dette`);
    expect(text(markup)).toContain(THEIRS);
    expect(markup).toContain('data-testid="field-conflict-keep"');
    expect(markup).toContain('data-testid="field-conflict-take"');
    expect(text(markup)).toContain('Behold min');
    expect(text(markup)).toContain('Tag deres');
  });

  it('says “Facilitatoren” when the facilitator made the change', () => {
    const markup = html(field([], { by: { kind: 'facilitator' }, theirs: THEIRS }));
    expect(text(markup)).toContain('Facilitatoren ændrede dette');
  });
});
