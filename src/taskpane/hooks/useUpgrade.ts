/** 补齐配置: the schema upgrade of the open workbook, then its status read again. */
import { useHost } from './hostContext';
import { useAction } from './useAction';
import { useWorkbook } from './workbookData';

export function useUpgrade() {
  const host = useHost();
  const wb = useWorkbook();
  const upgrade = useAction(async () => {
    const summary = await host.upgradeWorkbook!();
    await wb.reload();
    return summary;
  });
  return { upgrade, available: Boolean(host.upgradeWorkbook) };
}
