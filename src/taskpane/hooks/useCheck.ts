/** "Check rows" and jumping to a problem's cell. */
import { useCallback } from 'react';
import { useHost } from './hostContext';
import { useAction } from './useAction';
import { useWorkbook } from './workbookData';

export function useCheck() {
  const host = useHost();
  const wb = useWorkbook();
  const check = useAction(async (onProgress) => {
    const report = await host.checkRows(onProgress);
    // Completion and renumbering may have changed rows: read the list afresh next time.
    wb.invalidateTickets();
    return report;
  });
  const select = useAction(async (_p, row: number, field: string) => host.selectCell(row, field));
  const goTo = useCallback((row: number, field: string) => void select.run(row, field), [select]);
  return { status: wb.status, check, goTo, selectError: select.error, clearSelectError: select.clearError };
}
