import fc from 'fast-check';
import { findDuplicateIds, laterDuplicateRows } from './findDuplicates';
import { createNumberAllocator, nextTicketNumber } from './nextTicketNumber';
import { parseTicketNumber } from './pattern';

const CS = 'CS{yyyyMMdd}{seq:3}';

describe('nextTicketNumber', () => {
  it('starts each date part at 1', () => {
    expect(nextTicketNumber(CS, '2023-10-15T10:00', [])).toBe('CS20231015001');
    expect(nextTicketNumber(CS, '2023-10-16T08:00', ['CS20231015001', 'CS20231015002'])).toBe('CS20231016001');
  });

  it('continues after the highest sequence of the same date part, leaving gaps', () => {
    expect(nextTicketNumber(CS, '2023-10-15T10:00', ['CS20231015001', 'CS20231015007', 'CS20231016009'])).toBe(
      'CS20231015008',
    );
  });

  it('never reuses a number freed by a deleted row', () => {
    const ids = ['CS20231015001', 'CS20231015003']; // 002 was deleted
    expect(nextTicketNumber(CS, '2023-10-15T12:00', ids)).toBe('CS20231015004');
  });

  it('ignores ids of other shapes', () => {
    expect(nextTicketNumber('CW{yyyyMMdd}{seq:4}', '2023-10-15T10:00', ['CS20231015005', 'junk'])).toBe(
      'CW202310150001',
    );
  });

  it('grows past the width', () => {
    expect(nextTicketNumber(CS, '2023-10-15T10:00', ['CS20231015999'])).toBe('CS202310151000');
  });

  it('month patterns share one sequence per month', () => {
    expect(nextTicketNumber('{yyyyMM}-{seq:4}', '2024-05-31T10:00', ['202405-0013'])).toBe('202405-0014');
  });
});

describe('createNumberAllocator', () => {
  it('hands out consecutive numbers without rescanning', () => {
    const a = createNumberAllocator(CS, ['CS20231015002']);
    expect(a.next('2023-10-15T09:00')).toBe('CS20231015003');
    expect(a.next('2023-10-15T09:05')).toBe('CS20231015004');
    expect(a.next('2023-10-16T09:05')).toBe('CS20231016001');
  });

  it('skips numbers observed after creation', () => {
    const a = createNumberAllocator(CS, []);
    a.observe('CS20231015010');
    expect(a.next('2023-10-15T09:00')).toBe('CS20231015011');
  });

  it('allocates unique numbers that parse back to their date part and sequence (property)', () => {
    const at = fc
      .record({
        d: fc.integer({ min: 1, max: 28 }),
        m: fc.integer({ min: 1, max: 12 }),
        y: fc.integer({ min: 2023, max: 2026 }),
      })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T10:00`);
    fc.assert(
      fc.property(
        fc.constantFrom(CS, 'CW{yyyyMMdd}{seq:4}', '{yyyyMM}-{seq:4}', 'X{yyMMdd}{seq:2}'),
        fc.array(at, { maxLength: 40 }),
        fc.array(at, { minLength: 1, maxLength: 60 }),
        (pattern, seedTimes, times) => {
          const seeded = seedTimes.map((t) => nextTicketNumber(pattern, t, []));
          const alloc = createNumberAllocator(pattern, seeded);
          const made = times.map((t) => ({ t, id: alloc.next(t) }));
          const all = [...seeded, ...made.map((x) => x.id)];
          expect(new Set(made.map((x) => x.id)).size).toBe(made.length);
          for (const { t, id } of made) {
            expect(seeded).not.toContain(id);
            const p = parseTicketNumber(pattern, id)!;
            expect(p).not.toBeNull();
            expect(t.replace(/-/g, '')).toContain(
              p.datePart.length === 6 && pattern.startsWith('X') ? `20${p.datePart}` : p.datePart,
            );
            expect(p.seq).toBeGreaterThanOrEqual(1);
          }
          expect(findDuplicateIds(made.map((x) => x.id))).toEqual([]);
          expect(all.length).toBe(seeded.length + times.length);
        },
      ),
    );
  });

  it('agrees with nextTicketNumber one at a time (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('2023-10-15T10:00', '2023-10-16T10:00', '2023-11-01T10:00'), { maxLength: 20 }),
        (times) => {
          const alloc = createNumberAllocator(CS, []);
          const ids: string[] = [];
          for (const t of times) {
            const expected = nextTicketNumber(CS, t, ids);
            expect(alloc.next(t)).toBe(expected);
            ids.push(expected);
          }
        },
      ),
    );
  });
});

describe('findDuplicateIds', () => {
  it('lists duplicates with their indexes and ignores blanks', () => {
    expect(findDuplicateIds(['A1', 'B1', 'A1', '', '', ' B1', 'C'])).toEqual([
      { id: 'A1', rows: [0, 2] },
      { id: 'B1', rows: [1, 5] },
    ]);
    expect(laterDuplicateRows(['A1', 'B1', 'A1', 'B1', 'A1'])).toEqual([2, 3, 4]);
  });

  it('lists every number written more than once with all its rows, in the order of first rows', () => {
    // The definition, spelled out: group the rows of each number, keep the groups of two or more.
    const byDefinition = (ids: string[]): { id: string; rows: number[] }[] => {
      const groups = new Map<string, number[]>();
      ids.forEach((raw, i) => {
        const id = raw.trim();
        if (id) groups.set(id, [...(groups.get(id) ?? []), i]);
      });
      return [...groups].filter(([, rows]) => rows.length > 1).map(([id, rows]) => ({ id, rows }));
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom('A1', 'B1', ' B1', 'C', '', ' ', 'D2'), { maxLength: 30 }), (ids) => {
        expect(findDuplicateIds(ids)).toEqual(byDefinition(ids));
      }),
    );
  });
});
