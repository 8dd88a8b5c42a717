/**
 * Issue 9, one test per path out: import (cells, report sheet, --json), validate (a sheet to
 * convert, a structured workbook: every secret by row and column, exit 1), export --json,
 * refresh (cells and --json), error lines. Each output is searched the same way (secrets.ts).
 */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import type { LogEntry, Subtask } from '../../src/core/schema/log';
import { sb, tempDir, writeGridXlsx, type ExportJson, type ImportJson, type ValidateJson } from './helpers';
import { idWithCheck, jsonText, leaks, withLuhn, writeStructuredBook, xlsxText } from './secrets';

jest.setTimeout(120_000);

const dir = tempDir('sb-privacy-');
const p = (f: string): string => path.join(dir, f);
const AS_OF = '2024-03-31T23:00';

const ID = '11010519491231002X';
const ID2 = idWithCheck('44030419900101123');
const CARD = withLuhn('622202100112345678');
const CARD16 = '4111111111111111';
const SECRETS = [ID, ID2, CARD, CARD16];
const FW = (s: string): string => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const expectNoLeak = (what: string, text: string): void => {
  for (const n of SECRETS) expect({ what, leaked: leaks(text, n) ? n : null }).toEqual({ what, leaked: null });
};

describe('a sheet to convert', () => {
  const src = p('source.xlsx');
  const sheet = `记录${FW(ID2)}`;
  beforeAll(async () => {
    await writeGridXlsx(
      src,
      [
        ['工单编号', '受理时间', '客户名称', '联系方式', '问题描述', '处理状态', '负责人', '协办人', '处理结果', '满意度', '备注', `备用${ID2.slice(0, 9)} ${ID2.slice(9)}`, '附加编号', '处理进度'],
        ['CS20240315001', '2024-03-15 10:00', '王女士', `13812345678 / ${ID}`, `客户身份证 ${FW(ID.slice(0, 6))}\u3000${FW(ID.slice(6))}`, '处理中', '李*', `张三 ${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`, `退款到卡号${CARD}ABC`, 5, `卡 ${CARD16.replace(/(\d{4})(?=\d)/g, '$1\u2014')}`, `附 ${ID2}`, Number(CARD), `已回电，卡号 ${CARD.slice(0, 8)}\n${CARD.slice(8)}`],
        ['CS20240315002', `2024-03-15 ${ID}`, '李先生', 'chen@例子.中国', '咨询', `状态${CARD16}`, '李*', '', '', `${ID2}分`, '', '', '', ''],
      ],
      sheet,
    );
  });

  test('import: no cell of the output, no line of its report, nothing in --json shows a secret', async () => {
    const r = await sb('import', src, '-o', p('imported.xlsx'), '--as-of', AS_OF, '--json');
    expect(r.code).toBe(0);
    expectNoLeak('import --json', jsonText(r.out));
    expectNoLeak('stderr', r.err);
    const cells = await xlsxText(p('imported.xlsx'));
    expectNoLeak('imported.xlsx', cells);
    expect(cells).toContain('138****5678');
    expect(cells).toContain('c***@例子.中国');
    // Redacted cells count as kept: none is reported as lost with its raw text.
    expect(cells).not.toContain('未能读入的单元格');

    const summary = JSON.parse(r.out) as ImportJson & { sheet: string };
    expect(summary.sheet).toBe(`记录440304********${ID2.slice(-4)}`);
    // Every redaction is reported by row and column, the report quoting the masked form only.
    const redactions = summary.redactions.map((x) => `${x.row}|${x.column}`);
    for (const at of ['2|联系方式', '2|问题描述', '2|协办人', '2|处理结果', '2|备注', '2|附加编号', '2|处理进度', '3|处理状态', '3|满意度']) expect(redactions).toContain(at);
    expect(summary.redactions.find((x) => x.column === '附加编号')?.detail).toMatch(/疑似证件或银行卡号已脱敏：6222\*+\d{4}/);
    // Problem messages quote the masked value.
    const bad = summary.problems.find((x) => x.code === 'invalidDateTime');
    expect(bad?.message).toContain('110105********002X');
    expect(summary.unmapped.some((u) => u.startsWith('备用440304'))).toBe(true);
  });

  test('validate and export of the sheet: problems quote masked values, redactions are reported', async () => {
    const v = await sb('validate', src, '--json');
    expect(v.code).toBe(1);
    expectNoLeak('validate --json', jsonText(v.out));
    const problems = (JSON.parse(v.out) as ValidateJson).problems;
    expect(problems).toContainEqual(expect.objectContaining({ row: 2, column: '问题描述', code: 'sensitiveDataFound' }));
    const e = await sb('export', src, '--json', '--as-of', AS_OF);
    expect(e.code).toBe(0);
    expectNoLeak('export --json', jsonText(e.out));
  });
});

