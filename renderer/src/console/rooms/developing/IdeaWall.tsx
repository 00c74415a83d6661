import { memo, useCallback, useMemo, useState } from 'react';
import type { AgendaPoint } from '../../../../../shared/model/workshop';
import { useSend } from '../../../common/hostContext';
import { useTranslation } from '../../../i18n/i18n';
import { IdeaCard } from '../common/IdeaCard';
import type { People } from '../common/people';
import { WallControls, type WallView } from '../common/WallControls';
import { mergeText } from '../logic/mergeText';
import { IDEA_MAX } from '../../../../../shared/model/textLimits';
import { useCan } from '../../../common/roleContext';
import { sameSlice, type WorkshopSlice } from '../../workshopSlice';

/**
 * Cards shown before "show all": the newest first, so each new idea moves every card shown (at
 * 120, typing an idea at 2,000 ideas took 60-65 ms to paint, p95; at 48, 41-47 ms). Eight rows
 * on a full-HD console, more than a screen on a laptop.
 */
const WALL_PAGE = 48;

const KEYS = ['ideas', 'agenda', 'participants'] as const;

interface Props {
  workshop: WorkshopSlice<(typeof KEYS)[number]>;
  point: AgendaPoint;
  people: People;
  colours: ReadonlyMap<string, string>;
  view: WallView;
  onView: (view: WallView) => void;
}

/** The point's ideas, newest first: filter by organisation, select two or more to merge. */
export const IdeaWall = memo(function IdeaWall({
  workshop,
  point,
  people,
  colours,
  view,
  onView,
}: Props) {
  const { t } = useTranslation();
  const send = useSend();
  const [selected, setSelected] = useState<string[]>([]);
  const [merged, setMerged] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const toggle = useCallback(
    (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id))),
    [],
  );
  // Worked out when the ideas or the filter change, not when the selection does.
  const ideas = useMemo(
    () => workshop.ideas.filter((i) => i.pointId === point.id),
    [workshop.ideas, point.id],
  );
  const { organisation } = view;
  const shown = useMemo(
    () =>
      ideas
        .filter(
          (i) =>
            organisation === '' ||
            (i.authorId !== null && people.get(i.authorId)?.organisation.trim() === organisation),
        )
        .reverse(),
    [ideas, organisation, people],
  );
  // A long wall shows its newest cards first; the rest on request, so typing stays quick.
  const visible = showAll ? shown : shown.slice(0, WALL_PAGE);
  const mayMerge = useCan('idea.merge');
  const chosen = selected.filter((id) => ideas.some((i) => i.id === id));
  const otherPoints = workshop.agenda.filter((p) => p.id !== point.id && p.kind !== 'break');
  const suggestion = mergeText(chosen.map((id) => ideas.find((i) => i.id === id)?.text ?? ''));

  async function merge(): Promise<void> {
    const [id, ...sourceIds] = chosen;
    const text = (merged ?? suggestion).trim();
    if (!id || sourceIds.length === 0 || !text) return;
    if (await send({ type: 'idea.merge', id, sourceIds, text: text.slice(0, 500) })) {
      setSelected([]);
      setMerged(null);
    }
  }

  async function move(pointId: string): Promise<void> {
    if (!pointId) return;
    // One command per idea: each can be undone on its own.
    for (const id of chosen) await send({ type: 'idea.move', id, pointId });
    setSelected([]);
  }

  return (
    <section className="rw-section" aria-labelledby="rw-wall-heading">
      <div className="rw-section-head">
        <h3 id="rw-wall-heading" className="rw-heading">
          {t('roomsWork.wall.heading')}{' '}
          <span className="rw-count" data-testid="rw-idea-count">
            {ideas.length}
          </span>
        </h3>
        <WallControls participants={workshop.participants} view={view} onView={onView} />
      </div>
      {shown.length === 0 ? (
        <p className="empty">
          {ideas.length ? t('roomsWork.wall.noneFiltered') : t('roomsWork.wall.empty')}
        </p>
      ) : (
        <ul className="rw-wall">
          {visible.map((idea) => (
            <IdeaCard
              key={idea.id}
              idea={idea}
              author={idea.authorId ? people.get(idea.authorId) : undefined}
              colour={idea.authorId ? colours.get(idea.authorId) : undefined}
              selected={chosen.includes(idea.id)}
              // Merging and moving ideas is the co-facilitator's (issue 16), not the referent's.
              onSelect={mayMerge ? toggle : undefined}
            />
          ))}
        </ul>
      )}
      {shown.length > visible.length ? (
        <button
          type="button"
          className="button button-small rw-show-all"
          data-testid="rw-wall-show-all"
          onClick={() => setShowAll(true)}
        >
          {t('roomsWork.wall.showAll', { count: shown.length })}
        </button>
      ) : null}
      {chosen.length > 0 ? (
        <div className="rw-merge-bar" data-testid="rw-merge-bar">
          <span className="rw-selected-count">
            {t('roomsWork.wall.selected', { count: chosen.length })}
          </span>
          {otherPoints.length > 0 ? (
            <select
              className="rw-mini-select"
              data-testid="rw-idea-move"
              value=""
              aria-label={t('roomsWork.wall.move', { count: chosen.length })}
              onChange={(e) => void move(e.target.value)}
            >
              <option value="">{t('roomsWork.wall.moveTo')}</option>
              {otherPoints.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          ) : null}
          {chosen.length >= 2 ? (
            <>
              <label className="field rw-grow">
                <span className="field-label">
                  {t('roomsWork.wall.mergeText', { count: chosen.length })}
                </span>
                <input
                  data-testid="rw-merge-text"
                  value={merged ?? suggestion}
                  maxLength={IDEA_MAX}
                  onChange={(e) => setMerged(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      void merge();
                    }
                  }}
                />
              </label>
              <button
                type="button"
                className="button button-primary"
                data-testid="rw-merge"
                onClick={() => void merge()}
              >
                {t('roomsWork.wall.merge')}
              </button>
            </>
          ) : (
            <span className="hint">{t('roomsWork.wall.mergeHint')}</span>
          )}
          <button
            type="button"
            className="button button-quiet"
            data-testid="rw-selection-clear"
            onClick={() => setSelected([])}
          >
            {t('roomsWork.cancel')}
          </button>
        </div>
      ) : null}
    </section>
  );
}, sameSlice(KEYS));
