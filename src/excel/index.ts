/** The Office.js host of ServiceBook. */
export { createExcelHost, localeOf, rowsOfAddress } from './host';
export type { ExcelHost, ExcelHostOptions } from './host';
export { checkCapabilities, officeIsSetSupported, MIN_EXCEL_API } from './requirements';
export type { Capabilities } from './requirements';
export * from './serviceBookHost';
export { createExcelWorkbookPort } from './port';