describe('a structured workbook typed into by hand', () => {
  const book = p('typed.xlsx');
  const ticket: Ticket = {
    ...emptyTicket(),
    id: 'CS20240315001',
    receivedAt: '2024-03-15T10:00',
    customerName: '王女士',
    contact: '13812345678',
    description: `身份证${ID}`,
    coOwners: ['张三', CARD16.replace(/(\d{4})(?=\d)/g, '$1 ')],
    notes: `卡号${FW(CARD)}`,
    feedback: '请回电 13912345678',
    status: '处理中',
    extra: { [`备用${ID2}`]: '见表头', 附加编号: Number(CARD) },
  };
  const log: LogEntry = { ticketId: ticket.id, at: '2024-03-15T11:00', kind: '沟通', channel: '电话', content: `客户报卡号 ${CARD}`, nextStep: '', by: '李*', status: null };
  const sub: Subtask = { ticketId: ticket.id, title: `核实证件 ${ID2}`, owner: '李*', status: '待处理', due: null, dependsOn: '', needs: '' };
  beforeAll(async () => writeStructuredBook(book, [ticket], [log], [sub]));

  test('the fixture does hold the secrets', async () => {
    const raw = await xlsxText(book);
    for (const n of SECRETS) expect(leaks(raw, n)).toBe(true);
  });

  test('validate reports every secret and unmasked contact by sheet, row and column, exit 1', async () => {
    const r = await sb('validate', book, '--json');
    expect(r.code).toBe(1);
    expectNoLeak('validate --json', jsonText(r.out));
    const found = (JSON.parse(r.out) as ValidateJson).problems
      .filter((x) => x.code === 'sensitiveDataFound' || x.code === 'contactUnmasked')
      .map((x) => `${x.sheet}|${x.row}|${x.column}|${x.code}`);
    expect(found.sort()).toEqual(
      [
        '工单|1|备用440304********' + ID2.slice(-4) + '|sensitiveDataFound',
        '工单|2|问题描述|sensitiveDataFound',
        '工单|2|联系方式|contactUnmasked',
        '工单|2|协办人|sensitiveDataFound',
        '工单|2|客户反馈|contactUnmasked',
        '工单|2|备注|sensitiveDataFound',
        '工单|2|附加编号|sensitiveDataFound',
        '处理记录|2|内容|sensitiveDataFound',
        '子任务|2|子任务|sensitiveDataFound',
      ].sort(),
    );
    const text = await sb('validate', book);
    expect(text.code).toBe(1);
    expectNoLeak('validate', text.out);
  });

  test('export --json shows the tickets redacted and masked', async () => {
    const r = await sb('export', book, '--json');
    expect(r.code).toBe(0);
    expectNoLeak('export --json', jsonText(r.out));
    const { tickets } = JSON.parse(r.out) as ExportJson;
    expect(tickets[0]).toMatchObject({ contact: '138****5678', description: '身份证110105********002X', coOwners: ['张三', '4111********1111'], feedback: '请回电 139****5678' });
  });

  test('export --format csv, jsonl and json files hold no secret', async () => {
    for (const format of ['csv', 'jsonl', 'json']) {
      const out = p(`export-${format}`);
      const r = await sb('export', book, '--format', format, '-o', format === 'json' ? `${out}.json` : out);
      expect(r.code).toBe(0);
      const files = format === 'json' ? [`${out}.json`] : readdirSync(out).map((f) => path.join(out, f));
      expect(files.length).toBeGreaterThan(0);
      // JSON escapes (backslash-n inside a value) read as the separators they stand for.
      for (const file of files) expectNoLeak(file, readFileSync(file, 'utf8').replace(/\\[nrt]/g, '\n'));
    }
  });

  test('refresh writes no secret back, and says where they were', async () => {
    const r = await sb('refresh', book, '-o', p('refreshed.xlsx'), '--as-of', AS_OF, '--json');
    expect(r.code).toBe(0);
    expectNoLeak('refresh --json', jsonText(r.out));
    expect((JSON.parse(r.out) as { problems: { code: string }[] }).problems.filter((x) => x.code === 'sensitiveDataFound')).toHaveLength(7);
    const out = await xlsxText(p('refreshed.xlsx'));
    expectNoLeak('refreshed.xlsx', out);
    expect(out).toContain('138****5678');
    const again = JSON.parse((await sb('validate', p('refreshed.xlsx'), '--json')).out) as ValidateJson;
    expect(again.problems.filter((x) => x.code === 'sensitiveDataFound' || x.code === 'contactUnmasked')).toEqual([]);
  });
});

test('an error line never quotes a secret, even in a file name', async () => {
  const r = await sb('validate', p(`客户${ID}.xlsx`));
  expect(r.code).toBe(2);
  expectNoLeak('stderr', r.err);
  expect(r.err).toContain('110105********002X');
});
