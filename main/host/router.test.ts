import { describe, expect, it } from 'vitest';
import type { HostHandlers } from '../../shared/api';
import { DomainError } from '../../shared/errors';
import { route, toErrorPayload } from './router';

const noHandlers = {} as HostHandlers;

describe('route: a refused payload names its field', () => {
  it('a too-long workshop title carries the field, the limit and the length written', async () => {
    const title = 'x'.repeat(336);
    const response = await route(noHandlers, 'dispatch', { type: 'workshop.update', title });
    expect(response).toMatchObject({
      ok: false,
      error: { code: 'invalid-command', details: { field: 'title', limit: 200, length: 336 } },
    });
  });

  it('a nested field is named by its last key', async () => {
    const participant = {
      id: 'p1',
      name: 'Anne',
      title: '',
      organisation: 'o'.repeat(161),
      present: true,
    };
    const response = await route(noHandlers, 'dispatch', { type: 'participant.add', participant });
    expect(response).toMatchObject({
      ok: false,
      error: { details: { field: 'organisation', limit: 160, length: 161 } },
    });
  });

  it('a required text of only zero-width characters is refused as empty', async () => {
    const participant = {
      id: 'p1',
      name: '\u200B\u200B',
      title: '',
      organisation: '',
      present: true,
    };
    const response = await route(noHandlers, 'dispatch', { type: 'participant.add', participant });
    expect(response).toMatchObject({
      ok: false,
      error: { code: 'invalid-command', details: { field: 'name', required: 1 } },
    });
  });
});

describe('toErrorPayload', () => {
  it("passes a domain error's details on", () => {
    const error = new DomainError('not-found', 'No idea with id x', { id: 'x', what: 'idea' });
    expect(toErrorPayload(error)).toEqual({
      code: 'not-found',
      message: 'No idea with id x',
      details: { id: 'x', what: 'idea' },
    });
  });
});
