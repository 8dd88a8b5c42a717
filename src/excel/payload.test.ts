import fc from 'fast-check';
import { blocksByBytes, jsonBytes, rowsPerReadBlock } from './payload';

describe('payload sizing', () => {
  it('cuts rows into consecutive blocks under the budget, covering every row once', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 5 }), { maxLength: 200 }), fc.integer({ min: 50, max: 2000 }), (rows, budget) => {
        const blocks = blocksByBytes(rows, budget);
        let next = 0;
        for (const b of blocks) {
          expect(b.start).toBe(next);
          expect(b.end).toBeGreaterThan(b.start);
          const bytes = rows.slice(b.start, b.end).reduce((n, r) => n + jsonBytes(r) + 1, 0);
          if (b.end - b.start > 1) expect(bytes).toBeLessThanOrEqual(budget);
          next = b.end;
        }
        expect(next).toBe(rows.length);
      }),
    );
  });

  it('reads fewer rows per block as tables get wider', () => {
    expect(rowsPerReadBlock(1)).toBe(40_000);
    expect(rowsPerReadBlock(40)).toBe(1_000);
    expect(rowsPerReadBlock(100_000)).toBe(1);
  });
});
