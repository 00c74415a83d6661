import type { ReactNode } from 'react';
import { positionText, timeSummary } from '../../../shared/exporters/exportMarkdown';
import {
  withTitle,
  type MinutesIdea,
  type MinutesPoint,
  type MinutesPosition,
  type WorkshopRecord,
} from '../../../shared/exporters/record';
import type { ExportStrings } from '../../../shared/i18n/exportStrings';
import { useHyphenate } from '../common/hyphenation/useHyphenate';
import { PrintActions } from './PrintActions';
import { PrintEvaluation } from './PrintEvaluation';
import { PrintKillers } from './PrintKillers';
import { PrintNotes } from './PrintNotes';

function Section({
  heading,
  children,
  show,
}: {
  heading: string;
  children: ReactNode;
  show: boolean;
}) {
  if (!show) return null;
  return (
    <section className="print-section">
      <h3>{heading}</h3>
      {children}
    </section>
  );
}

/** An idea's dots and author, as far as the minutes options leave them in. */
function IdeaDetails({ idea, strings }: { idea: MinutesIdea; strings: ExportStrings }) {
  return (
    <>
      {idea.dots === null ? null : (
        <span className="print-dots"> ({strings.minutes.dots(idea.dots)})</span>
      )}
      {idea.author ? (
        <span className="print-muted">
          {' '}
          — {strings.minutes.byAuthor} {idea.author}
        </span>
      ) : null}
    </>
  );
}

