import './agendaRows.css';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { formatClock } from '../../../../shared/i18n/formatDates';
import { plannedStarts } from '../../common/plannedStarts';
import { useSend } from '../../common/hostContext';
import { currentLanguage, useTranslation } from '../../i18n/i18n';
import { AgendaForm } from './AgendaForm';
import { useAgendaLabels } from './agendaLabels';
import { AgendaRow } from './AgendaRow';
import { RoomIconSprite } from './RoomPlanChips';
import { useCan } from '../../common/roleContext';
import { sameSlice, type WorkshopSlice } from '../workshopSlice';

const KEYS = ['id', 'agenda', 'startTime', 'activePointId'] as const;

/** The programme: reorder by drag and drop or Alt+arrows, edit in place, start a point. */
export const AgendaPanel = memo(function AgendaPanel({
  workshop,
}: {
  workshop: WorkshopSlice<(typeof KEYS)[number]>;
}) {
  const { t } = useTranslation();
  const send = useSend();
  const id = useId();
  const { agenda } = workshop;
  const labels = useAgendaLabels();
  const mayAdd = useCan('agenda.add');
  const listRef = useRef<HTMLOListElement>(null);
  // move reads the agenda through a ref, so it stays the same function and rows stay memoised.
  const agendaRef = useRef(agenda);
  useLayoutEffect(() => {
    agendaRef.current = agenda;
  }, [agenda]);
  const focusAfterMove = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const move = useCallback(
    async (pointId: string, toIndex: number, byKeyboard: boolean) => {
      const agenda = agendaRef.current;
      const point = agenda.find((p) => p.id === pointId);
      if (!point || toIndex < 0 || toIndex >= agenda.length) return;
      if (byKeyboard) focusAfterMove.current = pointId;
      const ok = await send({ type: 'agenda.move', id: pointId, toIndex });
      if (ok) {
        setAnnouncement(
          t('agenda.moved', { title: point.title, position: toIndex + 1, count: agenda.length }),
        );
      }
    },
    [send, t],
  );

  // React may move the focused row in the DOM, which drops focus: put it back on the handle.
  useEffect(() => {
    const pointId = focusAfterMove.current;
    if (!pointId) return;
    const handle = listRef.current?.querySelector<HTMLElement>(
      `[data-point-id="${CSS.escape(pointId)}"] [data-testid="agenda-drag-handle"]`,
    );
    if (handle && document.activeElement !== handle) handle.focus();
    focusAfterMove.current = null;
  }, [agenda]);

  const language = currentLanguage();
  const { startTime } = workshop;
  const starts = useMemo(
    () =>
      plannedStarts(
        startTime,
        agenda.map((p) => p.plannedMinutes),
      ),
    [startTime, agenda],
  );
  // Worked out again only when the programme changes, not on every change of the workshop.
  const clocks = useMemo(
    () =>
      starts.map((start) =>
        start === null || start === undefined
          ? null
          : t('agenda.clock', { time: formatClock(start, language) }),
      ),
    [starts, t, language],
  );
  const total = agenda.reduce((sum, p) => sum + p.plannedMinutes, 0);
  const firstStart = starts[0];
  const anotherActive = workshop.activePointId;

  return (
    <section className="panel agenda-panel" aria-labelledby={`${id}-h`}>
      <div className="panel-head">
        <h2 id={`${id}-h`}>{t('agenda.heading')}</h2>
        {agenda.length > 0 ? (
          <span className="panel-meta">
            {firstStart === null || firstStart === undefined
              ? t('agenda.total', { minutes: total })
              : t('agenda.totalUntil', {
                  minutes: total,
                  time: formatClock(firstStart + total, language),
                })}
          </span>
        ) : null}
      </div>
      {agenda.length === 0 ? (
        <p className="empty">{t('agenda.empty')}</p>
      ) : (
        // Every row in one render: the console's first build is already sliced by React
        // (ConsoleApp's deferred build); a second pass for the rows below cost more than it saved.
        <ol className="agenda-list" ref={listRef}>
          {agenda.map((point, index) => (
            <AgendaRow
              key={point.id}
              point={point}
              workshopId={workshop.id}
              index={index}
              count={agenda.length}
              clock={clocks[index] ?? null}
              otherActive={anotherActive !== null && anotherActive !== point.id}
              onMove={move}
              labels={labels}
            />
          ))}
        </ol>
      )}
      <RoomIconSprite />
      <div className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
      {mayAdd ? <AgendaForm /> : null}
    </section>
  );
}, sameSlice(KEYS));
