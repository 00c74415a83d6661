import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import { PresenceStatus } from '../../shared-fields/PresenceStatus';
import { useSharedField } from '../../shared-fields/useSharedField';

/**
 * The add row under a room's list: a text field, any fields of the list's own (`children`, e.g.
 * who asked), and Add. Enter adds; the field empties once the host has taken the item.
 * Test ids: `${testId}-text`, `${testId}-add`. The field says who else is typing in it
 * (`fieldKey`, e.g. `questions:<pointId>:new`), so two people do not add the same item.
 */
export function AddTextForm({
  label,
  placeholder,
  testId,
  fieldKey,
  maxLength,
  onAdd,
  children,
}: {
  label: string;
  placeholder: string;
  testId: string;
  /** The field's name for presence (issue 16), the same on every screen. */
  fieldKey: string;
  /** The schema's limit for the item's text (shared/model/textLimits.ts). */
  maxLength: number;
  /** Gets the trimmed text; true when the host took it. */
  onAdd: (text: string) => Promise<boolean>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const shared = useSharedField(fieldKey);

  async function add(e: FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    const clean = text.trim();
    if (!clean) return;
    if (await onAdd(clean)) setText('');
  }

  return (
    <form className="rw-add-row" onSubmit={(e) => void add(e)}>
      <label className="field rw-grow">
        <span className="field-label">{label}</span>
        <input
          data-testid={`${testId}-text`}
          value={text}
          maxLength={maxLength}
          placeholder={placeholder}
          onChange={(e) => setText(e.target.value)}
          onFocus={shared.onFocus}
          onBlur={shared.onBlur}
        />
      </label>
      {children}
      <button
        type="submit"
        className="button"
        data-testid={`${testId}-add`}
        disabled={!text.trim()}
      >
        {t('roomsWork.add')}
      </button>
      <PresenceStatus field={shared} />
    </form>
  );
}

/** Remove, on a list item; its accessible name says which item. */
export function RemoveItemButton({
  text,
  testId,
  onRemove,
}: {
  text: string;
  testId: string;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button-quiet button-small"
      data-testid={testId}
      aria-label={t('roomsWork.removeLabel', { text })}
      onClick={onRemove}
    >
      {t('roomsWork.remove')}
    </button>
  );
}
