import { describe, expect, it } from 'vitest';
import { minutesOptionsFromQuery, minutesOptionsQuery } from './minutesOptionsQuery';

const read = (query: string) => minutesOptionsFromQuery(new URLSearchParams(query));

describe('minutes options in a query string', () => {
  it('carry every override there and back, and nothing that was not overridden', () => {
    const all = {
      killers: 'named',
      authors: true,
      dots: false,
      ideas: 'clustered',
      evaluation: false,
    } as const;
    expect(minutesOptionsQuery(all)).toBe(
      'killers=named&ideas=clustered&authors=1&dots=0&evaluation=0',
    );
    expect(read(minutesOptionsQuery(all))).toEqual(all);
    expect(minutesOptionsQuery({})).toBe('');
    expect(read('lang=da&org=Aalborg%20Kommune')).toEqual({});
  });

  it('leave an unknown value to the saved options instead of guessing', () => {
    expect(read('killers=everyone&ideas=&authors=ja&dots=1')).toEqual({ dots: true });
  });
});
