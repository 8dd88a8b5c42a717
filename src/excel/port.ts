/**
 * The WorkbookPort of src/workbook over Office.js, so shared code that drives a port (read the
 * plan's tables, apply a plan) runs against the open workbook as it does against a file.
 */
import type { PlanProgress, WorkbookPort } from '../workbook/port';
import type { TableData, WorkbookPlan } from '../workbook/types';
import { applyPlan } from './applyPlan';
import { listTableNames, loadShapes, readTableData } from './readTables';
import { checkCapabilities, officeIsSetSupported, type IsSetSupported } from './requirements';
import { globalExcelRun, Session, type ExcelRun } from './session';

export function createExcelWorkbookPort(opts: { run?: ExcelRun; isSetSupported?: IsSetSupported } = {}): WorkbookPort {
  const run = opts.run ?? globalExcelRun;
  const caps = checkCapabilities(opts.isSetSupported ?? officeIsSetSupported);
  const inSession = <T>(f: (s: Session) => Promise<T>): Promise<T> => run((context) => f(new Session(context)));
  return {
    listTables: () => inSession((s) => listTableNames(s)),
    readTable: (name: string): Promise<TableData | null> =>
      inSession(async (s) => {
        if (!(await listTableNames(s)).includes(name)) return null;
        const shape = (await loadShapes(s, [name])).get(name)!;
        return readTableData(s, shape);
      }),
    applyPlan: async (plan: WorkbookPlan, onProgress?: PlanProgress) => {
      await inSession((s) => applyPlan(s, plan, { caps, onProgress }));
    },
  };
}
