import { useDrag } from 'react-dnd';
import type { AgendaPoint, Workshop } from '../../../../../shared/model/workshop';
import { dotResults } from '../../../../../shared/selectors/dotResults';
import { useTranslation } from '../../../i18n/i18n';
import { DND_CLUSTER, DND_IDEA, type SourceDragItem } from '../common/dnd';

interface Props {
  workshop: Workshop;
  point: AgendaPoint;
  onUse: (item: SourceDragItem) => void;
}

/** The point's clusters and ideas, most dots first: drag one onto the list, or press its button. */
export function ActionSources({ workshop, point, onUse }: Props) {
  const { t } = useTranslation();
  const used = new Set(workshop.actions.map((a) => a.sourceId));
  const names = new Map(
    workshop.clusters
      .filter((c) => c.pointId === point.id)
      .map((c, i) => [c.id, c.name || t('roomsWork.clusters.unnamed', { n: i + 1 })]),
  );
  const sources = dotResults(point.id, workshop.ideas, workshop.clusters, workshop.dots).map(
    (r) => ({
      ...r,
      label: r.kind === 'cluster' ? (names.get(r.targetId) ?? r.label) : r.label,
    }),
  );
  return (
    <section className="rw-section rw-sources" aria-labelledby="rw-sources-heading">
      <h3 id="rw-sources-heading" className="rw-heading">
        {t('roomsWork.actions.sources')}
      </h3>
      <p className="hint">{t('roomsWork.actions.sourcesHint')}</p>
      {sources.length === 0 ? (
        <p className="empty">{t('roomsWork.actions.noSources')}</p>
      ) : (
        <ul className="rw-source-list">
          {sources.map((s) => (
            <Source
              key={s.targetId}
              item={{ kind: s.kind, id: s.targetId, text: s.label }}
              dots={s.dots}
              used={used.has(s.targetId)}
              onUse={onUse}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function Source({
  item,
  dots,
  used,
  onUse,
}: {
  item: SourceDragItem;
  dots: number;
  used: boolean;
  onUse: (item: SourceDragItem) => void;
}) {
  const { t } = useTranslation();
  const [{ isDragging }, drag] = useDrag(
    () => ({
      type: item.kind === 'idea' ? DND_IDEA : DND_CLUSTER,
      item,
      collect: (m) => ({ isDragging: m.isDragging() }),
    }),
    [item.id, item.text, item.kind],
  );
  return (
    <li
      ref={(el) => void drag(el)}
      className={`rw-source is-${item.kind}${isDragging ? ' is-dragging' : ''}${used ? ' is-used' : ''}`}
      data-testid="rw-action-source"
      data-source-id={item.id}
      data-kind={item.kind}
    >
      <span className="rw-drag-grip" aria-hidden="true">
        ⠿
      </span>
      {item.kind === 'cluster' ? (
        <span className="rw-kind-tag">{t('roomsWork.dots.cluster')}</span>
      ) : null}
      <span className="rw-source-text" title={item.text}>
        {item.text}
      </span>
      {dots > 0 ? (
        <span className="rw-source-dots">{t('roomsWork.dots.count', { count: dots })}</span>
      ) : null}
      {used ? <span className="rw-source-used">✓ {t('roomsWork.actions.used')}</span> : null}
      <button
        type="button"
        className="button button-small"
        data-testid="rw-action-from-source"
        aria-label={t('roomsWork.actions.makeFrom', { text: item.text })}
        onClick={() => onUse(item)}
      >
        → {t('roomsWork.actions.make')}
      </button>
    </li>
  );
}
