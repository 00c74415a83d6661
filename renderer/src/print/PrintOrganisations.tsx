import type { WorkshopRecord } from '../../../shared/exporters/record';
import { useHyphenate } from '../common/hyphenation/useHyphenate';
import { PrintActions } from './PrintActions';

/** A page per organisation with only its own actions, so each leader leaves with their own list. */
export function PrintOrganisations({ record }: { record: WorkshopRecord }) {
  const s = record.strings;
  const hy = useHyphenate();
  const meeting = [record.title, record.minutes.dateText].filter((p) => p !== '').join(' · ');
  if (record.organisations.length === 0) {
    return (
      <main className="print-page" data-testid="print-organisations">
        <h1>{s.files.perOrganisation}</h1>
        {meeting ? <p className="print-muted">{hy(meeting)}</p> : null}
        <p>{s.minutes.noActions}</p>
      </main>
    );
  }
  return (
    <main data-testid="print-organisations">
      {record.organisations.map((group) => (
        <section
          key={group.organisation}
          className="print-page print-organisation"
          data-testid="print-organisation"
        >
          <h1>{hy(s.minutes.actionsFor(group.organisation))}</h1>
          {meeting ? <p className="print-muted">{hy(meeting)}</p> : null}
          <PrintActions
            rows={group.actions}
            record={record}
            columns={['what', 'who', 'due', 'status', 'point', 'followUp']}
          />
          <p className="print-generated">{record.generatedText}</p>
        </section>
      ))}
    </main>
  );
}
