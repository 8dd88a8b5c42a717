/**
 * `archive` and what a team hung on an archived ticket: its notes (comments) and hyperlinks leave
 * the working workbook with its row (they would otherwise sit on another ticket) and the archive
 * holds the ticket's values only — so the command says how many left, in the run's language.
 */
import * as path from 'path';
import { sb, tempDir } from './helpers';
import { python } from '../support/fixtures';

jest.setTimeout(120_000);

const AS_OF = '2024-03-31T23:00';
const CUT = '2024-03-20';

test('the notes and links of archived tickets are counted in a warning; those of tickets that stay are not', async () => {
  const dir = tempDir('sb-archive-notes-');
  const book = path.join(dir, 'book.xlsx');
  expect((await sb('init', '-o', book, '--sample', '80', '--as-of', AS_OF)).code).toBe(0);
  const noted = path.join(dir, 'noted.xlsx');
  // A note and a link on the first finished ticket before the cut, a note on the last ticket (open or later: it stays).
  python(
    `import openpyxl, sys, datetime
from openpyxl.comments import Comment
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    if 'Tickets' in ws.tables:
        t = ws.tables['Tickets']; break
first, last = t.ref.split(':')
top = int(''.join(ch for ch in first if ch.isdigit())); bottom = int(''.join(ch for ch in last if ch.isdigit()))
heads = {ws.cell(top, c).value: c for c in range(1, ws.max_column + 1)}
cut = datetime.datetime(2024, 3, 20)
row = next(r for r in range(top + 1, bottom + 1) if ws.cell(r, heads['处理状态']).value in ('已完成', '已关闭') and ws.cell(r, heads['受理时间']).value < cut)
ws.cell(row, heads['问题描述']).comment = Comment('客户另有录音', 'lead')
ws.cell(row, heads['客户名称']).hyperlink = 'https://crm.example.com/c/1'
ws.cell(bottom, heads['问题描述']).comment = Comment('仍在跟进', 'lead')
wb.save(sys.argv[2])`,
    book,
    noted,
  );
  const en = path.join(dir, 'noted-en.xlsx');
  python(`import shutil, sys\nshutil.copy(sys.argv[1], sys.argv[2])`, noted, en);
  const r = await sb('archive', noted, '--before', CUT, '-o', path.join(dir, 'archive.xlsx'), '--as-of', AS_OF);
  expect(r.code).toBe(0);
  expect(r.err).toContain('1 条批注和 1 个超链接');
  const e = await sb('archive', en, '--before', CUT, '-o', path.join(dir, 'archive-en.xlsx'), '--as-of', AS_OF, '--locale', 'en-US');
  expect(e.err).toContain('1 note(s) and 1 hyperlink(s)');
  // The ticket that stays keeps its note.
  const kept = python(
    `import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
print([c.comment.text for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.comment])`,
    noted,
  ).trim();
  expect(kept).toBe("['仍在跟进']");
});
