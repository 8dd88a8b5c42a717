import { getPreset } from '../../core/presets';
import { computeStats } from '../../core/stats/computeStats';
import { periodContaining } from '../../core/stats/period';
import { sampleWorkbook } from '../../cli/sample';
import { buildWorkbookPlan } from '.';
import { isPlanDateTime, isPlanFormula, type BlockPlan, type PlanCell, type SheetPlan, type TablePlan, type WorkbookPlan } from '../types';
import { columnsPx, fitsOnePageWide, headerFooterCode, PORTRAIT_PAGE_POINTS, PRINTABLE_PX, splitsAcrossPages } from './pageSetup';
import { FILTER_BUTTON, fitWidths, headerWidth, labelWidth, textWidth, wrappedLines, wrappedRowHeight } from './fitWidths';
import { STATS_WIDTHS } from './statsSheet';

const AS_OF = '2024-03-31T23:00';
function plan(locale: 'zh-CN' | 'zh-TW' | 'en-US' = 'zh-CN'): WorkbookPlan {
  const settings = getPreset('standard').settings;
  const { tickets, logs, subtasks } = sampleWorkbook(30, settings);
  const stats = computeStats(tickets, { period: periodContaining('month', AS_OF), asOf: AS_OF, settings, log: logs });
  return buildWorkbookPlan({ settings, locale, tickets, logs, subtasks, stats, fixedAsOf: AS_OF });
}
const sheet = (p: WorkbookPlan, key: SheetPlan['key']): SheetPlan => p.sheets.find((s) => s.key === key)!;
const table = (s: SheetPlan, name: string): TablePlan => s.blocks.find((b): b is TablePlan => b.kind === 'table' && b.name === name)!;

/** The value a plan puts in a sheet cell (formulas by their cached result), for checking chart caches. */
function cellAt(s: SheetPlan, row: number, col: number): PlanCell | undefined {
  for (const b of s.blocks as BlockPlan[]) {
    const top = b.kind === 'table' ? b.top + 1 : b.top;
    const r = row - top;
    const c = col - b.left;
    if (r < 0 || c < 0 || r >= b.rows.length || c >= (b.kind === 'table' ? b.columns.length : b.rows[r].length)) continue;
    const v = b.rows[r][c];
    return isPlanFormula(v) ? (v.result ?? null) : isPlanDateTime(v) ? v.datetime.slice(0, 10) : v;
  }
  return undefined;
}
const parseRef = (ref: string) => {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref)!;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { sheet: m[1].replace(/''/g, "'"), col: col(m[2]), top: +m[3], bottom: +m[5] };
};

