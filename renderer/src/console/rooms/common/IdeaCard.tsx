import { memo, useRef, useState, type ReactNode } from 'react';
import { useDrag } from 'react-dnd';
import type { Idea } from '../../../../../shared/model/ideas';
import type { Participant } from '../../../../../shared/model/workshop';
import { oneLine, useGrowToFit } from '../../../common/CommitText';
import { useSend } from '../../../common/hostContext';
import { useHyphenate } from '../../../common/hyphenation/useHyphenate';
import { useTranslation } from '../../../i18n/i18n';
import { DND_IDEA, type IdeaDragItem } from './dnd';
import { PersonTag } from './PersonTag';
import { useCan } from '../../../common/roleContext';
import { IDEA_MAX } from '../../../../../shared/model/textLimits';

interface Props {
  idea: Idea;
  author: Participant | undefined;
  colour: string | undefined;
  selected?: boolean;
  /** Stable across renders (useCallback), so unchanged cards skip rendering. */
  onSelect?: (id: string, selected: boolean) => void;
  /** Extra controls beside edit and remove (e.g. "to cluster …" in the negotiating room). */
  children?: ReactNode;
}

/** One idea: text, who gave it and their organisation; edit in place, remove; draggable. */
export const IdeaCard = memo(function IdeaCard({
  idea,
  author,
  colour,
  selected,
  onSelect,
  children,
}: Props) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  const send = useSend();
  const mayRemove = useCan('idea.remove');
  const [editing, setEditing] = useState<string | null>(null);
  const editBox = useRef<HTMLTextAreaElement | null>(null);
  useGrowToFit(editBox, editing ?? '');
  const [{ isDragging }, drag] = useDrag<IdeaDragItem, unknown, { isDragging: boolean }>(
    () => ({
      type: DND_IDEA,
      item: { kind: 'idea', id: idea.id, text: idea.text },
      canDrag: () => editing === null,
      collect: (m) => ({ isDragging: m.isDragging() }),
    }),
    [idea.id, idea.text, editing],
  );

  function finish(save: boolean): void {
    const text = editing?.trim() ?? '';
    setEditing(null);
    if (save && text && text !== idea.text)
      void send({ type: 'idea.update', id: idea.id, changes: { text } });
  }

  return (
    <li
      ref={(el) => void drag(el)}
      className={`rw-idea-card${selected ? ' is-selected' : ''}${isDragging ? ' is-dragging' : ''}`}
      style={{ borderLeftColor: colour }}
      data-testid="rw-idea-card"
      data-idea-id={idea.id}
    >
      <div className="rw-idea-top">
        {onSelect ? (
          <input
            type="checkbox"
            data-testid="rw-idea-select"
            checked={selected ?? false}
            aria-label={t('roomsWork.wall.select', { text: idea.text })}
            onChange={(e) => onSelect(idea.id, e.target.checked)}
          />
        ) : null}
        {editing !== null ? (
          // An idea is one paragraph of up to 500 characters: the box wraps and grows to show
          // all of it; Enter saves, as before.
          <textarea
            ref={editBox}
            className="commit-text rw-idea-edit-input"
            data-testid="rw-idea-edit-input"
            autoFocus
            rows={1}
            value={editing}
            maxLength={IDEA_MAX}
            aria-label={t('roomsWork.wall.editLabel')}
            onFocus={(e) => {
              // Caret at the end, as in the one-line field this was: ready to add to the idea.
              const end = e.currentTarget.value.length;
              e.currentTarget.setSelectionRange(end, end);
            }}
            onChange={(e) => setEditing(oneLine(e.target.value))}
            onBlur={() => finish(true)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                e.preventDefault();
                finish(true);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                finish(false);
              }
            }}
          />
        ) : (
          <p className="rw-idea-text" onDoubleClick={() => setEditing(idea.text)}>
            {hy(idea.text)}
          </p>
        )}
        <span className="rw-idea-actions">
          {children}
          <button
            type="button"
            className="rw-icon-button"
            data-testid="rw-idea-edit"
            aria-label={t('roomsWork.wall.edit', { text: idea.text })}
            title={t('roomsWork.edit')}
            onClick={() => setEditing(idea.text)}
          >
            ✎
          </button>
          {mayRemove ? (
            <button
              type="button"
              className="rw-icon-button"
              data-testid="rw-idea-remove"
              aria-label={t('roomsWork.removeLabel', { text: idea.text })}
              title={t('roomsWork.remove')}
              onClick={() => void send({ type: 'idea.remove', id: idea.id })}
            >
              ×
            </button>
          ) : null}
        </span>
      </div>
      <div className="rw-idea-meta">
        {idea.authorId ? <PersonTag person={author} colour={colour} /> : null}
      </div>
    </li>
  );
});
