import { localiseProblem, type Problem } from '../core/validation/problem';
import { withProblemLines } from './readReport';

const problem = (row: number): Problem => {
  const p = { row, field: 'id', column: '工单编号', code: 'idPatternMismatch' as const, message: '', params: { row, column: '工单编号', value: `X${row}`, pattern: 'CS{yyyyMMdd}{seq:3}' } };
  return { ...p, message: localiseProblem(p, 'zh-CN') };
};

describe('withProblemLines', () => {
  it('adds a line per problem in the run language, once, after the lines already there', () => {
    const there = { kind: 'problem' as const, row: 2, column: '工单编号', field: 'id', detail: problem(2).message };
    const out = withProblemLines([there], [problem(2), problem(3), problem(3)], 'zh-CN', false);
    expect(out).toEqual([there, { kind: 'problem', row: 3, column: '工单编号', field: 'id', detail: problem(3).message }]);
  });

  it('words the lines in en-US and names the sheet when several were read', () => {
    const out = withProblemLines([], [{ ...problem(4), sheet: '2月' }], 'en-US', true);
    expect(out).toHaveLength(1);
    expect(out[0].detail).toBe(localiseProblem(problem(4), 'en-US'));
    expect(out[0].detail).not.toMatch(/第/);
    expect(out[0].sheet).toBe('2月');
  });

  it('keeps every one of 60,000 distinct problems, in order', () => {
    const ps = Array.from({ length: 60_000 }, (_, i) => problem(i + 2));
    const out = withProblemLines([], ps, 'zh-CN', false);
    expect(out.map((r) => r.row)).toEqual(ps.map((p) => p.row));
  });
});
