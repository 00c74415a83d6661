import { nanoid } from 'nanoid';
import { useCallback, type ReactNode } from 'react';
import type { Cluster, Idea } from '../../../../../shared/model/ideas';
import type { AgendaPoint, Workshop } from '../../../../../shared/model/workshop';
import { CommitText } from '../../../common/CommitText';
import { useSend } from '../../../common/hostContext';
import { useTranslation } from '../../../i18n/i18n';
import type { SourceDragItem } from '../common/dnd';
import { IdeaCard } from '../common/IdeaCard';
import type { People } from '../common/people';
import { useSourceDrop } from '../common/useSourceDrop';
import { CLUSTER_NAME_MAX } from '../../../../../shared/model/textLimits';

interface Props {
  workshop: Workshop;
  point: AgendaPoint;
  people: People;
  colours: ReadonlyMap<string, string>;
}

const NEW = '__new__';

/** Group ideas by dragging them onto a cluster, onto "new cluster", or back out; or by the select. */
export function ClusterBoard({ workshop, point, people, colours }: Props) {
  const { t } = useTranslation();
  const send = useSend();
  const ideas = workshop.ideas.filter((i) => i.pointId === point.id);
  const clusters = workshop.clusters.filter((c) => c.pointId === point.id);
  const loose = ideas.filter((i) => i.clusterId === null);

  const toCluster = useCallback(
    (ideaId: string, clusterId: string | null) => {
      if (clusterId === NEW) {
        void send({
          type: 'cluster.add',
          id: nanoid(),
          pointId: point.id,
          name: '',
          ideaIds: [ideaId],
        });
      } else void send({ type: 'idea.cluster', id: ideaId, clusterId });
    },
    [send, point.id],
  );

  const card = (idea: Idea) => (
    <IdeaCard
      key={idea.id}
      idea={idea}
      author={idea.authorId ? people.get(idea.authorId) : undefined}
      colour={idea.authorId ? colours.get(idea.authorId) : undefined}
    >
      <select
        className="rw-mini-select"
        data-testid="rw-idea-to-cluster"
        value={idea.clusterId ?? ''}
        aria-label={t('roomsWork.clusters.toCluster', { text: idea.text })}
        onChange={(e) => toCluster(idea.id, e.target.value || null)}
      >
        <option value="">{t('roomsWork.clusters.none')}</option>
        {clusters.map((c, i) => (
          <option key={c.id} value={c.id}>
            {c.name || t('roomsWork.clusters.unnamed', { n: i + 1 })}
          </option>
        ))}
        <option value={NEW}>{t('roomsWork.clusters.new')}</option>
      </select>
    </IdeaCard>
  );

  return (
    <section className="rw-section" aria-labelledby="rw-clusters-heading">
      <div className="rw-section-head">
        <h3 id="rw-clusters-heading" className="rw-heading">
          {t('roomsWork.clusters.heading')}
        </h3>
        <span className="hint">{t('roomsWork.clusters.hint')}</span>
      </div>
      <div className="rw-board">
        <DropColumn
          testId="rw-unclustered"
          className="rw-loose"
          onDrop={(item) => item.kind === 'idea' && toCluster(item.id, null)}
          title={t('roomsWork.clusters.loose', { count: loose.length })}
        >
          <ul className="rw-wall rw-wall-narrow">{loose.map(card)}</ul>
        </DropColumn>
        <div className="rw-clusters">
          {clusters.map((c, i) => (
            <ClusterBox
              key={c.id}
              cluster={c}
              n={i + 1}
              onDrop={(item) => item.kind === 'idea' && toCluster(item.id, c.id)}
            >
              <ul className="rw-wall rw-wall-narrow">
                {ideas.filter((idea) => idea.clusterId === c.id).map(card)}
              </ul>
            </ClusterBox>
          ))}
          <NewClusterDrop
            onDrop={(item) => item.kind === 'idea' && toCluster(item.id, NEW)}
            onAdd={() =>
              void send({ type: 'cluster.add', id: nanoid(), pointId: point.id, name: '' })
            }
          />
        </div>
      </div>
    </section>
  );
}

function DropColumn({
  testId,
  className,
  title,
  onDrop,
  children,
}: {
  testId: string;
  className: string;
  title: string;
  onDrop: (item: SourceDragItem) => void;
  children: ReactNode;
}) {
  const { ref, isOver } = useSourceDrop<HTMLDivElement>(onDrop);
  return (
    <div ref={ref} className={`${className}${isOver ? ' is-over' : ''}`} data-testid={testId}>
      <p className="rw-column-title">{title}</p>
      {children}
    </div>
  );
}

function ClusterBox({
  cluster,
  n,
  onDrop,
  children,
}: {
  cluster: Cluster;
  n: number;
  onDrop: (item: SourceDragItem) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const send = useSend();
  const { ref, isOver } = useSourceDrop<HTMLDivElement>(onDrop);
  const label = cluster.name || t('roomsWork.clusters.unnamed', { n });
  return (
    <div
      ref={ref}
      className={`rw-cluster${isOver ? ' is-over' : ''}`}
      data-testid="rw-cluster"
      data-cluster-id={cluster.id}
    >
      <div className="rw-cluster-head">
        <CommitText
          className="inline-input rw-cluster-name"
          data-testid="rw-cluster-name"
          value={cluster.name}
          maxLength={CLUSTER_NAME_MAX}
          placeholder={t('roomsWork.clusters.unnamed', { n })}
          aria-label={t('roomsWork.clusters.name', { name: label })}
          onCommit={(name) => send({ type: 'cluster.update', id: cluster.id, name: name.trim() })}
        />
        <button
          type="button"
          className="button button-quiet button-small"
          data-testid="rw-cluster-dissolve"
          aria-label={t('roomsWork.clusters.dissolveLabel', { name: label })}
          onClick={() => void send({ type: 'cluster.update', id: cluster.id, remove: true })}
        >
          {t('roomsWork.clusters.dissolve')}
        </button>
      </div>
      {children}
    </div>
  );
}

function NewClusterDrop({
  onDrop,
  onAdd,
}: {
  onDrop: (item: SourceDragItem) => void;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const { ref, isOver } = useSourceDrop<HTMLDivElement>(onDrop);
  return (
    <div
      ref={ref}
      className={`rw-new-cluster${isOver ? ' is-over' : ''}`}
      data-testid="rw-new-cluster-drop"
    >
      <p>{t('roomsWork.clusters.dropNew')}</p>
      <button
        type="button"
        className="button button-small"
        data-testid="rw-cluster-add"
        onClick={onAdd}
      >
        + {t('roomsWork.clusters.addEmpty')}
      </button>
    </div>
  );
}