describe('print layout', () => {
  const p = plan();

  it('gives every sheet A4 page setup with a footer, and the report a title/period/as-of header', () => {
    for (const s of p.sheets) expect(headerFooterCode(s.pageSetup.footer)).toContain('&P');
    const stats = sheet(p, 'stats');
    expect(stats.pageSetup).toMatchObject({ orientation: 'portrait', scale: 85 });
    expect(stats.pageSetup.fitToWidth).toBeUndefined();
    expect(headerFooterCode(stats.pageSetup.header)).toBe('&L服务统计报表&C2024年3月&R统计时点 2024-03-31 23:00');
  });

  it('prints the statistics report one A4 portrait page wide at 85 % (11 pt text at 9.35 pt), keys hidden in column A', () => {
    const stats = sheet(p, 'stats');
    const shown = Object.entries(STATS_WIDTHS).filter(([c]) => !stats.hiddenColumns!.includes(+c)).map(([, w]) => w);
    expect(fitsOnePageWide(shown, stats.pageSetup)).toBe(true);
    expect(stats.hiddenColumns).toEqual([1]);
    const summary = table(stats, 'Stats_Summary');
    const classification = table(stats, 'Stats_Classification');
    expect(summary.left).toBe(1);
    expect(summary.columns[0].key).toBe('key');
    // Stacked, not side by side: the classification starts below the summary's last row.
    expect(classification.left).toBe(2);
    expect(classification.top).toBeGreaterThan(summary.top + summary.rows.length + 1);
    expect(classification.columns.map((c) => c.header).slice(0, 4)).toEqual(['统计周期', '反馈类型', '具体问题细分', '出现频次']);
    // Every block but the key column of Stats_Summary starts at B.
    for (const b of stats.blocks) if (b !== summary) expect(b.left).toBeGreaterThanOrEqual(2);
    // The figures and charts start a page of their own (the classification starts one only when its
    // caption and first row would fall on two pages: pageBreaks test below).
    const figures = stats.rowBreaks![stats.rowBreaks!.length - 1];
    expect(figures).toBeGreaterThan(classification.top + classification.rows.length);
    expect(stats.rowBreaks!.filter((r) => r !== figures).every((r) => r === classification.top - 1)).toBe(true);
  });

  it.each(['zh-CN', 'zh-TW', 'en-US'] as const)('%s: every label of the period and figure blocks fits its column, and the report still fits one page wide', (locale) => {
    const stats = sheet(plan(locale), 'stats');
    const widths = stats.widths!;
    const cut: string[] = [];
    for (const b of stats.blocks) {
      if (b.kind !== 'cells' || !(b.id === 'period' || b.id.startsWith('figure:'))) continue;
      for (const row of b.rows) {
        if (row.length < 2) continue; // a block's title runs into the empty cells beside it
        row.forEach((v, j) => typeof v === 'string' && labelWidth(v) > widths[b.left + j] && cut.push(v));
      }
    }
    const summary = table(stats, 'Stats_Summary');
    summary.columns.forEach((c, j) => !c.wrap && !stats.hiddenColumns!.includes(summary.left + j) && labelWidth(c.header) + FILTER_BUTTON > widths[summary.left + j] && cut.push(c.header));
    // Wrapped headers fold on two lines without cutting a word (Department, never Departmen/t).
    for (const t of [summary, table(stats, 'Stats_Classification')])
      t.columns.forEach((c, j) => c.wrap && headerWidth(c.header) > widths[t.left + j] && cut.push(c.header));
    expect(cut).toEqual([]);
    const shown = Object.entries(widths).filter(([c]) => !stats.hiddenColumns!.includes(+c)).map(([, w]) => w);
    expect(fitsOnePageWide(shown, stats.pageSetup)).toBe(true);
    // The tables' columns (which the file host writes as column widths too) agree with the sheet's.
    for (const t of [summary, table(stats, 'Stats_Classification')]) t.columns.forEach((c, j) => expect({ col: t.left + j, w: c.width }).toEqual({ col: t.left + j, w: widths[t.left + j] }));
  });

  it('repeats the header row and the ticket number on every page of the landscape Tickets sheet, across first', () => {
    const t = sheet(p, 'tickets');
    expect(t.pageSetup).toMatchObject({ orientation: 'landscape', scale: 85, titleRows: [1, 1], titleColumns: [1, 1], order: 'overThenDown' });
    const cols = table(t, 'Tickets').columns;
    expect(cols[0].key).toBe('id');
    expect(cols.find((c) => c.key === 'description')!.wrap).toBe(true);
  });

  it('stacks the configuration tables vertically under their names, without overlapping rows, list names clear of other tables', () => {
    const c = sheet(p, 'config');
    const tables = c.blocks as TablePlan[];
    expect(tables.length).toBeGreaterThanOrEqual(11);
    const stacked = tables.filter((t) => t.name !== 'Config_Reserved');
    let below = 0;
    for (const t of stacked) {
      expect(t.left).toBe(1);
      expect(t.caption).toBe(t.name);
      expect(t.top - 1).toBeGreaterThan(below);
      below = t.top + Math.max(1, t.rows.length);
    }
    // Config_Reserved grows with every archive run: it stands right of the stack, nothing below it.
    const reserved = tables.find((t) => t.name === 'Config_Reserved')!;
    expect(reserved.left).toBeGreaterThan(Math.max(...stacked.map((t) => t.columns.length)));
    const last = [stacked[stacked.length - 1]];
    const widest = Math.max(...tables.map((t) => columnsPx(t.columns.map((x) => x.width))));
    expect(widest).toBeLessThan(PRINTABLE_PX.landscape * 2);
    const listNames = p.definedNames.filter((n) => n.name.startsWith('SB_List_'));
    expect(last[0].name).toBe('Config_Lists');
    const lists = last[0];
    for (const n of listNames) expect(+/\$(\d+):/.exec(n.ref)![1]).toBe(lists.top + 1);
  });
});

