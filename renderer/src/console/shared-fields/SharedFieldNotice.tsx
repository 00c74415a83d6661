import type { MouseEvent } from 'react';
import type { Editor } from '../../../../shared/team/contract';
import { localeFor, useTranslation, type TFunction } from '../../i18n/i18n';
import type { FieldConflict } from './fieldConflict';
import type { SharedField } from './useSharedField';
import './sharedFields.css';

/** The facilitator's own name is not sent: the screens say "Facilitatoren". */
function editorName(editor: Editor, t: TFunction): string {
  return editor.role === 'facilitator' || !editor.name ? t('sharedField.facilitator') : editor.name;
}

function conflictLine(conflict: FieldConflict, t: TFunction): string {
  const { by } = conflict;
  if (by.kind === 'device') return t('sharedField.changedBy', { name: by.name });
  if (by.kind === 'facilitator')
    return t('sharedField.changedBy', { name: t('sharedField.facilitator') });
  return t('sharedField.changedBySomeone');
}

// The buttons keep the cursor in the field: the user's draft and its place stay where they were.
const keepFocus = (e: MouseEvent) => e.preventDefault();

/**
 * Under a shared field: who else is in it (`field-editors`), and a change of someone else's that
 * arrived under the user's draft (`field-conflict`), with keep mine (`field-conflict-keep`) and
 * take theirs (`field-conflict-take`). Loaded the first time there is something to say
 * (SharedFieldStatus).
 */
export function SharedFieldNotice({
  field,
  onKeep,
  onTake,
}: {
  field: SharedField;
  onKeep: () => void;
  onTake: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { others, conflict } = field;
  const names = new Intl.ListFormat(localeFor(i18n.language), { type: 'conjunction' }).format(
    others.map((e) => editorName(e, t)),
  );
  return (
    <div className="shared-field-status">
      {others.length > 0 ? (
        <p className="field-editors" data-testid="field-editors" data-count={others.length}>
          <span className="field-editors-dot" aria-hidden="true" />
          {t('sharedField.alsoHere', { names })}
        </p>
      ) : null}
      {conflict ? (
        <div className="field-conflict" role="alert" data-testid="field-conflict">
          <p className="field-conflict-line">{conflictLine(conflict, t)}</p>
          <p className="field-conflict-theirs">
            <span className="visually-hidden">{t('sharedField.theirText')} </span>
            {conflict.theirs || t('sharedField.theirEmpty')}
          </p>
          <div className="field-conflict-buttons">
            <button
              type="button"
              className="button button-small"
              data-testid="field-conflict-keep"
              onMouseDown={keepFocus}
              onClick={onKeep}
            >
              {t('sharedField.keep')}
            </button>
            <button
              type="button"
              className="button button-small button-quiet"
              data-testid="field-conflict-take"
              onMouseDown={keepFocus}
              onClick={onTake}
            >
              {t('sharedField.take')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
