export const DOCUMENT_EXTENSION = '.dialogrum';

/**
 * Browser mode has no save dialog: "save as" names a file beside the open one (new workshops
 * live in the host's documents folder, so that is usually where it lands). The name cannot
 * climb out of the folder, and gets the extension if it lacks one. Works for / and \ paths.
 */
export function saveAsPath(currentPath: string, name: string): string | null {
  const stem = name.trim().replace(/[/\\]/g, '-').replace(/^\.+/, '');
  if (!stem) return null;
  const cut = Math.max(currentPath.lastIndexOf('/'), currentPath.lastIndexOf('\\'));
  const dir = cut >= 0 ? currentPath.slice(0, cut + 1) : '';
  const file = stem.toLowerCase().endsWith(DOCUMENT_EXTENSION) ? stem : stem + DOCUMENT_EXTENSION;
  return dir + file;
}
