import { memo, type CSSProperties } from 'react';
import type { Idea } from '../../../../shared/model/ideas';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';
import { useTranslation } from '../../i18n/i18n';
import type { TagColours } from './wallColours';

interface Props {
  idea: Idea;
  tag: string;
  colours: TagColours;
  isNewest: boolean;
}

/** Long ideas get wider cards, so a 300-character idea is not a tall ribbon of short lines. */
function lengthClass(text: string): 'short' | 'long' | 'longer' {
  return text.length > 200 ? 'longer' : text.length > 90 ? 'long' : 'short';
}

/** One card of the wall; memoised, so adding an idea renders one new card, not the wall. */
export const IdeaCard = memo(function IdeaCard({ idea, tag, colours, isNewest }: Props) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  return (
    <li
      className={`pr-idea${isNewest ? ' is-newest' : ''}`}
      data-testid="pr-idea-card"
      data-idea-id={idea.id}
      data-pr-item={`idea:${idea.id}`}
      data-length={lengthClass(idea.text)}
      data-newest={isNewest || undefined}
      style={{ '--tag': colours.strong, '--card': colours.tint } as CSSProperties}
    >
      <p className="pr-idea-text">{hy(idea.text)}</p>
      <p className="pr-idea-meta">
        {tag ? <span className="pr-tag">{hy(tag)}</span> : null}
        {isNewest ? <span className="pr-new">{t('projectorRooms.developing.newest')}</span> : null}
      </p>
    </li>
  );
});
