import { nanoid } from 'nanoid';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { programmeToImport } from '../../../../shared/programme/importProgramme';
import type { Workshop } from '../../../../shared/model/workshop';
import { parseProgramme } from '../../../../shared/programme/parseProgramme';
import { formatClock } from '../../../../shared/i18n/formatDates';
import { useSend } from '../../common/hostContext';
import { currentLanguage, useTranslation } from '../../i18n/i18n';
import { headerOffers, headerUpdate, type HeaderFieldName, type HeaderOffer } from './headerOffer';
import { ProgrammeHeaderChoices } from './ProgrammeHeaderChoices';

interface Props {
  open: boolean;
  onClose: () => void;
  workshop: Pick<Workshop, HeaderFieldName>;
}

/**
 * Paste a programme from an invitation: read as you type, the items it read and the lines it
 * could not (never dropped), then one agenda.import, so one undo takes it all back; the
 * invitation's title, date and place as ticked go in after it through one workshop.update.
 */
export function ProgrammePasteDialog({ open, onClose, workshop }: Props) {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const parsed = useMemo(() => parseProgramme(text), [text]);
  const offers = headerOffers(parsed.header, workshop);
  // The user's ticks by offer; an offer nobody touched keeps its default.
  const [ticks, setTicks] = useState<Record<string, boolean>>({});
  const ticked = (offer: HeaderOffer) => ticks[offer.key] ?? offer.checkedByDefault;
  const language = currentLanguage();
  const clock = (m: number) => formatClock(m, language);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  async function importItems(): Promise<void> {
    const { command } = programmeToImport(parsed.items, nanoid, {
      gapTitle: t('time.programme.gapTitle'),
    });
    if (!command) return;
    if (!(await send(command))) return;
    // The agenda is in: close even if the header is refused (the app shows why), or a second
    // click would import the items twice.
    const update = headerUpdate(offers, ticked);
    if (update) await send(update);
    setText('');
    setTicks({});
    onClose();
  }

  return (
    <dialog
      ref={ref}
      className="programme-paste"
      aria-labelledby={`${id}-h`}
      data-testid="programme-paste"
      onClose={onClose}
    >
      <h2 id={`${id}-h`}>{t('time.paste.heading')}</h2>
      <p className="hint">{t('time.paste.hint')}</p>
      <textarea
        className="programme-paste-text"
        data-testid="programme-paste-text"
        rows={10}
        value={text}
        aria-label={t('time.paste.heading')}
        placeholder={t('time.paste.placeholder')}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="programme-paste-result">
        <ProgrammeHeaderChoices
          offers={offers}
          ticked={ticked}
          onTick={(offer, on) => setTicks((old) => ({ ...old, [offer.key]: on }))}
        />
        <section aria-labelledby={`${id}-read`}>
          <h3 id={`${id}-read`}>{t('time.paste.read', { count: parsed.items.length })}</h3>
          <ol className="programme-paste-items" data-testid="programme-paste-items">
            {parsed.items.map((item) => (
              <li key={item.line} data-testid="programme-paste-item">
                <span className="programme-row-time">
                  {clock(item.start)}–{clock(item.end)}
                </span>{' '}
                {item.isBreak ? (
                  <span className="programme-break-tag">{t('time.programme.breakTag')}</span>
                ) : null}
                {item.title}
                {item.presenter ? ` · ${item.presenter}` : ''}
                {item.details.length > 0 ? (
                  <span className="programme-paste-details"> ({item.details.join('; ')})</span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
        {parsed.unread.length > 0 ? (
          <section
            className="programme-paste-unread"
            data-testid="programme-paste-unread"
            aria-labelledby={`${id}-unread`}
          >
            <h3 id={`${id}-unread`}>{t('time.paste.unread', { count: parsed.unread.length })}</h3>
            <ul>
              {parsed.unread.map((u) => (
                <li key={u.line} data-testid="programme-paste-unread-line" data-line={u.line}>
                  {t('time.paste.line', { line: u.line })}: <q>{u.text.trim()}</q> —{' '}
                  {t(`time.paste.reasons.${u.reason}`)}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      <div className="programme-paste-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('time.paste.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid="programme-paste-import"
          disabled={parsed.items.length === 0}
          onClick={() => void importItems()}
        >
          {t('time.paste.import', { count: parsed.items.length })}
        </button>
      </div>
    </dialog>
  );
}
