import { useMemo, useRef, type ReactNode } from 'react';
import type { Idea } from '../../../../shared/model/ideas';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';
import { useTranslation } from '../../i18n/i18n';
import { range } from '../paging/fitPanel';
import { PageBar } from '../paging/PageBar';
import { LAYERS } from '../paging/projectorPaging';
import { pagesOf, usePanelFit, useShowPage } from '../paging/usePanelFit';
import { useProjectorPage } from '../paging/useProjectorPage';
import { IdeaCard } from './IdeaCard';
import { orgTag, type People } from './people';
import { NO_AUTHOR, type TagColours } from './wallColours';

interface Props {
  /** Names the view, so its page is its own (the point's id). */
  viewKey: string;
  ideas: readonly Idea[];
  people: People;
  colours: ReadonlyMap<string, TagColours>;
  sectorLabel: (participantId: string) => string;
  /** Names the colours in words, on the heading's line. */
  legend?: ReactNode;
}

/**
 * The growing idea wall, oldest first. The type shrinks as the wall fills, down to the floor;
 * then the wall pages, and it shows the newest page while the facilitator has not turned back.
 */
export function IdeaWall({ viewKey, ideas, people, colours, sectorLabel, legend }: Props) {
  const { t } = useTranslation();
  const wall = useRef<HTMLOListElement>(null);
  const newestId = ideas.at(-1)?.id;
  const keys = useMemo(() => ideas.map((i) => i.id), [ideas]);
  // The cards hyphenate themselves; when the patterns arrive, the wall is fitted again.
  const hy = useHyphenate();
  const fit = usePanelFit(wall, keys, () => range(5.5), [ideas, people, colours, hy]);
  const { page, pages } = useProjectorPage(viewKey, pagesOf(fit), {
    layer: LAYERS.view,
    start: 'last',
  });
  useShowPage(wall, fit, page);

  return (
    <section className="pr-wall-panel" aria-label={t('projectorRooms.developing.wall')}>
      <h2 className="pr-label">
        {t('projectorRooms.developing.ideas', { count: ideas.length })}
        {legend}
      </h2>
      <ol className="pr-wall" ref={wall} data-testid="pr-wall">
        {ideas.map((idea) => {
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
      <PageBar page={page} pages={pages} />
    </section>
  );
}
