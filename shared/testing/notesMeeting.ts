/**
 * Test data for the notes in the minutes (exporters/notesBlocks.ts and the three renderers): a
 * director forum's welcome with notes only, a decision point with notes and a problem statement,
 * and "Eventuelt" with nothing at all. Used only by tests: the unit tests take the whole meeting,
 * test/e2e/minutes-notes.spec.ts its agenda (it types the notes and the problem in the console).
 */
import type { Command } from '../commands';
import { emptyWorkshop, type Workshop } from '../model/workshop';
import { parseCommand } from '../reducer';
import type { CommandInput } from './commandCases';
import { run } from './fixture';

export const WELCOME_NOTES = [
  'Mickael Grøne Bech bød velkommen, og dagsordenen blev godkendt.',
  'Referat fra sidste møde blev godkendt uden bemærkninger.',
].join('\n');

export const PROPOSAL_NOTES = [
  'Anette Schouv Kjeldsen introducerede forslaget til ny organisering af det tværsektorielle samarbejde.',
  '',
  'Pointer fra mødet:',
  '• Der er behov for tydelighed omkring roller og opgaver.',
  '- Modellen fordrer, at fællessekretariatet sikres et tydeligt mandat og ressourcer',
  '• Kompetenceudvikling/sidemandsoplæring på tværs – *ikke* kun på hospitalerne',
].join('\n');

export const PROPOSAL_PROBLEM = 'Organiseringen opleves som kompleks og svær at overskue.';

export const NOTES_MEETING_TITLE = 'Aarhus-klyngen, Direktørforum';
export const PROPOSAL_TITLE =
  'Forslag til ny organisering af det tværsektorielle samarbejde om sundhed';

/** The three points, before anything is written on them. */
export const NOTES_MEETING_AGENDA: Command[] = [
  {
    type: 'agenda.add',
    point: {
      id: 'pt1',
      title: 'Velkomst og godkendelse af dagsorden',
      purpose: 'orientation',
      plannedMinutes: 10,
      presenter: 'Mickael Grøne Bech',
    },
  },
  {
    type: 'agenda.add',
    point: {
      id: 'pt2',
      title: PROPOSAL_TITLE,
      purpose: 'decision',
      plannedMinutes: 40,
      presenter: '',
    },
  },
  {
    type: 'agenda.add',
    point: {
      id: 'pt3',
      title: 'Eventuelt',
      purpose: 'orientation',
      plannedMinutes: 5,
      presenter: '',
    },
  },
];

/** Ad 1 (welcome, done, notes only), Ad 2 (running, notes and a problem), Ad 3 (nothing). */
export function notesMeeting(): Workshop {
  const commands: CommandInput[] = [
    { type: 'workshop.update', title: NOTES_MEETING_TITLE, startTime: '09:00' },
    ...NOTES_MEETING_AGENDA,
    { type: 'point.setNotes', id: 'pt1', notes: WELCOME_NOTES },
    { type: 'point.setNotes', id: 'pt2', notes: PROPOSAL_NOTES },
    { type: 'point.start', id: 'pt1' },
    { type: 'point.finish', startNext: true },
    { type: 'point.setClarification', id: 'pt2', changes: { problem: PROPOSAL_PROBLEM } },
  ];
  return run(emptyWorkshop('w1'), commands.map(parseCommand));
}
