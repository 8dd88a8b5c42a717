/**
 * The add-in applies the plan's print setup as the file host writes it (ExcelApi 1.9): A4, the
 * statistics report portrait at 85 % with title, period and as-of in the header, its keys hidden
 * and a page break before the figures; the register landscape with the header row and ticket
 * number repeated; configuration fitted to one page wide; the pivots sheet's print area.
 */
import { setup } from './helpers';

describe('print setup through Office.js (ExcelApi 1.9)', () => {
  it('applies page layout, titles, header and footer, hidden columns and page breaks', async () => {
    const { office, host } = setup({ sets: { ExcelApi: '1.9' } });
    const stages: string[] = [];
    await host.setupWorkbook('standard', (_d, _t, st) => stages.push(st));
    expect(stages).not.toContain('skipped:pageLayout');

    const stats = office.model.sheetByName('统计')!;
    expect(stats.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait', zoom: { scale: 85 }, printOrder: 'DownThenOver', leftMargin: 28.8, topMargin: 43.2 });
    expect(stats.pageLayout.headerFooter).toMatchObject({ leftHeader: '服务统计报表', centerFooter: '第 &P 页，共 &N 页', leftFooter: '统计' });
    expect(stats.pageLayout.headerFooter.rightHeader).toMatch(/^统计时点 \d{4}-\d{2}-\d{2}/);
    expect(stats.pageLayout.headerFooter.centerHeader).not.toBe('');
    expect([...stats.hiddenColumns]).toEqual([0]);
    // The figures' page, and the classification's when its caption would end a page alone.
    expect(stats.pageLayout.rowBreaks.length).toBeGreaterThanOrEqual(1);
    expect(stats.pageLayout.rowBreaks.length).toBeLessThanOrEqual(2);

    const tickets = office.table('Tickets').sheet;
    expect(tickets.pageLayout).toMatchObject({ orientation: 'Landscape', printOrder: 'OverThenDown', titleRows: '1:1', titleColumns: 'A:A', zoom: { scale: 85 } });

    const config = office.model.sheetByName('配置')!;
    expect(config.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(office.warnings).toEqual([]);
  });

  it('reads back through the API only after a load, and only at 1.9', async () => {
    const { office, host } = setup({ sets: { ExcelApi: '1.9' } });
    await host.setupWorkbook('standard');
    await Excel.run(async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem('工单').pageLayout;
      expect(() => layout.orientation).toThrow(/not available|not loaded/i);
      layout.load('orientation,zoom');
      await ctx.sync();
      expect(layout.orientation).toBe('Landscape');
      expect(layout.zoom).toEqual({ scale: 85 });
    });
    office.options.sets.ExcelApi = '1.8';
    await Excel.run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem('工单').pageLayout).toThrow(/ExcelApi 1.9/);
      expect(() => ctx.workbook.worksheets.getItem('工单').horizontalPageBreaks).toThrow(/ExcelApi 1.9/);
      await ctx.sync();
    });
  });
});