function Ideas({ ideas, strings }: { ideas: readonly MinutesIdea[]; strings: ExportStrings }) {
  const hy = useHyphenate();
  return (
    <ol className="print-ideas">
      {ideas.map((idea, i) => (
        <li key={i}>
          <span className={idea.members.length > 0 ? 'print-cluster' : undefined}>
            {hy(idea.text)}
          </span>
          <IdeaDetails idea={idea} strings={strings} />
          {idea.members.length > 0 ? (
            <ul>
              {idea.members.map((m, j) => (
                <li key={j}>
                  {hy(m.text)}
                  <IdeaDetails idea={m} strings={strings} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function Positions({
  items,
  strings,
}: {
  items: readonly MinutesPosition[];
  strings: ExportStrings;
}) {
  const hy = useHyphenate();
  return (
    <ul>
      {items.map((p, i) => (
        <li key={i}>
          {/* Who holds it is a name, kept whole: only the position itself is hyphenated. */}
          {positionText({ ...p, text: '' }, strings)}
          {hy(p.text)}
        </li>
      ))}
    </ul>
  );
}

function Point({ point, record }: { point: MinutesPoint; record: WorkshopRecord }) {
  const s = record.strings;
  const m = s.minutes;
  const hy = useHyphenate();
  return (
    <article className="print-point" data-testid="print-point">
      <h2>{hy(point.heading)}</h2>
      <p className="print-point-meta">
        {point.presenter ? (
          <span>
            <b>{m.presenter}:</b> {point.presenter}
          </span>
        ) : null}
        <span>
          <b>{m.purpose}:</b> {point.purposeText}
        </span>
        <span>
          <b>{m.timeLabel}:</b> {timeSummary(point, s)}
        </span>
      </p>
      <PrintNotes blocks={point.notes} />
      <Section heading={m.problem} show={point.problem !== ''}>
        <p className="print-text">{hy(point.problem)}</p>
      </Section>
      <Section heading={m.citizenPerspective} show={point.citizenPerspective !== ''}>
        <p className="print-text">{hy(point.citizenPerspective)}</p>
      </Section>
      <Section heading={m.questions} show={point.questions.length > 0}>
        <ul>
          {point.questions.map((q, i) => (
            <li key={i}>{hy(q)}</li>
          ))}
        </ul>
      </Section>
      <Section heading={m.ideas} show={point.ideas.length > 0}>
        <Ideas ideas={point.ideas} strings={s} />
      </Section>
      <Section heading={m.pointsMade} show={point.pointsMade.length > 0}>
        <Positions items={point.pointsMade} strings={s} />
      </Section>
      <Section heading={m.agreements} show={point.agreements.length > 0}>
        <Positions items={point.agreements} strings={s} />
      </Section>
      <Section heading={m.disagreements} show={point.disagreements.length > 0}>
        <Positions items={point.disagreements} strings={s} />
      </Section>
      <Section heading={m.conclusion} show={point.conclusions.length > 0}>
        <ul className="print-conclusions">
          {point.conclusions.map((c, i) => (
            <li key={i}>{hy(c)}</li>
          ))}
        </ul>
      </Section>
      <Section heading={m.actions} show={point.actions.length > 0}>
        <PrintActions
          rows={point.actions}
          record={record}
          columns={['what', 'who', 'organisation', 'due', 'status']}
        />
      </Section>
    </article>
  );
}

/**
 * The minutes in the order of docs/method.md § The minutes, then the idea-killer tally, the time
 * and the whole list.
 */
export function PrintMinutes({ record }: { record: WorkshopRecord }) {
  const s = record.strings;
  const m = s.minutes;
  const mins = record.minutes;
  const hy = useHyphenate();
  // Chair and secretary are people: their names stay whole; the place is hyphenated.
  const facts = (
    [
      [m.date, mins.dateText],
      [m.time, mins.timeText],
      [m.place, hy(mins.place)],
      [m.chair, mins.chair],
      [m.secretary, mins.secretary],
    ] as const
  ).filter(([, v]) => v !== '');
  return (
    <main data-testid="print-minutes">
      <div className="print-page">
        <h1>{hy(withTitle(m.title, mins.title))}</h1>
        {facts.length > 0 ? (
          <dl className="print-facts">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {mins.participants.length > 0 ? (
          <section className="print-section">
            <h2>{m.participants}</h2>
            <table className="print-table print-participants">
              <thead>
                <tr>
                  <th scope="col">{m.nameColumn}</th>
                  <th scope="col">{m.jobTitleColumn}</th>
                  <th scope="col">{s.columns.organisation}</th>
                  <th scope="col" className="print-narrow" />
                </tr>
              </thead>
              <tbody>
                {mins.participants.map((p, i) => (
                  <tr key={i} className={p.present ? undefined : 'print-absent'}>
                    <td>{p.name}</td>
                    <td>{hy(p.title)}</td>
                    <td>{hy(p.organisation)}</td>
                    <td className="print-narrow">{p.present ? '' : <b>{m.sentRegrets}</b>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
        {mins.points.length > 0 ? (
          <section className="print-section">
            <h2>{m.agenda}</h2>
            <ol className="print-agenda">
              {mins.points.map((p) => (
                <li key={p.id}>
                  {hy(p.title)}
                  {p.plannedTimeText ? (
                    <span className="print-muted"> ({p.plannedTimeText})</span>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {mins.points.map((p) => (
          <Point key={p.id} point={p} record={record} />
        ))}
        {mins.killers ? <PrintKillers summary={mins.killers} strings={s} /> : null}
        <section className="print-section print-keep">
          <h2>{m.timeHeading}</h2>
          <table className="print-table print-tally">
            <thead>
              <tr>
                <th scope="col">{m.pointColumn}</th>
                <th scope="col">{m.planned}</th>
                <th scope="col">{m.used}</th>
              </tr>
            </thead>
            <tbody>
              {mins.points.map((p) => (
                <tr key={p.id}>
                  <td>{hy(p.heading)}</td>
                  <td>{m.minutesShort(p.plannedMinutes)}</td>
                  <td>{p.usedMinutes === null ? m.notStarted : m.minutesShort(p.usedMinutes)}</td>
                </tr>
              ))}
              <tr className="print-total">
                <td>{m.total}</td>
                <td>{m.minutesShort(mins.plannedTotal)}</td>
                <td>{m.minutesShort(mins.usedTotal)}</td>
              </tr>
            </tbody>
          </table>
        </section>
        <PrintEvaluation record={mins.evaluation} />
        {record.actions.length === 0 ? (
          <section className="print-section">
            <h2>{m.allActions}</h2>
            <p>{m.noActions}</p>
            <p className="print-generated">{record.generatedText}</p>
          </section>
        ) : null}
      </div>
      {record.actions.length > 0 ? (
        // Its own landscape sheet, the "made by" line on it (the table's footer).
        <section className="print-page print-page-wide print-all-actions">
          <h2>{m.allActions}</h2>
          <PrintActions rows={record.actions} record={record} footer={record.generatedText} />
        </section>
      ) : null}
    </main>
  );
}
