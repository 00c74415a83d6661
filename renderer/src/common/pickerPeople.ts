/**
 * How every list of people one picks from shows them (the console's selects and the phone's name
 * list): those present first, then those who sent regrets (AFBUD), each group in the order given,
 * and an absent person marked, yet still choosable where the picker allows it.
 */

/** The console's participants say `present`; the phone's name list says `absent`. */
export type Presence = { present: boolean } | { absent: boolean };

export type PickerPerson = { id: string; name: string; organisation?: string } & Presence;

export interface PickerChoice<T> {
  id: string;
  person: T;
  /** "Name · Organisation" (or the name alone), with the absent mark after one who sent regrets. */
  label: string;
  absent: boolean;
}

export function isAbsent(person: Presence): boolean {
  return 'present' in person ? !person.present : person.absent;
}

/** Present people first, then the absent ones; each group keeps its order. */
export function absentLast<T extends Presence>(people: readonly T[]): T[] {
  return [...people.filter((p) => !isAbsent(p)), ...people.filter((p) => isAbsent(p))];
}

/** A person as a picker names them; `absentMark` is the translated "(afbud)". */
export function pickerLabel(
  person: PickerPerson,
  absentMark: string,
  withOrganisation = true,
): string {
  const organisation = withOrganisation ? (person.organisation ?? '').trim() : '';
  const name = organisation ? `${person.name} · ${organisation}` : person.name;
  return isAbsent(person) ? `${name} ${absentMark}` : name;
}

/** The people of a picker, in the order it lists them, each with the label it shows. */
export function pickerChoices<T extends PickerPerson>(
  people: readonly T[],
  absentMark: string,
  { organisation = true }: { organisation?: boolean } = {},
): PickerChoice<T>[] {
  return absentLast(people).map((person) => ({
    id: person.id,
    person,
    label: pickerLabel(person, absentMark, organisation),
    absent: isAbsent(person),
  }));
}
