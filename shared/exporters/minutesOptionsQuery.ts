import { IDEAS_IN_MINUTES, KILLERS_IN_MINUTES } from '../model/minutesChoices';
import type { MinutesOptions } from '../model/minutesOptions';
import type { QueryParams } from './exportQuery';

const FLAGS = ['authors', 'dots', 'evaluation'] as const;

/**
 * Minutes options over the workshop's saved ones, as the print view's query string carries them
 * (the PDF printers, through shared/exporters/printViewQuery.ts), e.g. `killers=named&authors=1&ideas=none`.
 */
export function minutesOptionsQuery(options: Partial<MinutesOptions>): string {
  const params: string[] = [];
  if (options.killers !== undefined) params.push(`killers=${options.killers}`);
  if (options.ideas !== undefined) params.push(`ideas=${options.ideas}`);
  for (const flag of FLAGS) {
    const value = options[flag];
    if (value !== undefined) params.push(`${flag}=${value ? '1' : '0'}`);
  }
  return params.join('&');
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

/** The overrides a query string names; anything missing or unknown is left to the saved options. */
export function minutesOptionsFromQuery(params: QueryParams): Partial<MinutesOptions> {
  const options: Partial<MinutesOptions> = {};
  const killers = oneOf(params.get('killers'), KILLERS_IN_MINUTES);
  if (killers) options.killers = killers;
  const ideas = oneOf(params.get('ideas'), IDEAS_IN_MINUTES);
  if (ideas) options.ideas = ideas;
  for (const flag of FLAGS) {
    const value = params.get(flag);
    if (value === '1' || value === '0') options[flag] = value === '1';
  }
  return options;
}
