import type { Due } from '../model/actions';
import { nextHolder, turnHolder } from '../model/turnFlow';
import type { AgendaPoint, Workshop } from '../model/workshop';
import { currentRoom, runningPoint } from './phoneRoom';
import { PHONE_VIEW_MAX_IDEAS, type PhoneForm, type PhoneView } from './protocol';

export interface PhoneViewInput {
  workshop: Workshop;
  /** The host's revision: a phone ignores a view older than the one it has. */
  revision: number;
  participantId: string;
  locked: boolean;
  /** The open evaluation form as this phone sees it (submitted or not); null when none. */
  form: PhoneForm | null;
}

/** `yyyy-mm-dd`, `next-meeting`, or empty while not agreed: the phone formats it. */
function dueText(due: Due): string {
  if (due === null) return '';
  return due.kind === 'date' ? due.date : 'next-meeting';
}

interface PointBase {
  nameOf: (id: string | null) => string | null;
  ideaCount: number;
  shown: Workshop['ideas'];
  clusters: NonNullable<PhoneView['point']>['clusters'];
  dots: Workshop['dots'];
  results: { targetId: string; count: number }[] | null;
  turns: NonNullable<PhoneView['point']>['turns'];
}

/**
 * What every phone sees alike of the running point, worked out once per workshop state: the
 * host builds one view per phone from the same state, so all of them share this.
 */
const bases = new WeakMap<Workshop, PointBase>();

function pointBase(workshop: Workshop, point: AgendaPoint): PointBase {
  const cached = bases.get(workshop);
  if (cached) return cached;
  const names = new Map(workshop.participants.map((p) => [p.id, p.name]));
  const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
  const turns = point.turns;
  const ideas = workshop.ideas.filter((i) => i.pointId === point.id);
  const clusters = workshop.clusters.filter((c) => c.pointId === point.id);
  const dots = workshop.dots.filter((d) => d.pointId === point.id);
  let results: { targetId: string; count: number }[] | null = null;
  if (point.votesRevealed) {
    const counts = new Map<string, number>();
    for (const d of dots) counts.set(d.targetId, (counts.get(d.targetId) ?? 0) + 1);
    results = [...clusters, ...ideas].map((t) => ({
      targetId: t.id,
      count: counts.get(t.id) ?? 0,
    }));
  }
  const base: PointBase = {
    nameOf,
    ideaCount: ideas.length,
    shown: currentRoom(point) === 'negotiating' ? ideas : ideas.slice(-PHONE_VIEW_MAX_IDEAS),
    clusters: clusters.map((c) => ({
      id: c.id,
      name: c.name,
      ideaIds: ideas.filter((i) => i.clusterId === c.id).map((i) => i.id),
    })),
    dots,
    results,
    turns: turns && {
      mode: turns.mode,
      holderId: turns.mode === 'free' ? null : turnHolder(turns),
      holderName: turns.mode === 'free' ? null : nameOf(turnHolder(turns)),
      nextName: turns.mode === 'free' ? null : nameOf(nextHolder(turns)),
      ended: turns.ended,
    },
  };
  bases.set(workshop, base);
  return base;
}

function pointView(
  workshop: Workshop,
  point: AgendaPoint,
  me: string,
): NonNullable<PhoneView['point']> {
  const { nameOf, ideaCount, shown, clusters, dots, results, turns } = pointBase(workshop, point);
  return {
    id: point.id,
    title: point.title,
    room: currentRoom(point),
    turns,
    ideaCount,
    ideas: shown.map((i) => ({
      id: i.id,
      text: i.text,
      authorName: nameOf(i.authorId),
      mine: i.authorId === me,
    })),
    clusters,
    dots: {
      perPerson: point.dotsPerPerson,
      mine: dots
        .filter((d) => d.participantId === me)
        .map((d) => ({ id: d.id, targetId: d.targetId })),
      results,
    },
    // This point's actions, and every action of mine from the whole meeting for the "mine" list.
    actions: workshop.actions
      .filter((a) => a.status !== 'dropped' && (a.pointId === point.id || a.ownerIds.includes(me)))
      .map((a) => ({
        id: a.id,
        what: a.what,
        who: [...a.ownerIds.map((id) => nameOf(id) ?? ''), a.ownerOrganisation]
          .filter((x) => x.trim() !== '')
          .join(', '),
        due: dueText(a.due),
        mine: a.ownerIds.includes(me),
      })),
  };
}

/**
 * What one participant's phone shows: the running point as that person sees it, and nothing
 * of other people's dots or scores except revealed totals. Null once the person is gone.
 */
export function phoneView(input: PhoneViewInput): PhoneView | null {
  const { workshop, participantId } = input;
  const me = workshop.participants.find((p) => p.id === participantId);
  if (!me) return null;
  const point = runningPoint(workshop);
  return {
    revision: input.revision,
    workshopTitle: workshop.title,
    me: { id: me.id, name: me.name, organisation: me.organisation },
    locked: input.locked,
    point: point && pointView(workshop, point, me.id),
    form: input.form,
  };
}
