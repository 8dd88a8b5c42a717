import { utf8Length } from './utf8Length';

describe('utf8Length', () => {
  it('counts UTF-8 bytes (Chinese is 3 a character)', () => {
    expect(utf8Length('ab')).toBe(2);
    expect(utf8Length('工单')).toBe(6);
    expect(utf8Length('😀')).toBe(4);
  });

  it.each([[''], ['CS20240304001'], ['é'], ['核查日志'], ['a中😀'], ['\uD800'], ['\uDC00x'], ['x\uD83D'], ['\uD83D\uD83D\uDE00'], ['𠀀𠀁 ok']])('the UTF-8 length of %j is what TextEncoder writes', (s) => {
    expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
  });
});
