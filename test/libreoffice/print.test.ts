/**
 * The printed workbook, as LibreOffice renders it to PDF (one soffice run): orientation and
 * pages per sheet, the report's header, legible text at print scale, internal keys out of sight,
 * print titles on every Tickets page, the charts drawn; the PivotTables as LibreOffice opens them
 * (a CSV run); and the Open XML SDK validator on the output of both writers (charts and pivots).
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { getPreset } from '../../src/core/presets';
import { computeStats } from '../../src/core/stats/computeStats';
import { periodContaining } from '../../src/core/stats/period';
import { sampleWorkbook } from '../../src/cli/sample';
import { buildWorkbookPlan } from '../../src/workbook/plan';
import { writePlanFile } from '../../src/xlsx/writeWorkbook';
import { tempDir } from '../cli/helpers';
import { ooxmlErrors } from '../support/ooxmlValidator';
import { recalcToCsv, renderPdf } from './libreoffice';
import { crossTabTitle } from '../../src/core/stats/crossTabs';

jest.setTimeout(300_000);

const dir = tempDir('sb-print-');
const AS_OF = '2024-03-31T23:00';
const settings = getPreset('standard').settings;
const { tickets, logs, subtasks } = sampleWorkbook(60, settings);
const stats = computeStats(tickets, { period: periodContaining('month', AS_OF), asOf: AS_OF, settings, log: logs });
const plan = buildWorkbookPlan({ settings, locale: 'zh-CN', tickets, logs, subtasks, stats, fixedAsOf: AS_OF });

/**
 * The same tickets with the long wrapped texts of real records (Traditional and Simplified, with
 * curly quotes and full-width punctuation), written as zh-TW and en-US workbooks.
 */
const LONG_TEXTS = [
  '門市收銀設備外殼漏電，存在安全隱患，員工不敢使用，要求儘快派人上門處理',
  '“在線排隊等待20分鐘，影響體驗”，還說“下次不再買了”',
  '整理高频问题更新知识库与FAQ，优化对应话术，每周复盘一次',
  'The courier left the parcel at the wrong address twice; the customer asks for a refund of the delivery fee',
];
const longTickets = tickets.map((t, i) => (i % 3 === 0 ? { ...t, description: LONG_TEXTS[i % LONG_TEXTS.length], followUp: LONG_TEXTS[(i + 1) % LONG_TEXTS.length] } : t));
const localePlans = (['zh-TW', 'en-US'] as const).map((locale) => ({
  locale,
  plan: buildWorkbookPlan({ settings, locale, tickets: longTickets, logs, subtasks, stats: computeStats(longTickets, { period: periodContaining('month', AS_OF), asOf: AS_OF, settings, log: logs }), fixedAsOf: AS_OF }),
}));

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

interface Page {
  text: string;
  portrait: boolean;
  /** Heights of the words' boxes, in points. */
  wordHeights: number[];
  words: Word[];
}

function pages(pdf: string): Page[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => +m[1] < +m[2]);
  const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return bbox
    .split('<page ')
    .slice(1)
    .map((p, i) => {
      const words = [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({ x0: +w[1], y0: +w[2], x1: +w[3], y1: +w[4], text: w[5] }));
      return { text: words.map((w) => w.text).join(' '), portrait: sizes[i], wordHeights: words.map((w) => w.y1 - w.y0), words };
    });
}

/**
 * Words printed over one another (a wrapped cell taller than its row runs into the next): pairs
 * whose boxes overlap by more than 1 pt across and 4 pt down (boxes of adjacent lines touch).
 */
function overprinted(p: Page): string[] {
  const out: string[] = [];
  p.words.forEach((a, i) =>
    p.words.slice(i + 1).forEach((b) => {
      if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 4) out.push(`${a.text} | ${b.text}`);
    }),
  );
  return out;
}

/** The page header's words, left to right (pdftotext may read them after the body's first column). */
const pageHeader = (p: Page): string =>
  p.words
    .filter((w) => w.y1 < 50)
    .sort((a, b) => a.x0 - b.x0)
    .map((w) => w.text)
    .join(' ');

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
/** The smallest ratio of a word box to its font size (Carlito/Calibri ascent + descent = 1.22 em). */
const BOX_PER_POINT = 1.22;

