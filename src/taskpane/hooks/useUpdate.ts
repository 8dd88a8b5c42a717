/** Loading the selected row with its history, saving changes, notes and subtasks. */
import type { Subtask } from '../../core/schema/log';
import type { TicketChange, TicketRef } from '../../excel/serviceBookHost';
import { useHost } from './hostContext';
import { useAction } from './useAction';
import { useWorkbook } from './workbookData';

export function useUpdate() {
  const host = useHost();
  const wb = useWorkbook();
  const load = useAction(async () => host.readSelectedTicket());
  const save = useAction(async (_p, ref: TicketRef, change: TicketChange, by: string) => {
    const saved = await host.updateTicket(ref, change, by);
    wb.remember(saved);
    return saved;
  });
  const saveSubtasks = useAction(async (_p, id: string, subtasks: Subtask[]) => {
    await host.saveSubtasks(id, subtasks);
    return subtasks;
  });
  return { settings: wb.settings, status: wb.status, load, save, saveSubtasks };
}
