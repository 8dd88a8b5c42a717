/** The Office.js host of ServiceBook. */
export { createExcelHost, localeOf, rowsOfAddress } from './host';
export type { ExcelHost, ExcelHostOptions } from './host';
export { checkCapabilities, officeIsSetSupported, MIN_EXCEL_API } from './requirements';
export type { Capabilities, FeatureKey } from './requirements';
export { HostError, isHostError } from './errors';
export type { HostErrorCode } from './errors';
export * from './serviceBookHost';
export { createExcelWorkbookPort } from './port';
