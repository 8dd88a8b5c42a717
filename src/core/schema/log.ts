/** The two tables that hang off a ticket by its number: `Ticket_Log` and `Subtasks`. */
import { z } from 'zod';
import { LOG_KINDS, STATUSES, SUBTASK_STATUSES } from './enums';
import { localDateTimeSchema } from './ticket';

export const logEntrySchema = z.object({
  ticketId: z.string().min(1),
  at: localDateTimeSchema.nullable(),
  kind: z.enum(LOG_KINDS),
  channel: z.string(),
  content: z.string(),
  nextStep: z.string(),
  by: z.string(),
  /** The ticket's status after this entry, when the entry changed it (drives pauses and reopen). */
  status: z.enum(STATUSES).nullable(),
});
export type LogEntry = z.infer<typeof logEntrySchema>;

export const SUBTASK_NEEDS = ['', '需跨部门协调', '需产品部评估'] as const;

export const subtaskSchema = z.object({
  ticketId: z.string().min(1),
  title: z.string().min(1),
  owner: z.string(),
  status: z.enum(SUBTASK_STATUSES),
  due: localDateTimeSchema.nullable(),
  dependsOn: z.string(),
  needs: z.enum(SUBTASK_NEEDS),
});
export type Subtask = z.infer<typeof subtaskSchema>;
