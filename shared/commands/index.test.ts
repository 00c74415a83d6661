import { describe, expect, it } from 'vitest';
import { CommandSchema, commandHandlers, definitions } from './index';

describe('the command list', () => {
  const defined = definitions.map((d) => d.type);
  const inSchema = CommandSchema.options.map((option) => option.shape.type.value);

  it('lists the same command types in `definitions` and in CommandSchema', () => {
    expect([...inSchema].sort()).toEqual([...defined].sort());
  });

  it('uses each type once, and the schema of each definition is the one in the union', () => {
    expect(new Set(defined).size).toBe(defined.length);
    for (const definition of definitions) {
      const option = CommandSchema.options.find((o) => o.shape.type.value === definition.type);
      expect(option, definition.type).toBe(definition.schema);
    }
  });

  it('has a handler for every command type', () => {
    expect([...commandHandlers.keys()].sort()).toEqual([...defined].sort());
  });
});