describe('charts', () => {
  it.each([['zh-CN'], ['en-US']] as const)('%s: four charts whose cached values are the values of the cells they reference', (locale) => {
    const p = plan(locale);
    expect(p.charts.map((c) => [c.id, c.kind])).toEqual([
      ['weeklyVolume', 'line'],
      ['categoryShare', 'pie'],
      ['onTimeByPriority', 'column'],
      ['ratingsByDimension', 'bar'],
    ]);
    let checked = 0;
    for (const c of p.charts)
      for (const s of c.series) {
        const cats = parseRef(s.categoriesRef);
        const vals = parseRef(s.valuesRef);
        const on = p.sheets.find((x) => x.name === cats.sheet)!;
        expect(cats.bottom - cats.top + 1).toBe(s.categories.length);
        s.categories.forEach((cat, i) => expect(String(cellAt(on, cats.top + i, cats.col))).toBe(cat));
        s.values.forEach((v, i) => expect(cellAt(on, vals.top + i, vals.col) ?? null).toBe(v));
        checked += s.values.length;
      }
    expect(checked).toBeGreaterThan(15);
  });

  it('places the charts two by two under the figure blocks, inside the printed columns B–I', () => {
    const p = plan();
    for (const c of p.charts) {
      expect(c.from.col).toBeGreaterThanOrEqual(2);
      expect(c.to.col).toBeLessThanOrEqual(10);
    }
    const rows = new Set(p.charts.map((c) => c.from.row));
    expect(rows.size).toBe(2);
  });
});

describe('widths and row heights', () => {
  it('counts East Asian characters twice', () => {
    expect(textWidth('售后ab')).toBe(6);
    expect(textWidth('ｱ')).toBe(1);
  });

  it('fits a column to its longest value and wraps text past the wrap width', () => {
    const cols = fitWidths(
      [
        { key: 'a', header: '沟通渠道', type: 'text', width: 30 },
        { key: 'b', header: '问题描述', type: 'longText', width: 10 },
      ],
      [['电话', '很长的描述'.repeat(10)]],
    );
    expect(cols.map((c) => [c.width, c.wrap ?? false])).toEqual([
      [6, false],
      [36, true],
    ]);
  });

  it('folds a header on two lines at a space, never inside a word (the header row holds two lines)', () => {
    const widths = fitWidths(
      ['Customer ID', 'First response due', '分项评分·解决效率'].map((header) => ({ key: header, header, type: 'text' as const, width: 30 })),
      [['C7389', '', '']],
    ).map((c) => c.width);
    // Bold "Customer" needs 10 units, "First" / "response due" 15, "分项评分·" / "解决效率" 10; one of padding.
    expect(widths).toEqual([11, 16, 11]);
    expect(headerWidth('Customer ID')).toBe(11);
  });

  it('makes a row tall enough for its wrapped text, and leaves one-line rows alone', () => {
    const col = { key: 'a', header: '', type: 'text' as const, width: 11, wrap: true };
    expect(wrappedRowHeight(['一二三四五'], [col])).toBeNull();
    expect(wrappedRowHeight(['一二三四五六七八九十一'], [col])).toBe(53);
  });

  it('gives the same text its own height in each column width, every time it is asked', () => {
    const col = { key: 'a', header: '', type: 'text' as const, width: 10, wrap: true };
    const heights = [10, 20, 10, 6, 20].map((width) => wrappedRowHeight(['一二三四五'], [{ ...col, width }]));
    expect(heights).toEqual([36, null, 36, 53, null]);
  });

  it('gives a line of CJK text 17 pt (LibreOffice draws it 15.7 pt apart, Excel about 17), a line of Latin text 15 pt', () => {
    const col = { key: 'a', header: '', type: 'text' as const, width: 11, wrap: true };
    // Three lines of Traditional text: LibreOffice's optimal height is 48.5 pt.
    expect(wrappedRowHeight(['服務統計\n報表完成\n已寄主管'], [col])).toBeGreaterThanOrEqual(49);
    expect(wrappedRowHeight(['abc\ndef\nghi'], [col])).toBe(47);
  });

  it('wraps Latin text at spaces and CJK text at any character, as the hosts do', () => {
    const col = { key: 'a', header: '', type: 'text' as const, width: 11, wrap: true };
    // 20 characters fit two lines of 10, but words of 6 wrap onto three.
    expect(wrappedRowHeight(['aaaaaa bbbbbb cccccc'], [col])).toBe(47);
    // A word longer than the line is cut.
    expect(wrappedRowHeight(['abcdefghijklmnopqrst'], [col])).toBe(32);
    // A CJK character never splits: 4 characters of 2 fill a line of 10, the 5th goes on.
    expect(wrappedRowHeight(['一二三四五'], [{ ...col, width: 10 }])).toBe(36);
    // Closing punctuation goes with the character before it; LibreOffice's lines for a 15-wide column.
    expect(wrappedLines('整理高频问题更新知识库与FAQ，优化对应话术', 15)).toBe(4);
    // Curly quotes take a full width next to CJK text (LibreOffice draws this in 5 lines at 14 wide).
    expect(wrappedLines('“在線排隊等待20分鐘，影響體驗”，還說“下次不再買了”', 14)).toBe(5);
  });

  it('keeps the examples of its doc comments', () => {
    const col = { key: 'a', header: '', type: 'text' as const, width: 11, wrap: true };
    expect([wrappedLines('aaaaaa bbbbbb cccccc', 11), wrappedLines('一二三四五', 10), wrappedLines('一二三四，五', 10)]).toEqual([3, 2, 2]);
    expect([wrappedRowHeight(['一二三四五六七八九十'], [col]), wrappedRowHeight(['Summarise and send to product'], [col])]).toEqual([36, 47]);
  });
});

