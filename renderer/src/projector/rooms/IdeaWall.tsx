import { useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Idea } from '../../../../shared/model/ideas';
import { fitFontSize, hideUntilFits, overflows, vh } from './fit';
import { IdeaCard } from './IdeaCard';
import { orgTag, type People } from './people';
import { useFit } from './useFit';
import { NO_AUTHOR, type TagColours } from './wallColours';

/**
 * Even at the type floor no more than about 40 cards fit a wall, so older ones are never laid
 * out: one idea more costs the same with 50 ideas or 2,000.
 */
const MAX_LAID_OUT = 60;

interface Props {
  ideas: readonly Idea[];
  people: People;
  colours: ReadonlyMap<string, TagColours>;
  sectorLabel: (participantId: string) => string;
  /** Names the colours in words, on the heading's line. */
  legend?: ReactNode;
}

interface Fit {
  px: number;
  visible: number;
  count: number;
  /** Cards shown by the last full fit: quick fits may show up to two fewer before the next. */
  fitted: number;
}

/**
 * The growing idea wall, oldest first. The type shrinks as the wall fills, down to 3 % of the
 * window height; from then on the oldest cards make way and the heading says how many.
 */
export function IdeaWall({ ideas, people, colours, sectorLabel, legend }: Props) {
  const { t } = useTranslation();
  const wall = useRef<HTMLOListElement>(null);
  const last = useRef<Fit | null>(null);
  const laidOut = useMemo(() => ideas.slice(-MAX_LAID_OUT), [ideas]);
  const newestId = ideas.at(-1)?.id;

  const hiddenByFit = useFit(
    (reason) => {
      const el = wall.current;
      if (!el) return 0;
      const cards = [...el.querySelectorAll<HTMLElement>('[data-testid="pr-idea-card"]')];
      const fits = () => !overflows(el);
      const showNewest = (visible: number) =>
        cards.forEach((c, i) => (c.hidden = i < cards.length - visible));
      const keep = (px: number, visible: number, fitted = visible) => {
        last.current = { px, visible, count: ideas.length, fitted };
        return cards.length - visible;
      };
      // One idea more on a full wall: the same type and number of cards usually still fit, or
      // one card fewer (a longer idea), which takes one or two layouts instead of twenty.
      const prev = last.current;
      if (reason === 'change' && prev && prev.visible < prev.count && ideas.length > prev.count) {
        el.style.fontSize = `${prev.px}px`;
        for (const visible of [prev.visible, prev.visible - 1]) {
          if (visible < 1 || visible < prev.fitted - 2) break;
          showNewest(visible);
          if (fits()) return keep(prev.px, visible, prev.fitted);
        }
      }
      showNewest(cards.length);
      let px = fitFontSize(el, vh(3), vh(5.5), fits);
      const hidden = hideUntilFits(cards, fits, 'start');
      // The cards that stay may then grow into the room the hidden ones leave.
      if (hidden > 0) px = fitFontSize(el, vh(3), vh(5.5), fits);
      return keep(px, cards.length - hidden);
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
          return (
            <IdeaCard
              key={idea.id}
              idea={idea}
              tag={orgTag(author) || (author ? sectorLabel(author.id) : '')}
              colours={(idea.authorId && colours.get(idea.authorId)) || NO_AUTHOR}
              isNewest={idea.id === newestId}
            />
          );
        })}
      </ol>
    </section>
  );
}
