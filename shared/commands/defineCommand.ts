import type { Draft } from 'immer';
import { z } from 'zod';
import type { Workshop } from '../model/workshop';

/** What the host knows that the command does not: the clock. Keeps the reducer pure. */
export interface CommandContext {
  now: number;
}

export interface CommandDef<T extends string, S extends z.ZodObject<{ type: z.ZodLiteral<T> }>> {
  type: T;
  schema: S;
  /** Mutates the immer draft; throws a DomainError to refuse (the draft is then discarded). */
  apply: (draft: Draft<Workshop>, command: z.infer<S>, ctx: CommandContext) => void;
}

/** One command per file, Excalidraw-style: its name, its payload schema, and what it does. */
export function defineCommand<T extends string, Shape extends z.ZodRawShape>(
  type: T,
  shape: Shape,
  apply: (
    draft: Draft<Workshop>,
    command: z.infer<z.ZodObject<{ type: z.ZodLiteral<T> } & Shape>>,
    ctx: CommandContext,
  ) => void,
) {
  const schema = z.strictObject({ type: z.literal(type), ...shape });
  return { type, schema, apply } as const;
}
