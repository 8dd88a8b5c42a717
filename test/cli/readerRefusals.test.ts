/**
 * The reader's refusals (legacy .xls, a password-protected workbook, a file that is not a zip, a
 * device, a folder) speak the run's language: one line from the command's message files.
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import { sb, tempDir } from './helpers';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);

interface Input {
  name: string;
  make: (dir: string) => string;
  expected: Record<'en-US' | 'zh-TW', RegExp>;
}

const INPUTS: Input[] = [
  {
    name: 'legacy .xls',
    make: (d) => (writeFileSync(path.join(d, 'old.xls'), OLE), path.join(d, 'old.xls')),
    expected: { 'en-US': /is a legacy Excel 97-2003 \(\.xls\).*Save As/, 'zh-TW': /是舊版 Excel 97-2003（\.xls）.*另存新檔/ },
  },
  {
    name: 'password-protected .xlsx (an OLE container)',
    make: (d) => (writeFileSync(path.join(d, 'locked.xlsx'), OLE), path.join(d, 'locked.xlsx')),
    expected: { 'en-US': /password-protected/, 'zh-TW': /密碼保護/ },
  },
  {
    name: 'text named .xlsx',
    make: (d) => (writeFileSync(path.join(d, 'note.xlsx'), 'just some text\n'), path.join(d, 'note.xlsx')),
    expected: { 'en-US': /not a workbook or a CSV file/, 'zh-TW': /不是活頁簿或 CSV 檔案/ },
  },
  {
    name: 'broken zip named .xlsx',
    make: (d) => (writeFileSync(path.join(d, 'broken.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(40)])), path.join(d, 'broken.xlsx')),
    expected: { 'en-US': /cannot read the workbook \(not a valid \.xlsx file\)/, 'zh-TW': /無法讀取活頁簿（不是有效的 \.xlsx 檔案）/ },
  },
  { name: 'a device', make: () => '/dev/zero', expected: { 'en-US': /not a regular file \(a device, folder or pipe\)/, 'zh-TW': /不是一般檔案（裝置、資料夾或管道）/ } },
  { name: 'a missing file', make: (d) => path.join(d, 'missing.csv'), expected: { 'en-US': /cannot open the input file/, 'zh-TW': /無法開啟輸入檔案/ } },
];

describe.each(INPUTS)('$name', ({ make, expected }) => {
  test.each(['en-US', 'zh-TW'] as const)('is refused in %s, one line, exit 2', async (locale) => {
    const d = tempDir();
    const input = make(d);
    const r = await sb('validate', input, '--locale', locale);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected[locale]);
    // Nothing in Simplified Chinese is left (the path itself is ASCII here).
    if (locale === 'en-US') expect(lines[0]).not.toMatch(/[\u4e00-\u9fff]/);
    else expect(lines[0]).not.toMatch(/[读无们这为没设备个旧压码]/);
  });
});
