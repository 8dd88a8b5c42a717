/** Shared set-up for host tests: a fake Office with a fixed clock. */
import { installFakeOffice, type FakeOffice, type FakeOfficeOptions } from '../fake-excel';
import { createExcelHost, type ExcelHost } from '../../src/excel/host';

/** Wed 2024-05-08 16:30 in Asia/Shanghai (08:30 UTC). */
export const FIXED_NOW = new Date(Date.UTC(2024, 4, 8, 8, 30));

export function setup(options: FakeOfficeOptions = {}): { office: FakeOffice; host: ExcelHost } {
  const office = installFakeOffice(globalThis as unknown as Record<string, unknown>, options);
  const host = createExcelHost({ now: () => FIXED_NOW, language: options.displayLanguage ?? 'zh-CN', isSetSupported: (n, v) => office.isSetSupported(n, v) });
  return { office, host };
}
