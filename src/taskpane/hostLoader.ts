/** The real host: the Office.js implementation of ServiceBookHost from src/excel. */
import type { ServiceBookHost } from '../excel/serviceBookHost';
import { createExcelHost } from '../excel/host';

export async function loadHost(): Promise<ServiceBookHost> {
  return createExcelHost();
}
