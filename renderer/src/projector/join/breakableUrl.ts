/**
 * A web address that may wrap on a narrow projector: a zero-width space after each `/` and `.`,
 * so a line breaks there and nowhere inside a word. Copying it gives the spaces too, so it is
 * for showing only.
 */
export function breakableUrl(url: string): string {
  return url.replace(/[/.]/g, '$&\u200B');
}
