import { useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Idea } from '../../../../shared/model/ideas';
import { fitFontSize, hideUntilFits, overflows, vh } from './fit';
import { orgTag, type People } from './people';
import { useFit } from './useFit';
import { NO_AUTHOR, type TagColours } from './wallColours';

/**
 * Even at the type floor no more than this many cards fit a 1920x1080 wall, so older ones are
 * never laid out: the wall stays one frame to render with thousands of ideas.
 */
const MAX_LAID_OUT = 90;

interface Props {
  ideas: readonly Idea[];
  people: People;
  colours: ReadonlyMap<string, TagColours>;
  sectorLabel: (participantId: string) => string;
  /** Names the colours in words, on the heading's line. */
  legend?: ReactNode;
}

/**
 * The growing idea wall, oldest first. The type shrinks as the wall fills, down to 3 % of the
 * window height; from then on the oldest cards make way and the heading says how many.
 */
export function IdeaWall({ ideas, people, colours, sectorLabel, legend }: Props) {
  const { t } = useTranslation();
  const wall = useRef<HTMLOListElement>(null);
  const laidOut = useMemo(() => ideas.slice(-MAX_LAID_OUT), [ideas]);
  const newestId = ideas.at(-1)?.id;

  const hiddenByFit = useFit(
    () => {
      const el = wall.current;
      if (!el) return 0;
      const cards = [...el.querySelectorAll<HTMLElement>('[data-testid="pr-idea-card"]')];
      for (const c of cards) c.hidden = false;
      const fits = () => !overflows(el);
      fitFontSize(el, vh(3), vh(5.5), fits);
      const hidden = hideUntilFits(cards, fits, 'start');
      // The cards that stay may then grow into the room the hidden ones leave.
      if (hidden > 0) fitFontSize(el, vh(3), vh(5.5), fits);
      return hidden;
    },
    [laidOut, people, colours],
    0,
  );
  const older = ideas.length - laidOut.length + hiddenByFit;

  return (
    <section className="pr-wall-panel" aria-label={t('projectorRooms.developing.wall')}>
      <h2 className="pr-label">
        {t('projectorRooms.developing.ideas', { count: ideas.length })}
        {older > 0 ? (
          <span className="pr-note" data-testid="pr-wall-older">
            {t('projectorRooms.developing.olderHidden', { count: older })}
          </span>
        ) : null}
        {legend}
      </h2>
      <ol className="pr-wall" ref={wall} data-testid="pr-wall">
        {laidOut.map((idea) => {
          const author = idea.authorId ? people.get(idea.authorId) : undefined;
          const c = (idea.authorId && colours.get(idea.authorId)) || NO_AUTHOR;
          const tag = orgTag(author) || (author ? sectorLabel(author.id) : '');
          const isNewest = idea.id === newestId;
          return (
            <li
              key={idea.id}
              className={`pr-idea${isNewest ? ' is-newest' : ''}`}
              data-testid="pr-idea-card"
              data-idea-id={idea.id}
              data-newest={isNewest || undefined}
              style={{ '--tag': c.strong, '--card': c.tint } as CSSProperties}
            >
              <p className="pr-idea-text">{idea.text}</p>
              <p className="pr-idea-meta">
                {tag ? <span className="pr-tag">{tag}</span> : null}
                {isNewest ? (
                  <span className="pr-new">{t('projectorRooms.developing.newest')}</span>
                ) : null}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
