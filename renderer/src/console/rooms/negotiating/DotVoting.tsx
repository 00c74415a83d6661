import { nanoid } from 'nanoid';
import { useState } from 'react';
import type { AgendaPoint, Workshop } from '../../../../../shared/model/workshop';
import { dotResults, dotsLeft } from '../../../../../shared/selectors/dotResults';
import { CommitField } from '../../../common/CommitField';
import { useSend } from '../../../common/hostContext';
import { useHyphenate } from '../../../common/hyphenation/useHyphenate';
import { useTranslation } from '../../../i18n/i18n';
import { ParticipantSelect } from '../common/ParticipantSelect';
import { RevealVotes } from './RevealVotes';

/**
 * Quick entry: pick who is voting (or the room), then + on the ideas and clusters they put
 * their dots on. Results beside it, most dots first.
 */
export function DotVoting({ workshop, point }: { workshop: Workshop; point: AgendaPoint }) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  const send = useSend();
  const [voter, setVoter] = useState<string | null>(null);
  const present = workshop.participants.filter((p) => p.present);
  const results = dotResults(point.id, workshop.ideas, workshop.clusters, workshop.dots);
  const left =
    voter === null ? null : dotsLeft(point.id, voter, point.dotsPerPerson, workshop.dots);
  const mine = (targetId: string) =>
    workshop.dots.filter(
      (d) => d.pointId === point.id && d.targetId === targetId && d.participantId === voter,
    );
  const clusterNames = new Map(
    workshop.clusters
      .filter((c) => c.pointId === point.id)
      .map((c, i) => [c.id, c.name || t('roomsWork.clusters.unnamed', { n: i + 1 })]),
  );
  const label = (r: (typeof results)[number]) =>
    r.kind === 'cluster' ? (clusterNames.get(r.targetId) ?? r.label) : r.label;
  const voted = results.filter((r) => r.dots > 0);

  return (
    <section className="rw-section" aria-labelledby="rw-dots-heading">
      <div className="rw-section-head">
        <h3 id="rw-dots-heading" className="rw-heading">
          {t('roomsWork.dots.heading')}
        </h3>
        <div className="rw-toolbar">
          <label className="rw-inline-field">
            <span>{t('roomsWork.dots.perPerson')}</span>
            <CommitField
              className="rw-number"
              type="number"
              min={0}
              max={50}
              data-testid="rw-dots-per-person"
              value={String(point.dotsPerPerson)}
              required
              onCommit={(v) => {
                const n = Math.round(Number(v));
                if (!Number.isFinite(n) || n < 0 || n > 50) return Promise.resolve(false);
                return send({ type: 'point.setDots', id: point.id, dotsPerPerson: n });
              }}
            />
          </label>
          <label className="rw-inline-field">
            <span>{t('roomsWork.dots.voter')}</span>
            <ParticipantSelect
              data-testid="rw-dot-voter"
              participants={present}
              value={voter}
              onChange={setVoter}
              emptyLabel={t('roomsWork.dots.room')}
            />
          </label>
          <span className="rw-dots-left" data-testid="rw-dots-left" aria-live="polite">
            {left === null
              ? t('roomsWork.dots.roomHint')
              : t('roomsWork.dots.left', { count: left })}
          </span>
          <RevealVotes point={point} />
        </div>
      </div>
      <div className="rw-dots">
        <ul className="rw-dot-targets" aria-label={t('roomsWork.dots.targets')}>
          {results
            .slice()
            .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'cluster' ? -1 : 1))
            .map((r) => {
              const own = mine(r.targetId);
              return (
                <li key={r.targetId} className={`rw-dot-target is-${r.kind}`}>
                  <span className="rw-dot-label">
                    {r.kind === 'cluster' ? (
                      <span className="rw-kind-tag">{t('roomsWork.dots.cluster')}</span>
                    ) : null}
                    {hy(label(r))}
                  </span>
                  <span
                    className="rw-dot-count"
                    aria-label={t('roomsWork.dots.count', { count: r.dots })}
                  >
                    {'●'.repeat(Math.min(r.dots, 12))}
                    {r.dots > 12 ? ` ${r.dots}` : ''}
                  </span>
                  <button
                    type="button"
                    className="icon-button"
                    data-testid="rw-dot-remove"
                    data-target-id={r.targetId}
                    disabled={own.length === 0}
                    aria-label={t('roomsWork.dots.removeOne', { text: label(r) })}
                    onClick={() => {
                      const dot = own.at(-1);
                      if (dot) void send({ type: 'dot.remove', id: dot.id });
                    }}
                  >
                    −
                  </button>
                  <button
                    type="button"
                    className="icon-button rw-dot-plus"
                    data-testid="rw-dot-add"
                    data-target-id={r.targetId}
                    disabled={left === 0}
                    aria-label={t('roomsWork.dots.addOne', { text: label(r) })}
                    onClick={() =>
                      void send({
                        type: 'dot.add',
                        id: nanoid(),
                        pointId: point.id,
                        targetId: r.targetId,
                        participantId: voter,
                      })
                    }
                  >
                    +
                  </button>
                </li>
              );
            })}
        </ul>
        <div className="rw-dot-results" data-testid="rw-dot-results">
          <p className="rw-column-title">{t('roomsWork.dots.results')}</p>
          {voted.length === 0 ? (
            <p className="empty">{t('roomsWork.dots.none')}</p>
          ) : (
            <ol>
              {voted.map((r) => (
                <li
                  key={r.targetId}
                  data-testid="rw-dot-result"
                  data-target-id={r.targetId}
                  data-dots={r.dots}
                >
                  <strong className="rw-result-n">{r.dots}</strong>
                  <span className="rw-result-label">{hy(label(r))}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
