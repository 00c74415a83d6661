import type { ExportStrings } from '../../../shared/i18n/exportStrings';
import type { KillerSummary } from '../../../shared/exporters/record';
import { useHyphenate } from '../common/hyphenation/useHyphenate';

/**
 * The print minutes' idea-killer tally: per killer and per room, and per person only when the
 * minutes options name who said one.
 */
export function PrintKillers({
  summary: k,
  strings,
}: {
  summary: KillerSummary;
  strings: ExportStrings;
}) {
  const m = strings.minutes;
  const hy = useHyphenate();
  return (
    <section className="print-section print-keep" data-testid="print-killers">
      <h2>{m.killers}</h2>
      {k.total === 0 ? (
        <p>{m.noKillers}</p>
      ) : (
        <>
          <p>{m.killersTotal(k.total)}</p>
          <table className="print-table print-tally">
            <thead>
              <tr>
                <th scope="col">{m.killerColumn}</th>
                <th scope="col">{m.countColumn}</th>
              </tr>
            </thead>
            <tbody>
              {k.byKiller.map((l) => (
                <tr key={l.label}>
                  <td>{hy(l.label)}</td>
                  <td>{l.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {k.byPerson.length > 0 ? (
            <p>
              <b>{m.killerByPerson}:</b>{' '}
              {k.byPerson.map((l) => `${l.label} (${l.count})`).join(', ')}
            </p>
          ) : null}
          <p>
            <b>{m.killerByRoom}:</b> {k.byRoom.map((l) => `${l.label} (${l.count})`).join(', ')}
          </p>
        </>
      )}
    </section>
  );
}
