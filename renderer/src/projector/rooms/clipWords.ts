/**
 * `text` cut after its last whole word within `max` characters, with "…"; whole when it is
 * short enough. For a label that names something shown in full elsewhere on the screen (a dot
 * result names an idea that stands in full in its cluster).
 */
export function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const words = (space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).replace(
    /[\s,;:–-]+$/u,
    '',
  );
  return `${words} …`;
}
