/** Setup and conversion of the open workbook. */
import type { TableGuess } from '../../core/headers/types';
import { useHost } from './hostContext';
import { useAction } from './useAction';
import { useWorkbook } from './workbookData';

export function useSetup() {
  const host = useHost();
  const wb = useWorkbook();
  const setup = useAction(async (onProgress, presetId: string) => {
    const summary = await host.setupWorkbook(presetId, onProgress);
    await wb.reload();
    return summary;
  });
  const detect = useAction(async () => host.detectCurrentSheet());
  const convert = useAction(async (onProgress, guess: TableGuess, presetId: string) => {
    const summary = await host.convertCurrentSheet(guess, presetId, onProgress);
    await wb.reload();
    return summary;
  });
  return { setup, detect, convert, status: wb.status };
}
