import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionKind } from '../../../../shared/model/contributions';
import type { AgendaPoint, Workshop } from '../../../../shared/model/workshop';
import { dotResults } from '../../../../shared/selectors/dotResults';
import { fitFontSize, hideUntilFits, overflows, vh } from './fit';
import { Icon } from './icons';
import type { People } from './people';
import { useFit } from './useFit';

/** Enough bars to see the ranking; the rest are in the console and the record. */
const TOP_DOTS = 7;
/** More than a screen holds, so hundreds of clusters or positions never slow the projector. */
const MAX_LAID_OUT = 30;
/** A cluster shows its first ideas on one line each; the name says what it holds. */
const IDEAS_PER_CLUSTER = 2;

const KIND_ICON: Record<PositionKind, 'speech' | 'check' | 'bolt' | 'star'> = {
  position: 'speech',
  feedback: 'star',
  agreement: 'check',
  disagreement: 'bolt',
};

interface Props {
  point: AgendaPoint;
  workshop: Workshop;
  people: People;
}

/** Clusters with their ideas; the dot results as bars; positions (disagreements marked); the conclusion. */
export function NegotiatingContent({ point, workshop, people }: Props) {
  const { t } = useTranslation();
  const clustersEl = useRef<HTMLOListElement>(null);
  const side = useRef<HTMLDivElement>(null);
  const positionsEl = useRef<HTMLOListElement>(null);
  const dotsEl = useRef<HTMLElement>(null);

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
  const clustersCut = Math.max(0, clusters.length - MAX_LAID_OUT);
  const positionsCut = Math.max(0, point.positions.length - MAX_LAID_OUT);
  const unclustered = ideas.filter((i) => i.clusterId === null).length;
  const results = useMemo(
    () =>
      dotResults(point.id, workshop.ideas, workshop.clusters, workshop.dots)
        .filter((r) => r.dots > 0)
        .slice(0, TOP_DOTS),
    [point.id, workshop.ideas, workshop.clusters, workshop.dots],
  );
  const maxDots = results[0]?.dots ?? 1;

  const [hc, hp] = useFit(
    () => {
      let clustersHidden = 0;
      const list = clustersEl.current;
      if (list) {
        const fits = () => !overflows(list);
        fitFontSize(list, vh(3), vh(3.6), fits);
        const cards = [...list.querySelectorAll<HTMLElement>('[data-testid="pr-cluster"]')];
        clustersHidden = hideUntilFits(cards, fits, 'end');
      }
      const dotsBox = dotsEl.current;
      if (dotsBox) {
        const bars = [...dotsBox.querySelectorAll<HTMLElement>('[data-testid="pr-dot-result"]')];
        hideUntilFits(bars, () => !overflows(dotsBox), 'end');
      }
      let positionsHidden = 0;
      const box = side.current;
      const pos = positionsEl.current;
      if (box && pos) {
        // The oldest positions give way, disagreements last; dots and the conclusion always show.
        const all = [...pos.querySelectorAll<HTMLElement>('[data-testid="pr-position"]')];
        const items = [
          ...all.filter((el) => el.dataset.kind !== 'disagreement'),
          ...all.filter((el) => el.dataset.kind === 'disagreement'),
        ];
        positionsHidden = hideUntilFits(items, () => !overflows(box), 'start');
      }
      return [clustersHidden, positionsHidden] as const;
    },
    [clusters, results, point.positions, point.conclusions, people],
    [0, 0] as const,
  );

  return (
    <div className="pr-negotiating">
      <section className="pr-clusters-panel">
        <h2 className="pr-label">
          {t('projectorRooms.negotiating.clusters', { count: clusters.length })}
          {unclustered > 0 ? (
            <span className="pr-note">
              {t('projectorRooms.negotiating.unclustered', { count: unclustered })}
            </span>
          ) : null}
          {hc + clustersCut > 0 ? (
            <span className="pr-note">{t('projectorRooms.more', { count: hc + clustersCut })}</span>
          ) : null}
        </h2>
        <ol className="pr-clusters" ref={clustersEl}>
          {clusters.slice(0, MAX_LAID_OUT).map((c) => (
            <li key={c.id} className="pr-cluster" data-testid="pr-cluster" data-cluster-id={c.id}>
              <h3 className="pr-cluster-name">
                {c.name || t('projectorRooms.negotiating.unnamed')}
                <span className="pr-cluster-count">
                  {t('projectorRooms.developing.ideas', { count: c.ideas.length })}
                </span>
              </h3>
              <ul className="pr-cluster-ideas">
                {c.ideas.slice(0, IDEAS_PER_CLUSTER).map((i) => (
                  <li key={i.id} data-idea-id={i.id}>
                    {i.text}
                  </li>
                ))}
                {c.ideas.length > IDEAS_PER_CLUSTER ? (
                  <li className="pr-note">
                    {t('projectorRooms.more', { count: c.ideas.length - IDEAS_PER_CLUSTER })}
                  </li>
                ) : null}
              </ul>
            </li>
          ))}
        </ol>
      </section>
      <section className="pr-dots-panel" ref={dotsEl}>
        <h2 className="pr-label">{t('projectorRooms.negotiating.dots')}</h2>
        {results.length === 0 ? (
          <p className="pr-missing">{t('projectorRooms.negotiating.noDots')}</p>
        ) : (
          <ol className="pr-dots">
            {results.map((r) => (
              <li
                key={r.targetId}
                className="pr-dot-result"
                data-testid="pr-dot-result"
                data-target-id={r.targetId}
                data-dots={r.dots}
              >
                <span className="pr-dot-bar">
                  <span className="pr-dot-label">
                    {r.label || t('projectorRooms.negotiating.unnamed')}
                  </span>
                  <span className="pr-dot-track">
                    <span
                      className="pr-dot-fill"
                      style={{ width: `${(100 * r.dots) / maxDots}%` }}
                    />
                  </span>
                </span>
                <span className="pr-dot-count">
                  {t('projectorRooms.negotiating.dotCount', { count: r.dots })}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <div className="pr-side" ref={side}>
        {point.conclusions.length > 0 ? (
          <section className="pr-conclusion-panel">
            <h2 className="pr-label">{t('projectorRooms.negotiating.conclusion')}</h2>
            <ol className="pr-conclusions">
              {point.conclusions.map((c) => (
                <li key={c.id} data-testid="pr-conclusion" className="pr-conclusion">
                  <Icon name="check" />
                  <span>{c.text}</span>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {point.positions.length > 0 ? (
          <section className="pr-positions-panel">
            <h2 className="pr-label">
              {t('projectorRooms.negotiating.positions')}
              {hp + positionsCut > 0 ? (
                <span className="pr-note">
                  {t('projectorRooms.olderHidden', { count: hp + positionsCut })}
                </span>
              ) : null}
            </h2>
            <ol className="pr-positions" ref={positionsEl}>
              {point.positions.slice(-MAX_LAID_OUT).map((p) => {
                const by = p.heldBy ? people.get(p.heldBy) : undefined;
                return (
                  <li
                    key={p.id}
                    className={`pr-position is-${p.kind}`}
                    data-testid="pr-position"
                    data-kind={p.kind}
                  >
                    <span className="pr-kind">
                      <Icon name={KIND_ICON[p.kind]} />
                      {t(`projectorRooms.negotiating.kinds.${p.kind}`)}
                    </span>
                    <span className="pr-position-text">{p.text}</span>
                    {by ? <span className="pr-by">{by.name}</span> : null}
                  </li>
                );
              })}
            </ol>
          </section>
        ) : null}
      </div>
    </div>
  );
}
