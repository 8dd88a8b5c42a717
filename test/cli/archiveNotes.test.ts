/**
 * `archive` and what a team hung on an archived ticket: its notes (comments) and hyperlinks leave
 * the working workbook with its row (they would otherwise sit on another ticket). A new archive
 * takes them, on the same ticket's cell; an archive that is appended to holds the ticket's values
 * only, so the command says how many were left behind, in the run's language.
 */
import * as path from 'path';
import { sb, tempDir } from './helpers';
import { python } from '../support/fixtures';
import { ooxmlErrors } from '../support/ooxmlValidator';

jest.setTimeout(120_000);

const AS_OF = '2024-03-31T23:00';
const CUT = '2024-03-20';

/**
 * A copy of the sample book with a note and a link on the first finished ticket before the cut,
 * a note on the last ticket (open or later: it stays); returns the noted ticket's number.
 */
function notedBook(book: string, noted: string, cut = '2024-03-20'): string {
  return python(
    `import openpyxl, sys, datetime
from openpyxl.comments import Comment
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    if 'Tickets' in ws.tables:
        t = ws.tables['Tickets']; break
first, last = t.ref.split(':')
top = int(''.join(ch for ch in first if ch.isdigit())); bottom = int(''.join(ch for ch in last if ch.isdigit()))
heads = {ws.cell(top, c).value: c for c in range(1, ws.max_column + 1)}
cut = datetime.datetime.fromisoformat(sys.argv[3])
row = next(r for r in range(top + 1, bottom + 1) if ws.cell(r, heads['处理状态']).value in ('已完成', '已关闭') and ws.cell(r, heads['受理时间']).value < cut)
ws.cell(row, heads['问题描述']).comment = Comment('客户另有录音', 'lead')
ws.cell(row, heads['客户名称']).hyperlink = 'https://crm.example.com/c/1'
ws.cell(bottom, heads['问题描述']).comment = Comment('仍在跟进', 'lead')
ticket = ws.cell(row, heads['工单编号']).value
# Its second log line (by ticket number and order, whatever the rows around it) gets a note too.
for lws in wb.worksheets:
    if 'Ticket_Log' in lws.tables:
        lt = lws.tables['Ticket_Log']; break
ltop = int(''.join(ch for ch in lt.ref.split(':')[0] if ch.isdigit())); lbottom = int(''.join(ch for ch in lt.ref.split(':')[1] if ch.isdigit()))
lheads = {lws.cell(ltop, c).value: c for c in range(1, lws.max_column + 1)}
lines = [r for r in range(ltop + 1, lbottom + 1) if lws.cell(r, lheads['工单编号']).value == ticket]
lws.cell(lines[1], lheads['内容']).comment = Comment('电话录音已存档', 'lead')
print(ticket)
wb.save(sys.argv[2])`,
    book,
    noted,
    cut,
  ).trim();
}

/** A folder with the 80-ticket sample workbook in it. */
async function sampleBook(): Promise<{ dir: string; book: string }> {
  const dir = tempDir('sb-archive-notes-');
  const book = path.join(dir, 'book.xlsx');
  expect((await sb('init', '-o', book, '--sample', '80', '--as-of', AS_OF)).code).toBe(0);
  return { dir, book };
}

/** Every note and hyperlink of a workbook's table: [ticket number, header, note or link]. */
function annotations(file: string, table = 'Tickets'): string {
  return python(
    `import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    if sys.argv[2] not in ws.tables: continue
    t = ws.tables[sys.argv[2]]
    first, last = t.ref.split(':')
    top = int(''.join(ch for ch in first if ch.isdigit())); bottom = int(''.join(ch for ch in last if ch.isdigit()))
    heads = {c: ws.cell(top, c).value for c in range(1, ws.max_column + 1)}
    idc = next(c for c, h in heads.items() if h == '工单编号')
    for r in range(top + 1, bottom + 1):
        for c, h in heads.items():
            cell = ws.cell(r, c)
            if cell.comment: out.append([ws.cell(r, idc).value, h, cell.comment.text])
            if cell.hyperlink: out.append([ws.cell(r, idc).value, h, cell.hyperlink.target])
print(out)`,
    file,
    table,
  ).trim();
}

