import { usePhoneText } from '../i18n/phoneI18n';
import { useHyphenateIn } from '../../common/hyphenation/useHyphenateIn';
import type { PhoneSession, PhoneSessionState } from '../phoneSession';
import type { QueuedIdea } from '../phoneStorage';
import { IdeaBox } from './IdeaBox';
import type { PhonePoint } from './phonePoint';
import { TurnInfo } from './TurnInfo';

/** The developing room: add ideas in turn (or any time in free mode), pass, see the ideas so far. */
export function DevelopingPhone({
  point,
  me,
  queue,
  refused,
  locked,
  offline,
  session,
}: {
  point: PhonePoint;
  me: string;
  queue: QueuedIdea[];
  refused: PhoneSessionState['error'];
  locked: boolean;
  /** Ideas written while the connection is away wait in the queue; a pass cannot wait. */
  offline: boolean;
  session: PhoneSession;
}) {
  const { t, language } = usePhoneText();
  const hy = useHyphenateIn(language);
  const turns = point.turns;
  const roundRobin = turns !== null && turns.mode === 'round-robin' && !turns.ended;
  const myTurn = roundRobin && turns.holderId === me;
  const known = new Set(point.ideas.map((i) => i.id));
  const sending = queue.filter((q) => !known.has(q.id));
  const ideas = point.ideas.slice().reverse();

  return (
    <>
      <TurnInfo turns={turns} me={me} />
      <IdeaBox
        disabled={locked}
        waiting={roundRobin && !myTurn}
        refused={refused}
        onSend={session.addIdea}
      />
      {myTurn ? (
        <button
          type="button"
          className="phone-button"
          data-testid="phone-pass"
          disabled={locked || offline}
          onClick={() => void session.pass()}
        >
          {t('turns.pass')}
        </button>
      ) : null}
      <section className="phone-card" aria-labelledby="phone-ideas-heading">
        <h3 id="phone-ideas-heading" className="phone-subheading">
          {t('ideas.heading', { count: point.ideas.length })}
        </h3>
        {ideas.length === 0 && sending.length === 0 ? (
          <p className="phone-quiet">{t('ideas.none')}</p>
        ) : (
          <ul className="phone-list" data-testid="phone-ideas">
            {sending.map((q) => (
              <li key={q.id} className="phone-idea is-sending" data-testid="phone-idea-sending">
                <span className="phone-idea-text">{hy(q.text)}</span>
                <span className="phone-idea-meta">{t('ideas.sending')}</span>
              </li>
            ))}
            {ideas.map((idea) => (
              <li
                key={idea.id}
                className={`phone-idea${idea.mine ? ' is-mine' : ''}`}
                data-testid="phone-idea"
                data-mine={idea.mine}
              >
                <span className="phone-idea-text">{hy(idea.text)}</span>
                {idea.mine ? (
                  <span className="phone-idea-meta">{t('ideas.mine')}</span>
                ) : idea.authorName ? (
                  <span className="phone-idea-meta">{idea.authorName}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
