/** Shapes shared by header recognition, compound splitting and the reader. */
import type { TicketField } from '../schema/ticket';

/**
 * Columns that hold several fields at once (seed 002's record layout, seed 004's 沟通记录 — a
 * communication history) or one half of a field (seeds 000/003 split the received time into
 * 沟通日期 + 沟通时间).
 */
export const COMPOUND_KINDS = ['客户信息', '问题详情', '处理过程', '沟通记录', '结果与反馈', '归档信息', '沟通日期', '沟通时间'] as const;
export type CompoundKind = (typeof COMPOUND_KINDS)[number];

export interface HeaderMatch {
  field: TicketField | CompoundKind;
  /** 1 = a label, 0.95 = a known alias, lower = a partial match. */
  confidence: number;
  /** For `ratings`: the satisfaction dimension the column rates (解决效率, 服务态度 …). */
  dimension?: string;
}

export interface HeaderHints {
  /** Extra spellings, e.g. from a preset or the user's own mapping: header → field or compound. */
  aliases?: Record<string, TicketField | CompoundKind>;
  /** Rating dimensions besides the built-in ones (Settings.ratingDimensions). */
  ratingDimensions?: readonly string[];
}

export interface ColumnGuess {
  /** 0-based column index in the grid. */
  index: number;
  header: string;
  field: TicketField | null;
  compound?: CompoundKind;
  /** Set when `field` is `ratings`. */
  dimension?: string;
  confidence: number;
}

/**
 * Why a non-blank row between the header and the last data row, or above the header, is not a
 * ticket: a title or note above the header, a note inside the data, the header repeated, a row of
 * another table below a gap.
 */
export type SkipReason = 'above' | 'note' | 'header' | 'otherTable';

export interface TableGuess {
  /** 0-based row indexes in the grid. */
  headerRow: number;
  firstDataRow: number;
  /** The last data row of the sheet: reading never stops early, rows in between are data or `skipped`. */
  lastDataRow: number;
  columns: ColumnGuess[];
  /** Non-blank rows that are not tickets, each with its reason (ascending). */
  skipped?: { index: number; reason: SkipReason }[];
}

export const isCompoundKind = (s: string): s is CompoundKind => (COMPOUND_KINDS as readonly string[]).includes(s);
