/**
 * Excel's 255-character limit on a COUNTIFS criterion (and on any text in a formula): an owner
 * name longer than that must not go into the cross-tab formula as text. The written workbook has
 * no formula text over 255 characters, and LibreOffice, recalculating every formula on load,
 * counts the long owner's tickets right.
 */
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { readFileSync } from 'fs';
import { crossTabTitle } from '../../src/core/stats/crossTabs';
import { sb, tempDir } from '../cli/helpers';
import { recalcToCsv } from './libreoffice';

jest.setTimeout(300_000);

/** The quoted texts of every formula in a package's sheets, longest first. */
async function formulaTexts(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const texts: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    for (const m of xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)) {
      const f = m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      for (const q of f.matchAll(/"((?:[^"]|"")*)"/g)) texts.push(q[1].replace(/""/g, '"'));
    }
  }
  return texts.sort((a, b) => b.length - a.length);
}

test('an owner name of 300 characters: no formula text over 255, and LibreOffice counts its tickets in the cross-tab', async () => {
  const d = tempDir('sb-long-');
  const longOwner = `王${'长'.repeat(298)}*号`;
  const longSub = `屏幕${'闪'.repeat(300)}`;
  const rows = [
    ['工单编号', '受理时间', '客户名称', '问题描述', '处理状态', '负责人', '反馈类型', '具体问题细分'],
    ['CS2024030100001', '2024-03-01 10:00', '客户1', '屏幕碎了', '处理中', longOwner, '投诉', longSub],
    ['CS2024030200002', '2024-03-02 10:00', '客户2', '无法开机', '已完成', longOwner, '投诉', longSub],
    ['CS2024030300003', '2024-03-03 10:00', '客户3', '退货', '处理中', '李四', '投诉', '物流'],
  ];
  const csv = path.join(d, 'in.csv');
  writeFileSync(csv, rows.map((r) => r.join(',')).join('\r\n') + '\r\n');
  const out = path.join(d, 'out.xlsx');
  const r = await sb('import', csv, '-o', out, '--as-of', '2024-03-31T12:00', '--period', 'month');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);

  expect((await formulaTexts(out))[0]?.length ?? 0).toBeLessThanOrEqual(255);

  const csvDir = path.join(d, 'csv');
  mkdirSync(csvDir);
  const sheets = recalcToCsv(out, csvDir);
  const pivots = sheets.get('汇总')!;
  // The classification (统计): the long subcategory's row counts its two tickets.
  const classRow = sheets.get('统计')!.find((x) => x[3] === longSub);
  expect(classRow?.[4]).toBe('2');
  const title = pivots.findIndex((row) => row[0] === crossTabTitle('ownerBySlaState', 'zh-CN'));
  expect(title).toBeGreaterThanOrEqual(0);
  const totalCol = pivots[title + 1].indexOf('合计');
  expect(totalCol).toBeGreaterThan(1);
  const total = (owner: string): string | undefined => pivots.slice(title + 2).find((x) => x[0] === owner)?.[totalCol];
  expect(total(longOwner)).toBe('2');
  expect(total('李四')).toBe('1');
  // Every count cell of the long owner's row is a number LibreOffice computed (no #VALUE!).
  const longRow = pivots.slice(title + 2).find((x) => x[0] === longOwner)!;
  expect(longRow.slice(1, totalCol + 1).every((c) => /^\d+$/.test(c))).toBe(true);
});
