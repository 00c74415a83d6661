import { produceWithPatches, type Patch } from 'immer';
import './immerPlugins';
import { z } from 'zod';
import { CommandSchema, commandHandlers, type Command, type CommandContext } from './commands';
import { DomainError } from './errors';
import type { Workshop } from './model/workshop';

export interface Applied {
  state: Workshop;
  patches: Patch[];
  inversePatches: Patch[];
}

/** Validate untrusted input into a command, or throw a DomainError that says what is wrong. */
export function parseCommand(input: unknown): Command {
  const result = CommandSchema.safeParse(input);
  if (!result.success) {
    throw new DomainError('invalid-command', z.prettifyError(result.error));
  }
  return result.data;
}

/**
 * The one pure reducer: the next state plus the patches that sync every view and the inverse
 * patches that undo it. A refused command throws and the input state is untouched.
 */
export function reduce(state: Workshop, command: Command, ctx: CommandContext): Applied {
  const apply = commandHandlers.get(command.type);
  if (!apply) throw new DomainError('invalid-command', `Unknown command ${command.type}`);
  const [next, patches, inversePatches] = produceWithPatches(state, (draft) => {
    apply(draft, command, ctx);
  });
  return { state: next, patches, inversePatches };
}