describe('printing (LibreOffice)', () => {
  const book = path.join(dir, 'print.xlsx');
  const streamed = path.join(dir, 'print-streamed.xlsx');
  let all: Page[] = [];
  const localePages = new Map<string, Page[]>();

  beforeAll(async () => {
    await writePlanFile(plan, book);
    await writePlanFile(plan, streamed, undefined, { streaming: true });
    all = pages(renderPdf(book, dir));
    for (const { locale, plan: p } of localePlans) {
      const f = path.join(dir, `print-${locale}.xlsx`);
      await writePlanFile(p, f);
      localePages.set(locale, pages(renderPdf(f, dir)));
    }
  });

  it('prints every heading in the workbook font: no serif fallback for a bold header or caption without a font name', () => {
    const fonts = execFileSync('pdffonts', [path.join(dir, 'print-en-US.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/Carlito-Bold/);
    expect(fonts).not.toMatch(/Serif/);
  });

  it.each(['zh-TW', 'en-US'])('%s: rows are tall enough for their wrapped text: no words printed over others on the Tickets and statistics pages', (locale) => {
    const { plan: p } = localePlans.find((x) => x.locale === locale)!;
    const names = p.sheets.filter((sh) => sh.key === 'tickets' || sh.key === 'stats').map((sh) => sh.name);
    // A page's sheet: its name in the footer (and the Tickets' header).
    const printed = localePages.get(locale)!.filter((pg) => pg.words.some((w) => names.includes(w.text) && w.y0 > 500));
    expect(printed.length).toBeGreaterThan(2);
    expect(printed.flatMap(overprinted)).toEqual([]);
  });

  it('passes the Open XML SDK validator with its charts, from both writers', () => {
    for (const f of [book, streamed]) {
      const parts = execFileSync('unzip', ['-Z1', f], { encoding: 'utf8' });
      expect(parts.match(/xl\/charts\/chart\d+\.xml/g)).toHaveLength(4);
      expect(parts.match(/xl\/pivotTables\/pivotTable\d+\.xml/g)).toHaveLength(4);
      expect(parts).toMatch(/xl\/pivotCache\/pivotCacheRecords1\.xml/);
      expect(ooxmlErrors(f)).toEqual([]);
    }
  });

  it('prints the statistics report on A4 portrait pages with title, period and as-of, legible, keys hidden, charts drawn', () => {
    const report = all.filter((p) => pageHeader(p) === '服务统计报表 2024年3月 统计时点 2024-03-31 23:00');
    expect(report.length).toBeGreaterThanOrEqual(2);
    expect(report.length).toBeLessThanOrEqual(4);
    for (const p of report) expect(p.portrait).toBe(true);
    const text = report.map((p) => p.text).join(' ');
    for (const head of ['反馈类型', '具体问题细分', '出现频次', '处理建议', '责任部门']) expect(text).toContain(head);
    expect(text).not.toMatch(/resolutionHours|topTypes|csat\.mean/);
    // Body text at print scale: 11 pt × 85 % ≈ 9.35 pt, at least 9 pt.
    expect(median(report[0].wordHeights) / BOX_PER_POINT).toBeGreaterThanOrEqual(9);
    // The charts' titles are drawn on the report's last page, with their axes' labels.
    const last = report[report.length - 1].text;
    for (const title of ['每周受理量趋势', '反馈类型占比', '按优先级的按时率', '分项满意度']) expect(last).toContain(title);
  });

  it('prints Tickets landscape with the header row and ticket numbers on every page', () => {
    const ticketPages = all.filter((p) => p.text.startsWith('工单 '));
    expect(ticketPages.length).toBeGreaterThan(1);
    for (const p of ticketPages) {
      expect(p.portrait).toBe(false);
      expect(p.text).toContain('工单编号');
      expect(p.text).toMatch(/CS\d{11}/);
      expect(median(p.wordHeights) / BOX_PER_POINT).toBeGreaterThanOrEqual(9);
    }
  });

  it('prints the configuration top to bottom, every table under its name', () => {
    const config = all.filter((p) => p.text.startsWith('配置 '));
    const text = config.map((p) => p.text).join(' ');
    for (const name of ['Config_Meta', 'Config_SLA', 'Config_Hours', 'Config_Holidays', 'Config_Numbering', 'Config_Routing', 'Config_Keywords', 'Config_Suggestions', 'Config_Scripts', 'Config_FollowUp', 'Config_Lists'])
      expect(text).toContain(name);
    for (const p of config) expect(p.portrait).toBe(false);
    // The widest table (Config_Lists) prints whole on one page width: its last column is on its page.
    const lists = config.find((p) => p.text.includes('Config_Lists'))!;
    expect(lists.text).toContain('时限单位');
  });

  it('opens the PivotTables in LibreOffice with the numbers of the statistics, next to the formula cross-tabs', () => {
    const csvDir = path.join(dir, 'csv');
    execFileSync('mkdir', ['-p', csvDir]);
    const sheet = recalcToCsv(streamed, csvDir).get('汇总')!;
    let checked = 0;
    for (const p of plan.pivotTables) {
      const ct = stats.crossTabs.find((c) => p.name.endsWith(c.name))!;
      const col = p.left - 1;
      const titleRow = sheet.findIndex((r) => r[col] === `${crossTabTitle(ct.name, 'zh-CN')}（数据透视表）`);
      // Beside its cross-tab: the same row as the cross-tab's title.
      expect(sheet[titleRow][0]).toBe(crossTabTitle(ct.name, 'zh-CN'));
      const header = sheet[titleRow + 2];
      ct.rows.forEach((rowLabel, i) => {
        const line = sheet.slice(titleRow + 3).find((r) => r[col] === rowLabel);
        if (!ct.counts[i].some((n) => n > 0)) return expect(line).toBeUndefined();
        ct.cols.forEach((colLabel, j) => {
          const k = header.indexOf(colLabel, col + 1);
          if (ct.counts[i][j] === 0) return expect(k < 0 || (line![k] ?? '') === '' || line![k] === '0').toBe(true);
          expect(line![k]).toBe(String(ct.counts[i][j]));
          checked += 1;
        });
      });
    }
    expect(checked).toBeGreaterThan(20);
  });
});
