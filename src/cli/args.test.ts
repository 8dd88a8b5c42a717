import fc from 'fast-check';
import { json, jsonChunks } from './args';

test('jsonChunks joins to exactly the text json() prints', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.string().filter((k) => k !== '__proto__'), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()))), (v) => {
      expect([...jsonChunks(v)].join('')).toBe(json(v));
    }),
  );
  expect([...jsonChunks({ tickets: [{ id: 'A' }, { id: 'B' }], problems: [] })].join('')).toBe(json({ tickets: [{ id: 'A' }, { id: 'B' }], problems: [] }));
});
