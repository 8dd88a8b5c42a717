/** Refreshing the statistics sheet for a period. */
import type { Period } from '../../core/stats/period';
import { useHost } from './hostContext';
import { useAction } from './useAction';
import { useWorkbook } from './workbookData';

export function useStats() {
  const host = useHost();
  const wb = useWorkbook();
  const refresh = useAction(async (onProgress, period: Period) => host.refreshStats(period, onProgress));
  return { settings: wb.settings, status: wb.status, refresh };
}
