import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Idea } from '../../../../shared/model/ideas';
import type { TagColours } from './wallColours';

interface Props {
  idea: Idea;
  tag: string;
  colours: TagColours;
  isNewest: boolean;
}

/** One card of the wall; memoised, so adding an idea renders one new card, not the wall. */
export const IdeaCard = memo(function IdeaCard({ idea, tag, colours, isNewest }: Props) {
  const { t } = useTranslation();
  return (
    <li
      className={`pr-idea${isNewest ? ' is-newest' : ''}`}
      data-testid="pr-idea-card"
      data-idea-id={idea.id}
      data-newest={isNewest || undefined}
      style={{ '--tag': colours.strong, '--card': colours.tint } as CSSProperties}
    >
      <p className="pr-idea-text">{idea.text}</p>
      <p className="pr-idea-meta">
        {tag ? <span className="pr-tag">{tag}</span> : null}
        {isNewest ? <span className="pr-new">{t('projectorRooms.developing.newest')}</span> : null}
      </p>
    </li>
  );
});
