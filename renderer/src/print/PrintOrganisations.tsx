import { organisationKey } from '../../../shared/exporters/actionRows';
import type { WorkshopRecord } from '../../../shared/exporters/record';
import { useHyphenate } from '../common/hyphenation/useHyphenate';
import { ORGANISATION_PRINT_COLUMNS, PrintActions } from './PrintActions';

/**
 * A landscape page per organisation with only its own actions, so each leader leaves with their
 * own list; `only` names the one organisation to print (a PDF per organisation).
 */
export function PrintOrganisations({
  record,
  only = null,
}: {
  record: WorkshopRecord;
  only?: string | null;
}) {
  const s = record.strings;
  const hy = useHyphenate();
  const meeting = [record.title, record.minutes.dateText].filter((p) => p !== '').join(' · ');
  const groups =
    only === null
      ? record.organisations
      : record.organisations.filter(
          (g) => organisationKey(g.organisation) === organisationKey(only),
        );
  if (groups.length === 0) {
    return (
      <main className="print-page" data-testid="print-organisations">
        <h1>{only === null ? s.files.perOrganisation : hy(s.minutes.actionsFor(only))}</h1>
        {meeting ? <p className="print-muted">{hy(meeting)}</p> : null}
        <p>{s.minutes.noActions}</p>
        <p className="print-generated">{record.generatedText}</p>
      </main>
    );
  }
  return (
    <main data-testid="print-organisations">
      {groups.map((group) => (
        <section
          key={group.organisation}
          className="print-page print-page-wide print-organisation"
          data-testid="print-organisation"
        >
          <h1>{hy(s.minutes.actionsFor(group.organisation))}</h1>
          {meeting ? <p className="print-muted">{hy(meeting)}</p> : null}
          <PrintActions
            rows={group.actions}
            record={record}
            columns={ORGANISATION_PRINT_COLUMNS}
            footer={record.generatedText}
          />
        </section>
      ))}
    </main>
  );
}
