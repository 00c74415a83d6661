import { z } from 'zod';
import { IDEAS_IN_MINUTES, KILLERS_IN_MINUTES } from './minutesChoices';

/** The choices (shared/model/minutesChoices.ts, zod-free). */
export * from './minutesChoices';

/**
 * What the secretariat puts into the minutes (Markdown, Word and PDF alike). Each field has its
 * own default, so a file saved before a field existed still loads.
 */
export const MinutesOptionsSchema = z.object({
  killers: z.enum(KILLERS_IN_MINUTES).default('counted'),
  /** Who wrote each idea. */
  authors: z.boolean().default(false),
  /** Each idea's and cluster's dot count. */
  dots: z.boolean().default(true),
  ideas: z.enum(IDEAS_IN_MINUTES).default('all'),
  /** The evaluation of the collaboration, when anyone scored it. */
  evaluation: z.boolean().default(true),
});
export type MinutesOptions = z.infer<typeof MinutesOptionsSchema>;

export function defaultMinutesOptions(): MinutesOptions {
  return MinutesOptionsSchema.parse({});
}
