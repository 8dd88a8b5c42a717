/** The fake behaves like Excel where tests of the Office.js layer rely on it. */
import { installFakeOffice, type FakeOffice } from './index';

const g = globalThis as unknown as Record<string, unknown>;
const run = <T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => Excel.run(f);

describe('fake Excel', () => {
  let office: FakeOffice;
  beforeEach(() => {
    office = installFakeOffice(g, { sheets: ['Sheet1'] });
  });

  it('installs Office and Excel globals and resolves onReady', async () => {
    await expect(Office.onReady()).resolves.toMatchObject({ host: 'Excel' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.99')).toBe(false);
  });

  it('throws PropertyNotLoaded for a property that was not loaded and synced', async () => {
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(r.values).toEqual([['', ''], ['', '']]);
      expect(() => r.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies writes at sync, in order, and accepts load options as string, array or object', async () => {
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:B1').values = [['a', 1]];
      expect(office.sheet('Sheet1').rows).toEqual([]);
      const a = ws.getRange('A1:B1').load(['values', 'address']);
      const b = ws.getRange('A1').load({ values: true, format: { font: { bold: true } } });
      const c = ws.getRange('B1').load('values, rowIndex');
      await ctx.sync();
      expect(a.values).toEqual([['a', 1]]);
      expect(a.address).toBe('Sheet1!A1:B1');
      expect(b.values).toEqual([['a']]);
      expect(b.format.font.bold).toBeNull();
      expect(c.rowIndex).toBe(0);
    });
  });

  it('rejects a wrongly shaped values array like Excel', async () => {
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [['x']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('counts syncs with their request size and refuses a request over 5 MB without applying it', async () => {
    const big = Array.from({ length: 2000 }, (_, i) => [`${'工单描述'.repeat(300)}${i}`]);
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A2000').values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(office.requests[0].requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(office.sheet('Sheet1').rows).toEqual([]);
    office.resetCounters();
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A2').values = [['x'], ['y']];
      await ctx.sync();
    });
    expect(office.syncCount).toBe(1);
    expect(office.requests[0].requestBytes).toBeLessThan(1000);
  });

  it('refuses a response over 5 MB', async () => {
    office.setCells('Sheet1', 'A1', Array.from({ length: 2000 }, () => ['客'.repeat(1000)]));
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A2000').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('gives null objects for *OrNullObject and fails getItem on a missing item at sync', async () => {
    await run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const there = ctx.workbook.worksheets.getItemOrNullObject('Sheet1');
      expect(() => missing.isNullObject).toThrow();
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
    });
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Nope').getRange('A1').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('creates tables with a blank row, adds rows, and fires onChanged with the source', async () => {
    office.setCells('Sheet1', 'A1', [['编号', '内容']]);
    const seen: string[] = [];
    await run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem('Sheet1').tables.add('Sheet1!A1:B1', true);
      t.name = 'T';
      t.onChanged.add(async (e: Excel.TableChangedEventArgs) => void seen.push(`${e.source}:${e.address}`));
      t.rows.add(undefined, [['1', 'x'], ['2', 'y']]);
      const body = t.getDataBodyRange().load('values,rowCount');
      await ctx.sync();
      expect(body.rowCount).toBe(3);
      expect(body.values[0]).toEqual(['', '']);
    });
    await office.editTableRow('T', 1, { 内容: 'z' }, 'Remote');
    // Excel raises the event for the add-in's own writes too (source Local), after the request.
    expect(seen).toEqual(['Local:A3:B4', 'Remote:B3']);
  });

  it('raises no event for writes made while the add-in switched events off (ExcelApi 1.8)', async () => {
    office.setCells('Sheet1', 'A1', [['编号']]);
    const seen: string[] = [];
    await run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem('Sheet1').tables.add('Sheet1!A1:A1', true);
      t.name = 'T';
      t.onChanged.add(async (e: Excel.TableChangedEventArgs) => void seen.push(e.address));
      await ctx.sync();
      (ctx as unknown as { runtime: { enableEvents: boolean } }).runtime.enableEvents = false;
      t.getDataBodyRange().values = [['off']];
      await ctx.sync();
      (ctx as unknown as { runtime: { enableEvents: boolean } }).runtime.enableEvents = true;
      t.getDataBodyRange().values = [['on']];
    });
    await office.settle();
    expect(seen).toEqual(['A2']);
  });

  it('lets a co-author edit between two syncs, and a scripted request fail without applying anything', async () => {
    office.setCells('Sheet1', 'A1', [['编号'], ['a'], ['b']]);
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').tables.add('Sheet1!A1:A3', true).name = 'T';
      await ctx.sync();
    });
    office.resetCounters();
    office.beforeSync = (n) => (n === 2 ? office.coAuthorInsertRows('T', 0, [['co']]) : undefined);
    office.failSync = (n) => n === 3;
    await run(async (ctx) => {
      const first = ctx.workbook.tables.getItem('T').getDataBodyRange().getRow(0).load('values');
      await ctx.sync();
      expect(first.values).toEqual([['a']]);
      const again = ctx.workbook.tables.getItem('T').getDataBodyRange().getRow(0).load('values');
      await ctx.sync();
      expect(again.values).toEqual([['co']]);
      ctx.workbook.tables.getItem('T').getDataBodyRange().getRow(0).values = [['lost']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    });
    expect(office.tableRows('T').map((r) => r['编号'])).toEqual(['co', 'a', 'b']);
    office.coAuthorSort('T', '编号', true);
    office.coAuthorDeleteRow('T', 0);
    office.coAuthorAddRow('T', { 编号: 'z' });
    office.coAuthorSetCell('T', 0, '编号', 'y');
    expect(office.tableRows('T').map((r) => r['编号'])).toEqual(['y', 'a', 'z']);
  });

  it('writes text starting with = as a formula unless the cell is formatted as text', async () => {
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [['=1+1']];
      ws.getRange('B1').numberFormat = [['@']];
      ws.getRange('B1').values = [['=1+1']];
      const f = ws.getRange('A1:B1').load('formulas');
      await ctx.sync();
      expect(f.formulas).toEqual([['=1+1', '=1+1']]);
    });
    expect([...office.sheet('Sheet1').formulas.keys()]).toEqual(['0,0']);
  });

  it('fails APIs of requirement sets the host lacks', async () => {
    office = installFakeOffice(g, { sets: { ExcelApi: '1.7' } });
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      expect(() => ws.getRange('A1').dataValidation).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => ws.pivotTables.add('p', 'Sheet1!A1:B2', 'D1')).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });
});

describe('fake Excel types', () => {
  it('are checked against @types/office-js', () => {
    // Compile-time checks: each line below must fail tsc, or @ts-expect-error itself fails.
    // @ts-expect-error Excel.Range has no member "valuez"
    const wrongName: import('./checked').Checked<Excel.Range, 'valuez'> = {} as never;
    // @ts-expect-error getCell takes (row: number, column: number)
    const wrongSignature: import('./checked').Checked<Excel.Range, 'getCell'> = { getCell: (row: string) => row };
    expect([wrongName, wrongSignature]).toHaveLength(2);
  });
});
