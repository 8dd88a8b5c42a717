import { utf8Length } from './utf8Length';

describe('utf8Length', () => {
  it.each([[''], ['CS20240304001'], ['é'], ['核查日志'], ['a中😀'], ['\uD800'], ['\uDC00x'], ['x\uD83D'], ['\uD83D\uD83D\uDE00'], ['𠀀𠀁 ok']])('the UTF-8 length of %j is what TextEncoder writes', (s) => {
    expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
  });
});