test('a new archive takes the notes and links of the tickets it receives; the ticket that stays keeps its note', async () => {
  const { dir, book } = await sampleBook();
  const noted = path.join(dir, 'noted.xlsx');
  const ticket = notedBook(book, noted);
  expect(annotations(noted)).toContain(`['${ticket}', '问题描述', '客户另有录音']`);
  const archive = path.join(dir, 'archive.xlsx');
  const r = await sb('archive', noted, '--before', CUT, '-o', archive, '--as-of', AS_OF);
  expect(r.code).toBe(0);
  // Nothing was left behind: no warning.
  expect(r.err).not.toContain('批注');
  expect(annotations(archive)).toBe(`[['${ticket}', '客户名称', 'https://crm.example.com/c/1'], ['${ticket}', '问题描述', '客户另有录音']]`);
  expect(annotations(noted)).toMatch(/^\[\['[^']+', '问题描述', '仍在跟进'\]\]$/);
  // The log line's note is on the same line (the ticket's second) in the archive's Ticket_Log.
  expect(annotations(archive, 'Ticket_Log')).toBe(`[['${ticket}', '内容', '电话录音已存档']]`);
  const lines = python(
    `import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = next(w for w in wb.worksheets if 'Ticket_Log' in w.tables)
t = ws.tables['Ticket_Log']
top = int(''.join(ch for ch in t.ref.split(':')[0] if ch.isdigit())); bottom = int(''.join(ch for ch in t.ref.split(':')[1] if ch.isdigit()))
heads = {ws.cell(top, c).value: c for c in range(1, ws.max_column + 1)}
rows = [r for r in range(top + 1, bottom + 1) if ws.cell(r, heads['工单编号']).value == sys.argv[2]]
print([bool(ws.cell(r, heads['内容']).comment) for r in rows])`,
    archive,
    ticket,
  ).trim();
  expect(lines).toMatch(/^\[False, True(, False)*\]$/);
  // Excel would open the archive without repairing it.
  expect(ooxmlErrors(archive)).toEqual([]);
});

test('appending to an archive takes them too, onto the appended rows, whether the archive has notes yet or not', async () => {
  const { dir, book } = await sampleBook();
  // An archive made first from earlier tickets (no notes: the first append makes its comments part).
  const archive = path.join(dir, 'archive.xlsx');
  const first = await sb('archive', book, '--before', '2024-03-01', '-o', archive, '--as-of', AS_OF);
  expect(first.code).toBe(0);
  expect(first.out).toMatch(/已归档 \d+ 条工单/);
  const noted = path.join(dir, 'noted.xlsx');
  const ticket = notedBook(book, noted, '2024-03-10');
  const r = await sb('archive', noted, '--before', '2024-03-10', '-o', archive, '--append', '--as-of', AS_OF);
  expect(r.code).toBe(0);
  expect(r.err).not.toContain('批注');
  expect(annotations(archive)).toBe(`[['${ticket}', '客户名称', 'https://crm.example.com/c/1'], ['${ticket}', '问题描述', '客户另有录音']]`);
  expect(annotations(archive, 'Ticket_Log')).toBe(`[['${ticket}', '内容', '电话录音已存档']]`);
  expect(ooxmlErrors(archive)).toEqual([]);
  // A second append: the archive's comments part, VML drawing and hyperlinks now exist and grow.
  const again = path.join(dir, 'again.xlsx');
  const second = notedBook(noted, again, '2024-03-20');
  expect((await sb('archive', again, '--before', '2024-03-20', '-o', archive, '--append', '--as-of', AS_OF)).code).toBe(0);
  const both = annotations(archive);
  for (const id of [ticket, second]) {
    expect(both).toContain(`['${id}', '问题描述', '客户另有录音']`);
    expect(both).toContain(`['${id}', '客户名称', 'https://crm.example.com/c/1']`);
  }
  expect(ooxmlErrors(archive)).toEqual([]);
});

test('a note on a column the archive does not have is counted in a warning, in the run’s language', async () => {
  const { dir, book } = await sampleBook();
  // A team's own column beside Ticket_Log (回访结果), noted on an archived ticket's line.
  const noted = path.join(dir, 'noted.xlsx');
  python(
    `import openpyxl, sys, datetime
from openpyxl.comments import Comment
from openpyxl.worksheet.table import TableColumn
wb = openpyxl.load_workbook(sys.argv[1])
ws = next(w for w in wb.worksheets if 'Tickets' in w.tables)
t = ws.tables['Tickets']
top = int(''.join(ch for ch in t.ref.split(':')[0] if ch.isdigit())); bottom = int(''.join(ch for ch in t.ref.split(':')[1] if ch.isdigit()))
heads = {ws.cell(top, c).value: c for c in range(1, ws.max_column + 1)}
row = next(r for r in range(top + 1, bottom + 1) if ws.cell(r, heads['处理状态']).value in ('已完成', '已关闭') and ws.cell(r, heads['受理时间']).value < datetime.datetime(2024, 3, 20))
ticket = ws.cell(row, heads['工单编号']).value
lws = next(w for w in wb.worksheets if 'Ticket_Log' in w.tables)
lt = lws.tables['Ticket_Log']
first, last = lt.ref.split(':')
ltop = int(''.join(ch for ch in first if ch.isdigit())); lbottom = int(''.join(ch for ch in last if ch.isdigit()))
col = openpyxl.utils.column_index_from_string(''.join(ch for ch in last if ch.isalpha())) + 1
lws.cell(ltop, col).value = '回访结果'
lt.ref = first + ':' + openpyxl.utils.get_column_letter(col) + str(lbottom)
lt.tableColumns.append(TableColumn(id=len(lt.tableColumns) + 1, name='回访结果'))
line = next(r for r in range(ltop + 1, lbottom + 1) if lws.cell(r, 1).value == ticket)
lws.cell(line, col).value = '满意'
lws.cell(line, col).comment = Comment('客户口头表扬', 'lead')
wb.save(sys.argv[2])`,
    book,
    noted,
  );
  const en = path.join(dir, 'noted-en.xlsx');
  python(`import shutil, sys\nshutil.copy(sys.argv[1], sys.argv[2])`, noted, en);
  const r = await sb('archive', noted, '--before', CUT, '-o', path.join(dir, 'archive.xlsx'), '--as-of', AS_OF);
  expect(r.code).toBe(0);
  expect(r.err).toContain('1 条批注和 0 个超链接');
  const e = await sb('archive', en, '--before', CUT, '-o', path.join(dir, 'archive-en.xlsx'), '--as-of', AS_OF, '--locale', 'en-US');
  expect(e.err).toContain('1 note(s) and 0 hyperlink(s)');
});
