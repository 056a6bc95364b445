import { describe, expect, it } from 'vitest';
import { unstorablePath } from './unstorable-text.ts';

describe('unstorablePath', () => {
  it('names the first field holding a NUL or a lone surrogate', () => {
    expect(unstorablePath({ name: 'ok', note: 'a\u0000b' })).toBe('note');
    expect(unstorablePath({ items: [{ x: 'ok' }, { x: '\uD800' }] })).toBe('items.1.x');
    expect(unstorablePath({ x: 'tail \uDC00' })).toBe('x');
    expect(unstorablePath('\u0000')).toBe('');
    expect(unstorablePath({ 'bad\u0000key': 1 })).toBe('bad\u0000key');
  });

  it('reads objects whose prototype has no prototype (how Fastify parses query strings)', () => {
    const query = Object.create(Object.create(null)) as Record<string, string>;
    query.office = 'a\u0000b';
    expect(unstorablePath(query)).toBe('office');
  });

  it('lets Khmer, emoji, joiners and right-to-left marks through', () => {
    expect(unstorablePath({ name: 'សុខ ដារ៉ា 👩🏽‍⚕️ \u200d\u200b\u202e', n: 3, list: ['😀'], nil: null })).toBeUndefined();
  });

  it('answers for a body nested 100,000 levels deep', () => {
    let deep: unknown = 'a\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(unstorablePath(deep)?.split('.').length).toBe(100_000);
  });

  it('does not walk buffers or streams', () => {
    expect(unstorablePath(Buffer.from([0, 0]))).toBeUndefined();
    expect(unstorablePath(new Map([['a', '\u0000']]))).toBeUndefined();
  });
});
