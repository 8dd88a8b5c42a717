/**
 * Issue 9's property: generated ID-card and bank-card numbers, in every variant agents paste
 * (secrets.ts: full width, separators, two spaces, tab, NBSP, U+3000, dash-likes, line breaks,
 * glued letters, number cells), embedded in generated text, in every field — never appear in
 * any output: import (xlsx cells, report sheet, --json), validate --json, export --json, refresh
 * (xlsx and --json), problem messages, stderr. Every output is searched the same way (NFKC,
 * separators removed, any 12 consecutive characters of the number). And validate names every
 * cell of a structured workbook that holds one.
 */
import * as path from 'path';
import fc from 'fast-check';
import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import { sb, tempDir, writeGridXlsx, type ValidateJson } from './helpers';
import { embedded, jsonText, leaks, secretNumber, variantOf, writeStructuredBook, xlsxText } from './secrets';

jest.setTimeout(600_000);

const dir = tempDir('sb-privacy-prop-');
let run = 0;
const AS_OF = '2024-03-31T23:00';

interface Placed {
  n: string;
  text: string;
}
const placed: fc.Arbitrary<Placed> = secretNumber.chain((n) => variantOf(n).chain(embedded).map((text) => ({ n, text })));
const bare: fc.Arbitrary<Placed> = secretNumber.chain((n) => variantOf(n).map((text) => ({ n, text })));
const compact: fc.Arbitrary<Placed> = secretNumber.chain((n) =>
  fc.constantFrom(n, n.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))).map((text) => ({ n, text })),
);

const FIELDS = ['联系方式', '客户名称', '沟通事由', '问题描述', '处理结果', '备注', '协办人', '处理进度', '客户反馈', '跟进事项', '附件说明'] as const;

const scenario = fc.record({
  fields: fc.tuple(...FIELDS.map(() => placed)),
  header: bare,
  extra: placed,
  // A number cell holds digits only: an ID number ending in X is text (Number('…X') is NaN).
  number: secretNumber.filter((n) => /^[0-9]+$/.test(n)),
  badDate: placed,
  badStatus: placed,
  badRating: placed,
  note: placed,
  sheet: compact,
  log: placed,
  subtask: placed,
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const numbersOf = (s: Scenario): string[] =>
  [...s.fields, s.header, s.extra, s.badDate, s.badStatus, s.badRating, s.note, s.sheet, s.log, s.subtask].map((p) => p.n).concat(s.number);

async function sourceOf(s: Scenario, file: string): Promise<void> {
  const headers = ['工单编号', '受理时间', '处理状态', '满意度', ...FIELDS, `备用${s.header.text}`, '附加编号'];
  const row1 = ['CS20240315001', '2024-03-15 10:00', '处理中', 4, ...s.fields.map((f) => f.text), s.extra.text, Number(s.number)];
  const row2 = ['CS20240315002', `2024-03-15 ${s.badDate.text}`, s.badStatus.text, `${s.badRating.text}分`, '王*', '', '', '咨询'];
  await writeGridXlsx(file, [headers, row1, row2, [`注：${s.note.text}`]], `记录${s.sheet.text}`.slice(0, 31));
}

function structuredOf(s: Scenario): { tickets: Ticket[]; expected: string[] } {
  const [contact, customerName, subject, description, result, notes, coOwner, progress, feedback, followUp, attachments] = s.fields.map((f) => f.text);
  const ticket: Ticket = {
    ...emptyTicket(),
    id: 'CS20240315001',
    receivedAt: '2024-03-15T10:00',
    status: '处理中',
    ...{ contact, customerName, subject, description, result, notes, progress, feedback, followUp, attachments },
    coOwners: ['张三', coOwner],
    extra: { [`备用${s.header.text}`]: s.extra.text, 附加编号: Number(s.number) },
  };
  const expected = ['工单|1|备用', ...FIELDS.map((f) => `工单|2|${f}`), '工单|2|备用', '工单|2|附加编号', '处理记录|2|内容', '子任务|2|子任务'];
  return { tickets: [ticket], expected };
}

test('no generated ID-card or bank-card number reaches any output, and validate names every cell (property)', async () => {
  await fc.assert(
    fc.asyncProperty(scenario, async (s) => {
      const k = run++;
      const f = (name: string): string => path.join(dir, `${k}-${name}`);
      const outputs: [string, string][] = [];
      const cli = async (what: string, json: boolean, ...args: string[]): Promise<{ code: number; out: string }> => {
        const r = await sb(...args);
        outputs.push([`${what} stdout`, json && r.out.trim().startsWith('{') ? jsonText(r.out) : r.out], [`${what} stderr`, r.err]);
        return r;
      };

      // A sheet to convert.
      await sourceOf(s, f('source.xlsx'));
      expect((await cli('import', true, 'import', f('source.xlsx'), '-o', f('imported.xlsx'), '--as-of', AS_OF, '--json')).code).toBe(0);
      outputs.push(['imported.xlsx', await xlsxText(f('imported.xlsx'))]);
      await cli('validate source', true, 'validate', f('source.xlsx'), '--json');
      await cli('export source', true, 'export', f('source.xlsx'), '--json', '--as-of', AS_OF);

      // A structured workbook typed into by hand.
      const { tickets, expected } = structuredOf(s);
      await writeStructuredBook(
        f('typed.xlsx'),
        tickets,
        [{ ticketId: 'CS20240315001', at: '2024-03-15T11:00', kind: '沟通', channel: '电话', content: s.log.text, nextStep: s.log.text, by: '李*', status: null }],
        [{ ticketId: 'CS20240315001', title: s.subtask.text, owner: '李*', status: '待处理', due: null, dependsOn: '', needs: '' }],
      );
      const v = await cli('validate structured', true, 'validate', f('typed.xlsx'), '--json');
      expect(v.code).toBe(1);
      const found = (JSON.parse(v.out) as ValidateJson).problems
        .filter((p) => p.code === 'sensitiveDataFound')
        .map((p) => `${p.sheet}|${p.row}|${p.column}`);
      for (const e of expected) expect(found.some((x) => x.startsWith(e))).toBe(true);
      await cli('export structured', true, 'export', f('typed.xlsx'), '--json');
      expect((await cli('refresh', true, 'refresh', f('typed.xlsx'), '-o', f('refreshed.xlsx'), '--as-of', AS_OF, '--json')).code).toBe(0);
      outputs.push(['refreshed.xlsx', await xlsxText(f('refreshed.xlsx'))]);
      await cli('validate refreshed', false, 'validate', f('refreshed.xlsx'));

      for (const n of numbersOf(s)) for (const [what, text] of outputs) expect({ what, n, leaked: leaks(text, n) }).toEqual({ what, n, leaked: false });
    }),
    // Each run is eight commands (about a second): a failure is reported at once, not shrunk for minutes.
    { numRuns: 12, endOnFailure: true },
  );
});
