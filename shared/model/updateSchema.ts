import { z } from 'zod';

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

export type UpdateShape<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodExactOptional<WithoutDefault<S[K]>>;
};

/**
 * The changes an update command carries: every field optional and none defaulted. zod 4's
 * .partial() keeps defaults, so a field left out of an edit would be reset to its default.
 * Exact: a field sent as undefined (IPC keeps it) is refused, not written into the entity.
 */
export function updateSchema<S extends z.ZodRawShape>(
  schema: z.ZodObject<S, z.core.$ZodObjectConfig>,
): z.ZodObject<UpdateShape<S>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      z.exactOptional(field instanceof z.ZodDefault ? field.unwrap() : field),
    ]),
  );
  return z.object(shape) as unknown as z.ZodObject<UpdateShape<S>>;
}
