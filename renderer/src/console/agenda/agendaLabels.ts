import { useMemo } from 'react';
import type { PointStatus } from '../../../../shared/model/workshop';
import { ROOM_IDS, PURPOSES, type Purpose, type RoomId } from '../../../../shared/roomCatalogue';
import { useTranslation } from '../../i18n/i18n';

/**
 * The agenda's fixed strings, translated once per language for all rows: at 200 points the
 * rows' own t() calls (about 30 a row) were most of the console's load time.
 */
export interface AgendaLabels {
  title: string;
  start: string;
  resume: string;
  remove: string;
  purpose: string;
  minutes: string;
  minutesUnit: string;
  presenter: string;
  editRooms: string;
  closeRooms: string;
  roomPlan: string;
  notes: string;
  closeNotes: string;
  notesWritten: string;
  status: Record<PointStatus, string>;
  purposes: Record<Purpose, string>;
  rooms: Record<RoomId, { name: string; short: string }>;
  /** The few strings that name the row's own point. */
  number: (n: number) => string;
  dragHandle: (title: string) => string;
  startLabel: (title: string) => string;
  removeLabel: (title: string) => string;
  notesLabel: (title: string) => string;
}

const STATUSES: readonly PointStatus[] = ['pending', 'active', 'done'];

export function useAgendaLabels(): AgendaLabels {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      title: t('agenda.title'),
      start: t('agenda.start'),
      resume: t('agenda.resume'),
      remove: t('agenda.remove'),
      purpose: t('agenda.purpose'),
      minutes: t('agenda.minutes'),
      minutesUnit: t('agenda.minutesUnit'),
      presenter: t('agenda.presenter'),
      editRooms: t('agenda.editRooms'),
      closeRooms: t('agenda.closeRooms'),
      roomPlan: t('roomPlan.heading'),
      notes: t('agenda.notes'),
      closeNotes: t('agenda.closeNotes'),
      notesWritten: t('agenda.notesWritten'),
      status: Object.fromEntries(STATUSES.map((s) => [s, t(`status.${s}`)])) as Record<
        PointStatus,
        string
      >,
      purposes: Object.fromEntries(PURPOSES.map((p) => [p, t(`purposes.${p}`)])) as Record<
        Purpose,
        string
      >,
      rooms: Object.fromEntries(
        ROOM_IDS.map((r) => [r, { name: t(`rooms.${r}.name`), short: t(`rooms.${r}.short`) }]),
      ) as Record<RoomId, { name: string; short: string }>,
      number: (n) => t('agenda.number', { n }),
      dragHandle: (title) => t('agenda.dragHandle', { title }),
      startLabel: (title) => t('agenda.startLabel', { title }),
      removeLabel: (title) => t('agenda.removeLabel', { title }),
      notesLabel: (title) => t('agenda.notesLabel', { title }),
    }),
    // t changes identity with the language; the language is named for clarity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, language],
  );
}
