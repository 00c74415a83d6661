import { useState } from 'react';
import type { ExportRequestInput } from '../../../../shared/exporters/exportQuery';
import { useTranslation, type PageStrings } from '../../i18n/i18n';
import { canSaveWithDialog, exportHref, printHref, saveWithDialog } from './exportTransport';

type Outcome = { kind: 'saved'; path: string } | { kind: 'failed'; message: string } | null;

type ExportItemId = keyof PageStrings['record']['export']['items'];

/** One export: its name and what it holds, and the link (browser) or button (Electron) that saves it. */
export function ExportItem({ id, request }: { id: ExportItemId; request: ExportRequestInput }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const isPdf = request.format === 'pdf';
  const label = t(`record.export.items.${id}.action`);

  let door;
  if (canSaveWithDialog()) {
    door = (
      <button
        type="button"
        className="button"
        data-testid={`export-${id}`}
        disabled={busy}
        aria-busy={busy}
        onClick={() => {
          setBusy(true);
          setOutcome(null);
          void saveWithDialog(request).then((result) => {
            setBusy(false);
            if (!result.ok) setOutcome({ kind: 'failed', message: result.message });
            else if (result.saved !== null) setOutcome({ kind: 'saved', path: result.saved });
          });
        }}
      >
        {busy ? t('record.export.working') : label}
      </button>
    );
  } else if (isPdf) {
    // Browser mode: the print view, which the browser prints to PDF ("Gem som PDF").
    door = (
      <a
        className="button"
        data-testid={`export-${id}`}
        href={printHref(request.language ?? 'da', request.perOrganisation ?? false)}
        target="_blank"
        rel="noopener"
      >
        {label}
        <span aria-hidden="true"> ↗</span>
      </a>
    );
  } else {
    door = (
      <a className="button" data-testid={`export-${id}`} href={exportHref(request)} download>
        {label}
      </a>
    );
  }

  return (
    <li className="export-item" data-export={id}>
      <span className="export-item-text">
        <strong>{t(`record.export.items.${id}.name`)}</strong>
        <span className="export-item-hint">{t(`record.export.items.${id}.hint`)}</span>
        {outcome?.kind === 'saved' ? (
          <span className="export-outcome" role="status" data-testid={`export-${id}-saved`}>
            <span aria-hidden="true">✓ </span>
            {t('record.export.saved', { path: outcome.path })}
          </span>
        ) : null}
        {outcome?.kind === 'failed' ? (
          <span className="record-warning" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t('record.export.failed', { message: outcome.message })}
          </span>
        ) : null}
      </span>
      {door}
    </li>
  );
}
