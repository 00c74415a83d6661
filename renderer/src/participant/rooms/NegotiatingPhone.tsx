import { usePhoneText } from '../i18n/phoneI18n';
import { useHyphenateIn } from '../../common/hyphenation/useHyphenateIn';
import type { PhoneSession } from '../phoneSession';
import type { PhonePoint } from './phonePoint';

interface Target {
  id: string;
  kind: 'cluster' | 'idea';
  label: string;
  /** A cluster's ideas, shown small under its name. */
  detail: string[];
}

/** Clusters first, then the ideas in no cluster: what the group can put its dots on. */
export function dotTargets(point: PhonePoint, unnamed: (n: number) => string): Target[] {
  const byId = new Map(point.ideas.map((i) => [i.id, i.text]));
  const clustered = new Set(point.clusters.flatMap((c) => c.ideaIds));
  return [
    ...point.clusters.map((c, i) => ({
      id: c.id,
      kind: 'cluster' as const,
      label: c.name.trim() || unnamed(i + 1),
      detail: c.ideaIds.flatMap((id) => byId.get(id) ?? []),
    })),
    ...point.ideas
      .filter((i) => !clustered.has(i.id))
      .map((i) => ({ id: i.id, kind: 'idea' as const, label: i.text, detail: [] })),
  ];
}

/** The negotiating room: spend your dots (tap to add, − to take one back); results once shown. */
export function NegotiatingPhone({
  point,
  disabled,
  session,
}: {
  point: PhonePoint;
  disabled: boolean;
  session: PhoneSession;
}) {
  const { t, language } = usePhoneText();
  const hy = useHyphenateIn(language);
  const targets = dotTargets(point, (n) => t('dots.unnamed', { n }));
  const { perPerson, mine, results } = point.dots;
  const left = Math.max(0, perPerson - mine.length);
  const labels = new Map(targets.map((x) => [x.id, x.label]));
  const revealed = results
    ? results
        .filter((r) => r.count > 0)
        .slice()
        .sort((a, b) => b.count - a.count)
    : null;

  return (
    <>
      {revealed ? (
        <section className="phone-card phone-results" data-testid="phone-results">
          <h3 className="phone-subheading">{t('dots.results')}</h3>
          {revealed.length === 0 ? (
            <p className="phone-quiet">{t('dots.noVotes')}</p>
          ) : (
            <ol className="phone-list">
              {revealed.map((r) => (
                <li
                  key={r.targetId}
                  className="phone-result"
                  data-testid="phone-result"
                  data-count={r.count}
                >
                  <strong className="phone-result-count">{r.count}</strong>
                  <span className="phone-result-label">{hy(labels.get(r.targetId) ?? '…')}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
      <p
        className="phone-dots-left"
        data-testid="phone-dots-left"
        data-left={left}
        aria-live="polite"
      >
        <span className="phone-dots-row" aria-hidden="true">
          {'●'.repeat(Math.min(left, 20))}
          {'○'.repeat(Math.min(mine.length, 20))}
        </span>
        {t('dots.left', { count: left, total: perPerson })}
      </p>
      {targets.length === 0 ? (
        <p className="phone-quiet">{t('dots.nothing')}</p>
      ) : (
        <ul className="phone-targets">
          {targets.map((target) => {
            const own = mine.filter((d) => d.targetId === target.id);
            return (
              <li key={target.id} className={`phone-target is-${target.kind}`}>
                <button
                  type="button"
                  className="phone-target-add"
                  data-testid="phone-dot-add"
                  data-target-id={target.id}
                  data-mine={own.length}
                  disabled={disabled || left === 0}
                  aria-label={t('dots.add', { text: target.label })}
                  onClick={() => void session.addDot(target.id)}
                >
                  {target.kind === 'cluster' ? (
                    <span className="phone-tag">{t('dots.cluster')}</span>
                  ) : null}
                  <span className="phone-target-label">{hy(target.label)}</span>
                  {target.detail.length > 0 ? (
                    <span className="phone-target-detail">{hy(target.detail.join(' · '))}</span>
                  ) : null}
                  {own.length > 0 ? (
                    <span className="phone-target-dots" aria-hidden="true">
                      {'●'.repeat(Math.min(own.length, 20))}
                    </span>
                  ) : (
                    <span className="phone-target-plus" aria-hidden="true">
                      +
                    </span>
                  )}
                </button>
                <button
                  type="button"
                  className="phone-target-remove"
                  data-testid="phone-dot-remove"
                  data-target-id={target.id}
                  disabled={disabled || own.length === 0}
                  aria-label={t('dots.remove', { text: target.label })}
                  onClick={() => {
                    const dot = own.at(-1);
                    if (dot) void session.removeDot(dot.id);
                  }}
                >
                  −
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
