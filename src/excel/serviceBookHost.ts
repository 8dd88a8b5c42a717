/**
 * What the task pane and the ribbon commands may ask of the open workbook. The Office.js
 * implementation lives in this folder; the pane reaches it only through hooks, so its components
 * stay presentational and can be tested with any implementation of this interface.
 */
import type { ConfigProblem } from '../workbook/configTables';
import type { Ticket } from '../core/schema/ticket';
import type { LogEntry, Subtask } from '../core/schema/log';
import type { Settings } from '../core/settings/settings';
import type { Locale } from '../core/schema/fieldMeta';
import type { LocalDateTime } from '../core/time/localDateTime';
import type { TableGuess } from '../core/headers/types';
import type { Problem } from '../core/validation/problem';
import type { Period } from '../core/stats/period';
import type { StatsReport } from '../core/stats/computeStats';
import type { TicketRef } from '../core/engine/sameTicket';
import type { FeatureKey } from './requirements';

export type { TicketRef } from '../core/engine/sameTicket';

export type Progress = (done: number, total: number, stage: string) => void;

export interface HostStatus {
  /** The workbook already holds a structured ServiceBook (the Tickets table exists). */
  structured: boolean;
  schemaVersion: number | null;
  preset: string | null;
  ticketCount: number;
  /** Requirement sets that are missing, each with the feature that degrades (worded by the pane). */
  missing: { set: string; feature: FeatureKey }[];
  /** What 补齐配置 would add to a workbook an earlier version wrote (or whose Config tables or names were deleted); absent when nothing. */
  upgrade?: UpgradeSummary;
}

/**
 * A schema upgrade of the open workbook (补齐配置, as `servicebook refresh` makes it): the Config
 * tables added on `sheet`, and the names written.
 */
export interface UpgradeSummary {
  sheet: string | null;
  tables: string[];
  names: string[];
}

export interface SheetDetection {
  sheetName: string;
  guess: TableGuess | null;
  presetGuess: { id: string; confidence: number };
  /** The first rows of the detected table, for the mapping preview. */
  preview: unknown[][];
}

/** What setup did besides the plan: sheets under another name, features this Excel lacks. */
export interface SetupSummary {
  /** A sheet of the team's had the name of one of ServiceBook's: ServiceBook's took `to`. */
  renamed: { from: string; to: string }[];
  /** Features left out ('dataValidation', 'conditionalFormats', 'pivotTables'). */
  skipped: string[];
}

export interface ImportSummary extends SetupSummary {
  imported: number;
  numbered: number;
  problems: Problem[];
  redactions: number;
  unmapped: string[];
}

export interface TicketWithHistory {
  ticket: Ticket;
  /** 1-based row inside the Tickets table body. */
  row: number;
  log: LogEntry[];
  subtasks: Subtask[];
}

export interface TicketChange {
  fields: Partial<Ticket>;
  /** A progress or contact note appended to Ticket_Log. */
  note?: Pick<LogEntry, 'kind' | 'content' | 'channel' | 'nextStep'>;
}

export interface CheckReport {
  asOf: LocalDateTime;
  problems: Problem[];
  completed: number;
  renumbered: { row: number; from: string; to: string }[];
  overdue: Ticket[];
  dueSoon: Ticket[];
  escalated: Ticket[];
  needsProgress: Ticket[];
  revisitsDue: Ticket[];
  /** Configuration the check relies on that is wrong or missing, e.g. a year Config_Holidays does not cover (worded by code in the pane's language). */
  configProblems: ConfigProblem[];
}

export interface ServiceBookHost {
  status(): Promise<HostStatus>;
  displayLocale(): Locale;
  readSettings(): Promise<Settings>;
  setupWorkbook(presetId: string, onProgress?: Progress): Promise<SetupSummary>;
  /** Adds the Config tables and names the workbook lacks (status().upgrade says which); nothing else changes. */
  upgradeWorkbook?(): Promise<UpgradeSummary>;
  detectCurrentSheet(): Promise<SheetDetection>;
  convertCurrentSheet(guess: TableGuess, presetId: string, onProgress?: Progress): Promise<ImportSummary>;
  listTickets(): Promise<Ticket[]>;
  addTicket(draft: Ticket, by: string): Promise<Ticket>;
  readSelectedTicket(): Promise<TicketWithHistory | null>;
  /**
   * Saves a change to the ticket the agent loaded (`ref`: its number, time received and customer,
   * e.g. the loaded ticket itself). Refuses when two rows carry the number (HostError
   * 'ambiguousNumber'), or when the row is no longer that ticket ('ticketChanged').
   */
  updateTicket(ref: TicketRef, change: TicketChange, by: string): Promise<Ticket>;
  saveSubtasks(ticketId: string, subtasks: Subtask[]): Promise<void>;
  checkRows(onProgress?: Progress): Promise<CheckReport>;
  selectCell(row: number, field: string): Promise<void>;
  refreshStats(period: Period, onProgress?: Progress): Promise<StatsReport>;
  /**
   * Completes rows typed straight into the grid as they change (Table.onChanged, local edits
   * only); resolves to a function that stops watching. Hosts without change events omit it.
   */
  watchTickets?(onCompleted?: (r: { completed: number; renumbered: number }) => void): Promise<() => Promise<void>>;
}
