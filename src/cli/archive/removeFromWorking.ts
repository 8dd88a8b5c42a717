/**
 * The one step of `servicebook archive` that edits the team's own workbook: removing the
 * archived rows from Tickets, Ticket_Log and Subtasks and recording the reserved numbers in
 * Config_Reserved, through the in-place editor (src/xlsx/inplace/), so nothing else in the
 * workbook changes. Writes the edited workbook completely to `dest`; the caller renames it over
 * the input once it is written.
 */
import type { Removal } from './planArchive';

export async function removeFromWorking(input: string, dest: string, removal: Removal): Promise<void> {
  void input;
  void dest;
  void removal;
  throw new Error('in-place editing is not available yet');
}
