import { useMemo, useRef } from 'react';
import type { PositionKind } from '../../../../shared/model/contributions';
import type { AgendaPoint, Workshop } from '../../../../shared/model/workshop';
import { dotResults } from '../../../../shared/selectors/dotResults';
import type { ProjectorFocus } from '../../../../shared/settings';
import { useHyphenate } from '../../common/hyphenation/useHyphenate';
import { useSettings } from '../../common/useSettings';
import { useTranslation } from '../../i18n/i18n';
import { range } from '../paging/fitPanel';
import { PageBar } from '../paging/PageBar';
import { LAYERS } from '../paging/projectorPaging';
import { pagesOf, usePanelFit, useShowPage } from '../paging/usePanelFit';
import { useProjectorPage } from '../paging/useProjectorPage';
import { clipWords } from './clipWords';
import { Icon } from './icons';
import type { People } from './people';

const KIND_ICON: Record<PositionKind, 'speech' | 'check' | 'bolt' | 'star'> = {
  position: 'speech',
  feedback: 'star',
  agreement: 'check',
  disagreement: 'bolt',
};

/** A dot result names its idea or cluster; the idea stands whole in the clusters' list. */
const DOT_LABEL_MAX = 90;

type Part = Exclude<ProjectorFocus, 'all'>;

interface Props {
  point: AgendaPoint;
  workshop: Workshop;
  people: People;
}

/**
 * The negotiating room: the clusters with every idea in them beside the results (the
 * conclusion, the positions with disagreements marked, the dot results as bars), all four
 * together; or the one part the facilitator focuses from the console. The type shrinks to the
 * floor before a list pages.
 */
