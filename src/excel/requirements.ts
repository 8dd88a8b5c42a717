/**
 * What this Excel can do, by ExcelApi requirement set. ServiceBook runs on every level from 1.1
 * (Excel 2016 volume licence) and does what the level allows; `missing` names each feature it
 * leaves out, as a key the pane words from its message files (`feature.<key>`):
 *
 * | set | feature |
 * |---|---|
 * | 1.2 | column widths |
 * | 1.4 | defined names: setting up, converting and refreshing the statistics (their formulas use names) |
 * | 1.6 | row colours (conditional formats) |
 * | 1.7 | rows typed into the grid completed at once (Table.onChanged); freeze panes, tab colours; names' formulas (补齐配置 tells a broken name) |
 * | 1.8 | dropdown lists (data validation), PivotTables, gridlines, switching the add-in's own events off |
 * | 1.9 | pausing screen updates during large writes; cell change details; print setup (page layout, print titles, header and footer, page breaks) |
 */
export type IsSetSupported = (name: string, version: string) => boolean;

export type FeatureKey =
  | 'columnWidths'
  | 'names'
  | 'conditionalFormats'
  | 'changeEvents'
  | 'sheetLayout'
  | 'dataValidation'
  | 'pivotTables'
  | 'gridlines'
  | 'enableEvents'
  | 'suspendScreenUpdating'
  | 'changeDetails'
  | 'pageLayout'
  | 'nameFormulas';

export type Capabilities = { [K in FeatureKey]: boolean } & {
  /** Reading and writing tables (ExcelApi 1.1): register, update, check. */
  base: boolean;
  /** Features this Excel lacks, with the set that brings them (what the pane tells the user). */
  missing: { set: string; feature: FeatureKey }[];
};

const FEATURES: { key: FeatureKey; version: string; silent?: boolean }[] = [
  { key: 'columnWidths', version: '1.2' },
  { key: 'names', version: '1.4' },
  { key: 'conditionalFormats', version: '1.6' },
  { key: 'changeEvents', version: '1.7' },
  { key: 'sheetLayout', version: '1.7' },
  // A defined name's formula (to tell a name broken by a deleted sheet): 补齐配置 otherwise takes every name present as whole.
  { key: 'nameFormulas', version: '1.7', silent: true },
  { key: 'dataValidation', version: '1.8' },
  { key: 'pivotTables', version: '1.8' },
  { key: 'gridlines', version: '1.8' },
  // Own events are also ignored by the rows they wrote: nothing for the user to miss.
  { key: 'enableEvents', version: '1.8', silent: true },
  { key: 'suspendScreenUpdating', version: '1.9' },
  { key: 'changeDetails', version: '1.9', silent: true },
  { key: 'pageLayout', version: '1.9' },
];

export const MIN_EXCEL_API = '1.1';

export function checkCapabilities(isSupported: IsSetSupported): Capabilities {
  const base = isSupported('ExcelApi', MIN_EXCEL_API);
  const caps = { base, missing: [] } as unknown as Capabilities;
  if (!base) caps.missing.push({ set: `ExcelApi ${MIN_EXCEL_API}`, feature: 'names' });
  for (const f of FEATURES) {
    caps[f.key] = base && isSupported('ExcelApi', f.version);
    if (base && !caps[f.key] && !f.silent) caps.missing.push({ set: `ExcelApi ${f.version}`, feature: f.key });
  }
  return caps;
}

/** Office's own check, or "nothing supported" outside Office. */
export const officeIsSetSupported: IsSetSupported = (name, version) => {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported(name, version);
  } catch {
    return false;
  }
};
