import type { Cluster, Dot, Idea } from '../model/ideas';

export interface DotResult {
  targetId: string;
  kind: 'idea' | 'cluster';
  label: string;
  dots: number;
}

/** Dot-vote results for a point, most dots first (ties keep the wall's order). */
export function dotResults(
  pointId: string,
  ideas: readonly Idea[],
  clusters: readonly Cluster[],
  dots: readonly Dot[],
): DotResult[] {
  const count = new Map<string, number>();
  for (const d of dots)
    if (d.pointId === pointId) count.set(d.targetId, (count.get(d.targetId) ?? 0) + 1);
  const targets: DotResult[] = [
    ...clusters
      .filter((c) => c.pointId === pointId)
      .map((c) => ({ targetId: c.id, kind: 'cluster' as const, label: c.name, dots: 0 })),
    ...ideas
      .filter((i) => i.pointId === pointId)
      .map((i) => ({ targetId: i.id, kind: 'idea' as const, label: i.text, dots: 0 })),
  ];
  return targets
    .map((t) => ({ ...t, dots: count.get(t.targetId) ?? 0 }))
    .sort((a, b) => b.dots - a.dots);
}

/** Dots a participant has left on a point. */
export function dotsLeft(
  pointId: string,
  participantId: string,
  dotsPerPerson: number,
  dots: readonly Dot[],
): number {
  const spent = dots.filter(
    (d) => d.pointId === pointId && d.participantId === participantId,
  ).length;
  return Math.max(0, dotsPerPerson - spent);
}