describe('page breaks', () => {
  it('tells when two rows fall on two pages, a row that does not fit starting the next page', () => {
    expect(PORTRAIT_PAGE_POINTS).toBeCloseTo(888.6, 1);
    expect(splitsAcrossPages([400, 400, 50, 100], 3, 4)).toBe(true);
    expect(splitsAcrossPages([400, 400, 50, 30], 3, 4)).toBe(false);
    expect(splitsAcrossPages([400, 400, 100, 30], 3, 4)).toBe(false);
  });
});

describe('PivotTables', () => {
  it('puts one PivotTable beside each of the four cross-tabs, with the cross-tab counts, over the tickets received in the period', () => {
    const p = plan();
    const pivots = sheet(p, 'pivots');
    expect(p.pivotTables.map((t) => t.name)).toEqual(['SB_PivotTable_categoryByStatus', 'SB_PivotTable_channelByPriority', 'SB_PivotTable_ownerBySlaState', 'SB_PivotTable_categoryByEmotion']);
    const stats = computeStats(sampleWorkbook(30, getPreset('standard').settings).tickets, { period: periodContaining('month', AS_OF), asOf: AS_OF, settings: getPreset('standard').settings });
    expect(p.pivotSource!.rows).toHaveLength(stats.received);
    for (const t of p.pivotTables) {
      const cross = pivots.blocks.find((b) => b.kind === 'cells' && b.id === `crossTab:${t.name.replace('SB_PivotTable_', '')}`)!;
      expect(t.top).toBe(cross.top + 1);
      expect(t.left).toBeGreaterThan(Math.max(...(cross.rows as PlanCell[][]).map((r) => r.length)));
      // Every count of the source, by row and column item, is the table's count.
      t.rowItems.forEach((r, i) =>
        t.colItems.forEach((c, j) => expect(p.pivotSource!.rows.filter((x) => x[t.rowField] === r && x[t.colField] === c).length).toBe(t.counts[i][j])),
      );
      expect(t.counts.flat().reduce((a, b) => a + b, 0)).toBe(stats.received);
    }
    expect(pivots.pageSetup.printArea).toMatch(/^A1:[A-Z]+\d+$/);
  });
});
