/** The sample workshop's ids start with this, so the console can greet it with the guide. */
export const SAMPLE_ID_PREFIX = 'sample-';

export function isSampleWorkshop(id: string | undefined): boolean {
  return id !== undefined && id.startsWith(SAMPLE_ID_PREFIX);
}
