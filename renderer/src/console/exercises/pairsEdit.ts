/**
 * Move one person to another group (or to a new group of their own at `to === groups.length`);
 * a group left empty goes. Groups hold at most four (the command's limit).
 */
export function movePerson(groups: readonly string[][], personId: string, to: number): string[][] {
  const from = groups.findIndex((g) => g.includes(personId));
  if (from < 0 || from === to) return groups.map((g) => [...g]);
  const next = groups.map((g) => g.filter((id) => id !== personId));
  if (to >= next.length) next.push([personId]);
  else if (next[to]!.length >= 4) return groups.map((g) => [...g]);
  else next[to]!.push(personId);
  return next.filter((g) => g.length > 0);
}
