/**
 * How long each user text may be, in characters (UTF-16 code units: what zod's max and the
 * browser's maxLength both count). The schemas in shared/model use these, and the renderer
 * imports them as plain numbers for its fields' maxLength, so the two can never disagree.
 */

// The workshop (the head of the minutes).
export const WORKSHOP_TITLE_MAX = 200;
export const WORKSHOP_PLACE_MAX = 200;
export const WORKSHOP_ROLE_MAX = 120; // facilitator, secretary

// Participants.
export const PARTICIPANT_NAME_MAX = 120;
export const PARTICIPANT_TITLE_MAX = 120;
export const ORGANISATION_MAX = 160;

// Agenda points.
export const POINT_TITLE_MAX = 200;
export const PRESENTER_MAX = 120;
export const POINT_DESCRIPTION_MAX = 4000;
export const PROBLEM_MAX = 2000; // problem and citizen perspective
/** The secretary's notes on a point for the minutes: a page or two of running text. */
export const POINT_NOTES_MAX = 20000;

// The rooms.
export const QUESTION_MAX = 500;
export const IDEA_MAX = 500;
export const CLUSTER_NAME_MAX = 120;
export const POSITION_MAX = 1000;
export const CONCLUSION_MAX = 500;
export const ACTION_WHAT_MAX = 500;
export const ACTION_FOLLOW_UP_MAX = 500;
export const ACTION_NOTE_MAX = 1000; // a series meeting's note on an action

// Exercises.
export const EXERCISE_TITLE_MAX = 200;
export const EXERCISE_QUESTION_MAX = 1000;
export const EXERCISE_PROMPT_MAX = 500;
export const STEP_PROMPT_MAX = 1000;
export const SPEAKER_LABEL_MAX = 160;
export const EXERCISE_NOTE_MAX = 2000;

// Evaluation.
export const OWN_QUESTION_MAX = 300;
export const RC_GROUP_MAX = 160;
