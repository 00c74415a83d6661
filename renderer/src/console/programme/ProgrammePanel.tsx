import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../../shared/model/workshop';
import '../../styles/time.css';
import { ProgrammeDelay } from './ProgrammeDelay';
import { ProgrammePasteDialog } from './ProgrammePasteDialog';
import { programmeAt } from './programmeRows';
import { ProgrammeRowView } from './ProgrammeRowView';
import { useClockTick } from './useClockTick';

/** Re-timing in minutes needs no faster redraw than this. */
const TICK_MS = 15_000;

/**
 * The programme with clock times, breaks included; once the meeting runs, actual against
 * planned and how the rest now falls. Prints on its own (time.css, @media print).
 */
export function ProgrammePanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const id = useId();
  const [pasting, setPasting] = useState(false);
  const now = useClockTick(TICK_MS);
  const programme = programmeAt(workshop, now);
  const hasStart = workshop.startTime !== '';

  return (
    <section
      className="panel programme-view"
      data-testid="programme-view"
      aria-labelledby={`${id}-h`}
    >
      <div className="panel-head">
        <h2 id={`${id}-h`}>{t('time.programme.heading')}</h2>
        <div className="programme-actions">
          <button
            type="button"
            className="button button-small"
            data-testid="programme-paste-open"
            onClick={() => setPasting(true)}
          >
            {t('time.paste.open')}
          </button>
          <button
            type="button"
            className="button button-small"
            data-testid="programme-print"
            disabled={workshop.agenda.length === 0}
            onClick={() => window.print()}
          >
            {t('time.programme.print')}
          </button>
        </div>
      </div>
      {workshop.title ? <p className="programme-print-title">{workshop.title}</p> : null}
      {!hasStart && workshop.agenda.length > 0 ? (
        <p className="hint">{t('time.programme.noStart')}</p>
      ) : null}
      {programme.started && hasStart ? <ProgrammeDelay programme={programme} /> : null}
      {workshop.agenda.length === 0 ? (
        <p className="empty">{t('time.programme.empty')}</p>
      ) : (
        <ol className="programme-list">
          {programme.rows.map((row, i) => (
            <ProgrammeRowView
              key={row.point.id}
              row={row}
              index={i}
              started={programme.started}
              hasStart={hasStart}
            />
          ))}
        </ol>
      )}
      <ProgrammePasteDialog open={pasting} onClose={() => setPasting(false)} workshop={workshop} />
    </section>
  );
}
