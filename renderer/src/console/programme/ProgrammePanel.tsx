import { memo, useId, useState } from 'react';
import '../../styles/time.css';
import { useTranslation } from '../../i18n/i18n';
import { ProgrammeDelay } from './ProgrammeDelay';
import { programmeAt } from './programmeRows';
import { ProgrammeRowView } from './ProgrammeRowView';
import { useClockTick } from './useClockTick';
import { lazyPart } from '../../common/lazy/lazyPart';
import { sameSlice, type WorkshopSlice } from '../workshopSlice';
import { useFirstRows } from '../../common/useFirstRows';
import { usePrinting } from '../../common/usePrinting';

// The paste dialog (and the invitation parser) loads when first opened, or in idle time.
const ProgrammePasteDialog = lazyPart(() =>
  import('./ProgrammePasteDialog').then((m) => m.ProgrammePasteDialog),
);

/** Up to this many points every row has its parts at once; more get stand-ins far off. */
const SHORT_PROGRAMME = 30;

/** Re-timing in minutes needs no faster redraw than this. */
const TICK_MS = 15_000;

/** What the panel reads of the workshop (the paste dialog offers title, date and place). */
const KEYS = ['agenda', 'startTime', 'title', 'date', 'place'] as const;

/**
 * The programme with clock times, breaks included; once the meeting runs, actual against
 * planned and how the rest now falls. Prints on its own (time.css, @media print).
 */
export const ProgrammePanel = memo(function ProgrammePanel({
  workshop,
}: {
  workshop: WorkshopSlice<(typeof KEYS)[number]>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [pasting, setPasting] = useState(false);
  // Made on first opening, then kept: a closed dialog keeps its pasted text as before.
  const [pasteMade, setPasteMade] = useState(false);
  const now = useClockTick(TICK_MS);
  const programme = programmeAt(workshop, now);
  const hasStart = workshop.startTime !== '';
  // A long programme: the first rows at once, the rest in a transition (useFirstRows).
  const rendered = useFirstRows(30);
  const printing = usePrinting();

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
            onClick={() => {
              setPasteMade(true);
              setPasting(true);
            }}
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
          {programme.rows.slice(0, rendered).map((row, i) => (
            <ProgrammeRowView
              key={row.point.id}
              row={row}
              index={i}
              started={programme.started}
              hasStart={hasStart}
              eager={programme.rows.length <= SHORT_PROGRAMME}
              printing={printing}
            />
          ))}
        </ol>
      )}
      {pasteMade ? (
        <ProgrammePasteDialog
          open={pasting}
          onClose={() => setPasting(false)}
          workshop={workshop}
        />
      ) : null}
    </section>
  );
}, sameSlice(KEYS));
