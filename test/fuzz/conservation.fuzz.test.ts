/**
 * "Rows and cells conserved" over the CSV and sheet readers: whatever the input, every
 * non-empty input cell is in the output or the report. `npm test` runs a few hundred cases each;
 * `npm run fuzz` sets FUZZ_RUNS to run many more.
 */
import fc from 'fast-check';
import { isBlankRow, recognizeTable } from '../../src/core/headers/recognizeTable';
import { unaccountedCells } from '../../src/core/parse/conservation';
import { readTickets } from '../../src/core/parse/readTickets';
import { defaultSettings } from '../../src/core/presets';
import { readCsvText, toCsv } from '../../src/xlsx/csv';

const numRuns = Number(process.env.FUZZ_RUNS ?? 200);
jest.setTimeout(Math.max(60_000, numRuns * 30));

const STRUCTURE = /["\r\n,]/g;
const content = (s: string): string => [...s.replace(STRUCTURE, '')].sort().join('');

describe('CSV reader', () => {
  const csvChar = fc.constantFrom('a', '中', ',', '"', '\n', '\r\n', ' ', '\t', '=', '\u0000', '\uFFFE', '😀', ';');
  it('written CSV reads back cell for cell, with no note', () => {
    const cell = fc.string({ unit: csvChar, maxLength: 6 }).map((c) => c.replace(/\r\n/g, '\n'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const r = readCsvText(toCsv(rows), ',');
        expect(r.rows).toEqual(rows);
        expect(r.notes).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('any text: never throws, and every character that is not a quote, comma or line end is in some cell', () => {
    fc.assert(
      fc.property(fc.string({ unit: csvChar, maxLength: 80 }), (text) => {
        const r = readCsvText(text, ',');
        expect(content(r.rows.flat().join(''))).toBe(content(text));
      }),
      { numRuns },
    );
  });
});

describe('sheet reader', () => {
  const H = ['工单编号', '受理时间', '客户名称', '问题描述', '处理状态', '标签', '', 'Tag'];
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom('a', '中', '注', '：', '-', '/', ' ', 'X', '电', '话', '(', '二', ')'), maxLength: 8 }) },
    { weight: 1, arbitrary: fc.constantFrom('电话', '注：客户来电要求加急处理', '（二）统计表', '2024-03-01 10:00', '处理中', '紧急', '工单编号', '-', '—') },
    { weight: 1, arbitrary: fc.integer({ min: -5, max: 99999 }) },
  );
  const row = fc.oneof(
    { weight: 6, arbitrary: fc.array(value, { minLength: 0, maxLength: 11 }) },
    { weight: 1, arbitrary: fc.constant([] as unknown[]) },
    { weight: 1, arbitrary: fc.constant([...H] as unknown[]) },
    { weight: 1, arbitrary: value.map((v) => Array(8).fill(v) as unknown[]) },
  );

  it('every non-blank row is a ticket or a skipped row, every non-empty cell is read or reported', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 3 }), fc.array(row, { maxLength: 25 }), (above, body) => {
        const grid = [...above, H as unknown[], ...body];
        const guess = recognizeTable(grid);
        if (!guess) return;
        const result = readTickets(grid, guess, { settings: defaultSettings(), source: 'fuzz' });
        const nonBlank = grid.filter((r, i) => i !== guess.headerRow && !isBlankRow(r)).length;
        expect(result.tickets.length + result.skipped.length).toBe(nonBlank);
        expect(unaccountedCells(grid, guess, result)).toEqual([]);
      }),
      { numRuns },
    );
  });
});
