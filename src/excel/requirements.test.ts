import { checkCapabilities } from './requirements';
import { localeOf, rowsOfAddress } from './host';

const upTo = (max: string) => (name: string, v: string) => name === 'ExcelApi' && Number(v.split('.')[1]) <= Number(max.split('.')[1]);

describe('checkCapabilities', () => {
  it('enables everything on ExcelApi 1.9 and reports nothing missing', () => {
    const c = checkCapabilities(upTo('1.9'));
    expect(c).toMatchObject({ base: true, pivotTables: true, dataValidation: true, suspendScreenUpdating: true, missing: [] });
  });
  it('names each feature that degrades on ExcelApi 1.7 (Office 2019), as keys the pane words', () => {
    const c = checkCapabilities(upTo('1.7'));
    expect(c.base).toBe(true);
    expect(c.pivotTables).toBe(false);
    expect(c.missing.map((m) => m.feature)).toEqual(['dataValidation', 'pivotTables', 'gridlines', 'suspendScreenUpdating', 'pageLayout']);
  });
  it('runs on ExcelApi 1.1 (Excel 2016) and says what it leaves out', () => {
    const c = checkCapabilities(upTo('1.1'));
    expect(c.base).toBe(true);
    expect(c.missing.map((m) => m.feature)).toEqual(expect.arrayContaining(['names', 'conditionalFormats', 'changeEvents', 'dataValidation']));
    expect(checkCapabilities(() => false).base).toBe(false);
  });
});

describe('host helpers', () => {
  it('maps Office display languages to the three locales', () => {
    expect(localeOf('zh-CN')).toBe('zh-CN');
    expect(localeOf('zh-HK')).toBe('zh-TW');
    expect(localeOf('zh-TW')).toBe('zh-TW');
    expect(localeOf('en-GB')).toBe('en-US');
    expect(localeOf(undefined)).toBe('zh-CN');
  });
  it('reads the sheet rows an event address covers', () => {
    expect(rowsOfAddress('A5:C7')).toEqual({ from: 5, to: 7 });
    expect(rowsOfAddress("'工单'!$B$9")).toEqual({ from: 9, to: 9 });
    expect(rowsOfAddress('')).toBeNull();
  });
});
