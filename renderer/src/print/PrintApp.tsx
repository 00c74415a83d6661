import { useEffect, useMemo, useState } from 'react';
import { withTitle } from '../../../shared/exporters/record';
import { buildRecord } from '../../../shared/exporters/record';
import type { Workshop } from '../../../shared/model/workshop';
import { loadHyphenation } from '../common/hyphenation/hyphenate';
import { useHyphenate } from '../common/hyphenation/useHyphenate';
import { localToday } from '../console/rooms/logic/actionDraft';
import { useTranslation } from '../i18n/i18n';
import { loadWorkshop } from './loadWorkshop';
import { PrintMinutes } from './PrintMinutes';
import { PrintOrganisations } from './PrintOrganisations';
import type { PrintOptions } from './printOptions';

type Loaded =
  { kind: 'loading' } | { kind: 'ready'; workshop: Workshop } | { kind: 'failed'; message: string };

/**
 * The minutes for paper and PDF (A4): the same record the Word export writes
 * (docs/method.md § The minutes), or a page per organisation. `body[data-print-ready]` says when it
 * is drawn, for whoever prints it.
 */
export function PrintApp({ options }: { options: PrintOptions }) {
  const { t } = useTranslation();
  const hy = useHyphenate();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    // The hyphenation patterns load with the workshop, so the page that says it is ready (and
    // is printed to PDF at once) is already hyphenated.
    Promise.all([loadWorkshop(), loadHyphenation(options.language)]).then(
      ([workshop]) => setLoaded({ kind: 'ready', workshop }),
      (error: unknown) =>
        setLoaded({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
  }, [options.language]);

  const record = useMemo(
    () =>
      loaded.kind === 'ready'
        ? buildRecord(loaded.workshop, {
            language: options.language,
            today: localToday(),
            minutesOptions: options.minutes,
          })
        : null,
    [loaded, options.language, options.minutes],
  );

  useEffect(() => {
    if (loaded.kind === 'loading') return;
    if (record) {
      const s = record.strings;
      const kind = options.organisation
        ? s.minutes.actionsFor(options.organisation)
        : options.perOrganisation
          ? s.files.perOrganisation
          : s.minutes.title;
      // The title is the name the browser's "Save as PDF" suggests.
      document.title = [kind, record.title, record.date].filter((p) => p !== '').join(' - ');
    }
    document.body.dataset.printReady = loaded.kind === 'ready' ? 'true' : 'failed';
    if (loaded.kind === 'ready' && options.autoPrint) window.print();
  }, [loaded, record, options]);

  if (loaded.kind === 'loading') return <p className="print-status">{t('print.loading')}</p>;
  if (loaded.kind === 'failed' || !record) {
    return (
      <p className="print-status" role="alert">
        {t('print.failed', { message: loaded.kind === 'failed' ? loaded.message : '' })}
      </p>
    );
  }
  return (
    <>
      <div className="print-toolbar" data-testid="print-toolbar">
        <span>{hy(withTitle(record.strings.minutes.title, record.title))}</span>
        <button
          type="button"
          className="print-button"
          data-testid="print-now"
          onClick={() => window.print()}
        >
          {t('print.print')}
        </button>
        <span className="print-hint">{t('print.hint')}</span>
      </div>
      {options.perOrganisation ? (
        <PrintOrganisations record={record} only={options.organisation} />
      ) : (
        <PrintMinutes record={record} />
      )}
    </>
  );
}
