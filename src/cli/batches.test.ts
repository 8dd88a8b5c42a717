import fc from 'fast-check';
import { batches } from './batches';

test('batches keep the text and its order, each but the last at least the size', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 5 }), { maxLength: 30 }), fc.integer({ min: 1, max: 12 }), (pieces, size) => {
      const out = [...batches(pieces, size)];
      expect(out.join('')).toBe(pieces.join(''));
      out.slice(0, -1).forEach((b) => expect(b.length).toBeGreaterThanOrEqual(size));
      expect(out.every((b) => b !== '')).toBe(true);
    }),
  );
});
