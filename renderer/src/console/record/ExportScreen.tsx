import { useId, useState } from 'react';
import { actionRows } from '../../../../shared/exporters/actionRows';
import type { CsvSeparator } from '../../../../shared/exporters/exportCsv';
import type { ExportRequestInput } from '../../../../shared/exporters/exportQuery';
import { exportStrings } from '../../../../shared/i18n/exportStrings';
import { LANGUAGES, type Language } from '../../../../shared/languages';
import type { Workshop } from '../../../../shared/model/workshop';
import { useSend } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';
import { useLang } from '../rooms/common/lang';
import { localToday } from '../rooms/logic/actionDraft';
import { Modal } from '../settings/Modal';
import { summarise } from './actionLogFilter';
import { ExportItem } from './ExportItem';
import { MinutesOptionsFields } from './MinutesOptionsFields';
import { useCan } from '../../common/roleContext';
import { ReadOnlyUnless } from '../ReadOnlyUnless';
import { openRecordScreen } from './recordScreen';

/** The exports offered, in the order a secretariat reaches for them. */
export const EXPORT_ITEMS = [
  { id: 'docx', request: { format: 'docx' } },
  { id: 'pdf', request: { format: 'pdf' } },
  { id: 'docx-org', request: { format: 'docx', perOrganisation: true } },
  { id: 'pdf-org', request: { format: 'pdf', perOrganisation: true } },
  { id: 'xlsx', request: { format: 'xlsx', perOrganisation: true } },
  { id: 'csv', request: { format: 'csv' } },
  { id: 'ics', request: { format: 'ics' } },
  { id: 'md', request: { format: 'md' } },
  { id: 'json', request: { format: 'json' } },
] as const satisfies readonly { id: string; request: ExportRequestInput }[];

/**
 * End of the meeting: finish the running point, see what the action list still lacks, and take
 * the record home in every format, in Danish or English.
 */
export function ExportScreen({ workshop, onClose }: { workshop: Workshop; onClose: () => void }) {
  const { t } = useTranslation();
  const send = useSend();
  const mayFinish = useCan('point.finish');
  const mayChooseMinutes = useCan('minutes.setOptions');
  const consoleLang = useLang();
  const id = useId();
  const [language, setLanguage] = useState<Language>(consoleLang);
  const [separator, setSeparator] = useState<CsvSeparator>(';');
  const running = workshop.agenda.find((p) => p.id === workshop.activePointId) ?? null;
  const summary = summarise(
    actionRows(workshop, exportStrings(consoleLang), consoleLang, localToday()),
  );
  const gaps = summary.noOwner + summary.noDue + summary.overdue;

  return (
    <Modal
      title={t('record.export.title')}
      onClose={onClose}
      closeLabel={t('record.close')}
      testId="export-screen"
      wide
    >
      {running ? (
        <div className="record-notice" data-testid="export-running-point">
          <span>
            <span aria-hidden="true">▶ </span>
            {t('record.export.stillRunning', { title: running.title })}
          </span>
          {mayFinish ? (
            <button
              type="button"
              className="button"
              data-testid="export-finish-point"
              onClick={() => void send({ type: 'point.finish' })}
            >
              {t('record.export.finishPoint')}
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="record-notice" data-testid="export-actions-summary">
        <span>
          {t('record.log.summary', { count: summary.total })}
          {gaps > 0 ? (
            <span className="record-warning">
              <span aria-hidden="true">⚠ </span>
              {t('record.export.gaps', { count: gaps })}
            </span>
          ) : null}
        </span>
        <button
          type="button"
          className="button button-quiet"
          data-testid="export-open-log"
          onClick={() => openRecordScreen('log')}
        >
          {t('record.export.openLog')}
        </button>
      </div>

      <div className="record-options">
        <fieldset className="record-radios">
          <legend>{t('record.export.language')}</legend>
          {LANGUAGES.map((l) => (
            <label key={l} className="record-check">
              <input
                type="radio"
                name={`${id}-language`}
                data-testid={`export-language-${l}`}
                checked={language === l}
                onChange={() => setLanguage(l)}
              />
              {t(`record.export.languages.${l}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="record-radios">
          <legend>{t('record.export.separator')}</legend>
          {([';', ','] as const).map((s) => (
            <label key={s} className="record-check">
              <input
                type="radio"
                name={`${id}-separator`}
                data-testid={`export-separator-${s === ';' ? 'semicolon' : 'comma'}`}
                checked={separator === s}
                onChange={() => setSeparator(s)}
              />
              {t(s === ';' ? 'record.export.semicolon' : 'record.export.comma')}
            </label>
          ))}
        </fieldset>
      </div>
      {/* What goes into the minutes is the facilitator's choice (issue 16); a team device sees it. */}
      <ReadOnlyUnless may={mayChooseMinutes}>
        <MinutesOptionsFields options={workshop.minutesOptions} />
      </ReadOnlyUnless>

      <ul className="export-list" data-testid="export-list">
        {EXPORT_ITEMS.map((item) => (
          <ExportItem
            key={item.id}
            id={item.id}
            request={{
              ...item.request,
              language,
              ...(item.request.format === 'csv' ? { separator } : {}),
            }}
          />
        ))}
      </ul>
    </Modal>
  );
}
