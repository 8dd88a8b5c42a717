/**
 * Requirement sets checked at start. The manifest asks for ExcelApi 1.7 (tables, onChanged,
 * conditional formats, settings, getRangeByIndexes); 1.8 and 1.9 features degrade gracefully.
 */
import type { Locale } from '../core/schema/fieldMeta';

export type IsSetSupported = (name: string, version: string) => boolean;

export interface Capabilities {
  base: boolean;
  /** Range.dataValidation: dropdown lists on the Tickets columns. */
  dataValidation: boolean;
  /** Native PivotTables; else the formula cross-tabs stay the only summaries. */
  pivotTables: boolean;
  /** Worksheet.showGridlines. */
  gridlines: boolean;
  /** suspendScreenUpdatingUntilNextSync for long writes. */
  suspendScreenUpdating: boolean;
  /** TableChangedEventArgs.details (which cells changed and their old values). */
  changeDetails: boolean;
  missing: { set: string; feature: string }[];
}

const FEATURES: { set: string; version: string; key: keyof Omit<Capabilities, 'missing' | 'base'>; feature: Record<Locale, string> }[] = [
  { set: 'ExcelApi', version: '1.8', key: 'dataValidation', feature: { 'zh-CN': '下拉列表（数据验证）', 'zh-TW': '下拉清單（資料驗證）', 'en-US': 'dropdown lists (data validation)' } },
  { set: 'ExcelApi', version: '1.8', key: 'pivotTables', feature: { 'zh-CN': '数据透视表（改用公式交叉表）', 'zh-TW': '樞紐分析表（改用公式交叉表）', 'en-US': 'PivotTables (formula cross-tabs instead)' } },
  { set: 'ExcelApi', version: '1.8', key: 'gridlines', feature: { 'zh-CN': '隐藏网格线', 'zh-TW': '隱藏格線', 'en-US': 'hiding gridlines' } },
  { set: 'ExcelApi', version: '1.9', key: 'suspendScreenUpdating', feature: { 'zh-CN': '大批写入时暂停屏幕刷新', 'zh-TW': '大量寫入時暫停螢幕更新', 'en-US': 'pausing screen updates during large writes' } },
  { set: 'ExcelApi', version: '1.9', key: 'changeDetails', feature: { 'zh-CN': '单元格修改详情', 'zh-TW': '儲存格修改詳情', 'en-US': 'cell change details' } },
];

export const MIN_EXCEL_API = '1.7';

export function checkCapabilities(isSupported: IsSetSupported, locale: Locale = 'zh-CN'): Capabilities {
  const caps: Capabilities = {
    base: isSupported('ExcelApi', MIN_EXCEL_API),
    dataValidation: false,
    pivotTables: false,
    gridlines: false,
    suspendScreenUpdating: false,
    changeDetails: false,
    missing: [],
  };
  if (!caps.base) caps.missing.push({ set: `ExcelApi ${MIN_EXCEL_API}`, feature: BASE_FEATURE[locale] });
  for (const f of FEATURES) {
    caps[f.key] = caps.base && isSupported(f.set, f.version);
    if (!caps[f.key] && caps.base && f.key !== 'changeDetails') caps.missing.push({ set: `${f.set} ${f.version}`, feature: f.feature[locale] });
  }
  return caps;
}

const BASE_FEATURE: Record<Locale, string> = {
  'zh-CN': 'ServiceBook 需要 Excel 2019 / Microsoft 365 或网页版 Excel',
  'zh-TW': 'ServiceBook 需要 Excel 2019 / Microsoft 365 或網頁版 Excel',
  'en-US': 'ServiceBook needs Excel 2019, Microsoft 365 or Excel on the web',
};

/** Office's own check, or "nothing supported" outside Office. */
export const officeIsSetSupported: IsSetSupported = (name, version) => {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported(name, version);
  } catch {
    return false;
  }
};