export function NegotiatingContent({ point, workshop, people }: Props) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  const { projectorFocus } = useSettings();
  const main = useRef<HTMLOListElement>(null);
  const side = useRef<HTMLOListElement>(null);

  const ideas = useMemo(
    () => workshop.ideas.filter((i) => i.pointId === point.id),
    [workshop.ideas, point.id],
  );
  const clusters = useMemo(
    () =>
      workshop.clusters
        .filter((c) => c.pointId === point.id)
        .map((c) => ({ ...c, ideas: ideas.filter((i) => i.clusterId === c.id) })),
    [workshop.clusters, ideas, point.id],
  );
  const unclustered = useMemo(() => ideas.filter((i) => i.clusterId === null), [ideas]);
  const results = useMemo(
    () =>
      dotResults(point.id, workshop.ideas, workshop.clusters, workshop.dots).filter(
        (r) => r.dots > 0,
      ),
    [point.id, workshop.ideas, workshop.clusters, workshop.dots],
  );
  const maxDots = results[0]?.dots ?? 1;

  const hasIdeas = clusters.length > 0 || ideas.length > 0;
  const present: Part[] = [
    ...(hasIdeas ? (['clusters', 'dots'] as const) : []),
    ...(point.positions.length > 0 ? (['positions'] as const) : []),
    ...(point.conclusions.length > 0 ? (['conclusions'] as const) : []),
  ];
  const focus: ProjectorFocus =
    projectorFocus !== 'all' && present.includes(projectorFocus) ? projectorFocus : 'all';
  const has = (part: Part) => present.includes(part) && (focus === 'all' || focus === part);

  // Together: the clusters on the left, the results (dots, positions, conclusion) on the right,
  // each paging on its own, so the results stay in view while the clusters page. Focused: the
  // one part in two columns.
  const together = focus === 'all' && has('clusters');
  const mainKeys = useMemo(
    () =>
      focus === 'all' || focus === 'clusters'
        ? [
            ...clusters.flatMap((c) => [`cluster:${c.id}`, ...c.ideas.map((i) => i.id)]),
            ...unclustered.map((i) => i.id),
          ]
        : [focus],
    [focus, clusters, unclustered],
  );
  const sideKeys = useMemo(
    () => [
      ...point.conclusions.map((c) => c.id),
      ...point.positions.map((p) => p.id),
      ...results.map((r) => `${r.targetId}:${r.dots}`),
    ],
    [results, point.positions, point.conclusions],
  );
  const layout = [focus, together, point.positions, point.conclusions, people, hy];
  const maxPercent = focus === 'all' ? 3.6 : 4.4;
  const mainFit = usePanelFit(main, mainKeys, () => range(maxPercent), [
    clusters,
    sideKeys,
    ...layout,
  ]);
  const sideFit = usePanelFit(side, sideKeys, () => range(maxPercent), layout);
  const { page, pages } = useProjectorPage(
    `room:${point.id}:negotiating:${focus}`,
    pagesOf(mainFit, sideFit),
    { layer: LAYERS.view, start: 'first' },
  );
  useShowPage(main, mainFit, page);
  useShowPage(side, sideFit, page);

  const partHead = (part: Part, label: string, note?: string) => (
    <li className="pr-part-head" data-pr-part={part} data-keep-with-next>
      <h2 className="pr-label">
        {label}
        {note ? <span className="pr-note">{note}</span> : null}
      </h2>
    </li>
  );
  const idea = (i: (typeof ideas)[number]) => (
    <li key={i.id} className="pr-cluster-idea" data-idea-id={i.id} data-pr-item={`idea:${i.id}`}>
      {hy(i.text)}
    </li>
  );

  // The conclusion first, then the positions, then the dots: when the right column pages,
  // what the group has arrived at stays on its first page.
  const resultParts = (
    <>
      {has('conclusions') ? (
        <>
          {partHead('conclusions', t('projectorRooms.negotiating.conclusion'))}
          {point.conclusions.map((c) => (
            <li
              key={c.id}
              data-testid="pr-conclusion"
              className="pr-conclusion"
              data-pr-item={`conclusion:${c.id}`}
            >
              <Icon name="check" />
              <span>{hy(c.text)}</span>
            </li>
          ))}
        </>
      ) : null}
      {has('positions') ? (
        <>
          {partHead('positions', t('projectorRooms.negotiating.positions'))}
          {point.positions.map((p) => {
            const by = p.heldBy ? people.get(p.heldBy) : undefined;
            return (
              <li
                key={p.id}
                className={`pr-position is-${p.kind}`}
                data-testid="pr-position"
                data-kind={p.kind}
                data-pr-item={`position:${p.id}`}
              >
                <span className="pr-kind">
                  <Icon name={KIND_ICON[p.kind]} />
                  {t(`projectorRooms.negotiating.kinds.${p.kind}`)}
                </span>
                <span className="pr-position-text">{hy(p.text)}</span>
                {by ? <span className="pr-by">{by.name}</span> : null}
              </li>
            );
          })}
        </>
      ) : null}
      {has('dots') ? (
        <>
          {partHead(
            'dots',
            t('projectorRooms.negotiating.dots'),
            results.length === 0 ? t('projectorRooms.negotiating.noDots') : undefined,
          )}
          {results.map((r) => (
            <li
              key={r.targetId}
              className="pr-dot-result"
              data-testid="pr-dot-result"
              data-target-id={r.targetId}
              data-dots={r.dots}
              data-pr-item={`dots:${r.targetId}`}
            >
              <span className="pr-dot-bar">
                <span className="pr-dot-label">
                  {r.label
                    ? hy(clipWords(r.label, DOT_LABEL_MAX))
                    : t('projectorRooms.negotiating.unnamed')}
                </span>
                <span className="pr-dot-track">
                  <span className="pr-dot-fill" style={{ width: `${(100 * r.dots) / maxDots}%` }} />
                </span>
              </span>
              <span className="pr-dot-count">
                {t('projectorRooms.negotiating.dotCount', { count: r.dots })}
              </span>
            </li>
          ))}
        </>
      ) : null}
    </>
  );

  return (
    <div className="pr-negotiating" data-focus={focus} data-together={together}>
      <div className="pr-negotiating-grid">
        <ol className="pr-negotiating-list pr-list" ref={main}>
          {has('clusters') ? (
            <>
              {/* Together, the clusters' own heads say what the left column holds. */}
              {together
                ? null
                : partHead(
                    'clusters',
                    t('projectorRooms.negotiating.clusters', { count: clusters.length }),
                    unclustered.length > 0
                      ? t('projectorRooms.negotiating.unclustered', { count: unclustered.length })
                      : undefined,
                  )}
              {clusters.map((c) => [
                <li
                  key={c.id}
                  className="pr-cluster-head"
                  data-keep-with-next
                  data-testid="pr-cluster"
                  data-cluster-id={c.id}
                  data-pr-item={`cluster:${c.id}`}
                >
                  <span className="pr-cluster-name">
                    {c.name ? hy(c.name) : t('projectorRooms.negotiating.unnamed')}
                  </span>
                  <span className="pr-cluster-count">
                    {t('projectorRooms.developing.ideas', { count: c.ideas.length })}
                  </span>
                </li>,
                ...c.ideas.map(idea),
              ])}
              {unclustered.length > 0 ? (
                <li
                  className="pr-cluster-head is-unclustered"
                  data-pr-part="unclustered"
                  data-keep-with-next
                >
                  <span className="pr-cluster-name">
                    {t('projectorRooms.negotiating.unclustered', { count: unclustered.length })}
                  </span>
                </li>
              ) : null}
              {unclustered.map(idea)}
            </>
          ) : null}
          {together ? null : resultParts}
        </ol>
        {together ? (
          <ol className="pr-negotiating-side pr-list" ref={side}>
            {resultParts}
          </ol>
        ) : null}
      </div>
      <PageBar page={page} pages={pages} />
    </div>
  );
}
