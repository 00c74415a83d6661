import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { POINT_NOTES_MAX } from '../../../../shared/model/textLimits';
import type { AgendaPoint } from '../../../../shared/model/workshop';
import { useTranslation } from '../../i18n/i18n';
import { resolveConflict } from '../shared-fields/fieldConflict';
import { fieldPaths } from '../shared-fields/fieldPaths';
import { SharedFieldStatus } from '../shared-fields/SharedFieldStatus';
import { useFieldConflict, useSharedField } from '../shared-fields/useSharedField';
import { bulletEnter } from './bulletEnter';
import { useNotesDraft } from './useNotesDraft';
import './notes.css';

interface Props {
  workshopId: string;
  point: AgendaPoint;
  /** The text area's accessible name: "Referat til Ad 2. …". */
  label: string;
  /** Where the running point's panel reaches the field, to put the cursor in it. */
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  autoFocus?: boolean;
}

/**
 * The notes of one point, for the minutes: plain text, paragraphs and lines that start with
 * "-" or "•" (bullets). Enter makes a new line (the next bullet on a bullet line); the text is
 * sent on blur or Ctrl+Enter. Escape does nothing here: a long text is not thrown away by a key.
 * The referent may write here too (issue 16): the field says who else is in it, and a change of
 * theirs under an unsent draft asks before either text is lost (field key `notes:<pointId>`).
 */
export function NotesEditor({ workshopId, point, label, textareaRef, autoFocus }: Props) {
  const { t } = useTranslation();
  const shared = useSharedField(`notes:${point.id}`, fieldPaths.point(point.id, 'notes'));
  const notes = useNotesDraft(workshopId, point);
  useFieldConflict(shared, point.notes, notes.unsent);
  const fallback = useRef<HTMLTextAreaElement | null>(null);
  const own = textareaRef ?? fallback;
  const caret = useRef<number | null>(null);

  // After a bullet was continued: the caret goes after the new bullet.
  useLayoutEffect(() => {
    if (caret.current === null || !own.current) return;
    own.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [notes.text, own]);

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>): void {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.altKey || e.shiftKey) return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      void notes.commit();
      return;
    }
    const el = e.currentTarget;
    if (el.selectionStart !== el.selectionEnd) return;
    const edited = bulletEnter(el.value, el.selectionStart);
    if (!edited || edited.text.length > POINT_NOTES_MAX) return;
    e.preventDefault();
    caret.current = edited.caret;
    notes.setText(edited.text);
  }

  function keep(): void {
    shared.setConflict(null);
    if (resolveConflict('keep', notes.unsent, shared.focused).sendNow) void notes.commit();
  }

  function take(): void {
    shared.setConflict(null);
    if (resolveConflict('take', notes.unsent, shared.focused).draft === null) notes.drop();
  }

  return (
    <div className="notes-editor">
      <textarea
        ref={own}
        className="notes-area"
        data-testid="notes-area"
        data-point-id={point.id}
        aria-label={label}
        autoFocus={autoFocus}
        rows={4}
        maxLength={POINT_NOTES_MAX}
        spellCheck
        placeholder={t('pointNotes.placeholder')}
        value={notes.text}
        onChange={(e) => notes.setText(e.target.value)}
        onFocus={shared.onFocus}
        onBlur={() => {
          shared.onBlur();
          // While a change of someone else's is asked about, the draft waits for the choice.
          if (!shared.hold) void notes.commit();
        }}
        onKeyDown={onKeyDown}
      />
      <p className="notes-status" data-testid="notes-status" data-saved={!notes.unsaved}>
        {notes.unsaved ? (
          <span className="notes-unsaved">{t('pointNotes.unsaved')}</span>
        ) : notes.text !== '' ? (
          <span>{t('pointNotes.saved')}</span>
        ) : null}
        <span>{t('pointNotes.hint')}</span>
      </p>
      <SharedFieldStatus field={shared} onKeep={keep} onTake={take} />
      {notes.restored ? (
        <p className="notes-restored" role="status">
          {t('pointNotes.restored')}
        </p>
      ) : null}
    </div>
  );
}
