import { EXCEL_LIMITS } from '../core/excelLimits/limits';
import { toExcel } from './writePlan';

test('a cross-tab formula over 8,192 characters (a long owner name in its criterion) is written as its cached value', () => {
  const owner = '王'.repeat(5000);
  const formula = `COUNTIFS(Tickets[负责人],"${owner}",Tickets[时效状态],"${owner}")`;
  expect(toExcel({ formula, result: 3 }, null)).toBe(3);
  expect(toExcel({ formula: 'COUNTIFS(Tickets[负责人],"王*")', result: 3 }, null)).toEqual({ formula: 'COUNTIFS(Tickets[负责人],"王*")', result: 3 });
});

test('text is written XML-safe and within 32,767 characters', () => {
  expect(toExcel('a\u0000b\uFFFF', 'text')).toBe('ab');
  expect((toExcel('长'.repeat(40_000), 'longText') as string).length).toBe(EXCEL_LIMITS.cellChars);
});
