/**
 * Settings: everything a supervisor can edit in the workbook's `Config_…` tables. The rules in
 * src/core read only these, never constants, so an edited table changes the next refresh.
 */
import { z } from 'zod';
import { CATEGORIES, CUSTOMER_LEVELS, LEVELS, STATUSES } from '../schema/enums';

export const SCHEMA_VERSION = 1;

/**
 * A workbook made by a later ServiceBook (its schema version above ours): never rewritten as ours.
 * @example isNewerSchema(999) // true
 */
export const isNewerSchema = (version: number | null): boolean => version !== null && version > SCHEMA_VERSION;

const hhmm = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'HH:mm');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-MM-dd');

export const durationSchema = z.object({
  amount: z.number().nonnegative(),
  /** `h` clock hours, `bh` business hours, `wd` working days. */
  unit: z.enum(['h', 'bh', 'wd']),
});
export type Duration = z.infer<typeof durationSchema>;

export const slaRuleSchema = z.object({
  priority: z.enum(LEVELS),
  /** `*` applies to every customer level; a rule for the exact level wins. */
  customerLevel: z.union([z.enum(CUSTOMER_LEVELS), z.literal('*')]),
  response: durationSchema,
  resolve: durationSchema,
});
export type SlaRule = z.infer<typeof slaRuleSchema>;

/** A working window within one day, `end` may be `24:00`. */
export const windowSchema = z.object({ start: hhmm, end: hhmm });
export type TimeWindow = z.infer<typeof windowSchema>;

export const calendarSchema = z.object({
  timeZone: z.string().min(1),
  /** Index 0 = Sunday … 6 = Saturday. */
  weekly: z.array(z.array(windowSchema)).length(7),
  holidays: z.array(z.object({ date: isoDate, name: z.string() })),
  /** Make-up working days (调休) on weekends; they use `makeupWindows`. */
  makeupDays: z.array(z.object({ date: isoDate, name: z.string() })),
  makeupWindows: z.array(windowSchema),
});
export type CalendarSettings = z.infer<typeof calendarSchema>;

export const routingRuleSchema = z.object({
  category: z.union([z.enum(CATEGORIES), z.literal('*')]),
  /** Empty matches any. */
  keyword: z.string(),
  department: z.string().min(1),
  owner: z.string(),
});
export type RoutingRule = z.infer<typeof routingRuleSchema>;

export const priorityKeywordSchema = z.object({
  level: z.enum(['高', '低']),
  keyword: z.string().min(1),
  /** What the keyword stands for (重大损失, 安全隐患, 业务停摆, 强烈投诉, 信息查询, 建议). */
  reason: z.string(),
});
export type PriorityKeyword = z.infer<typeof priorityKeywordSchema>;

export const suggestionSchema = z.object({
  category: z.union([z.enum(CATEGORIES), z.literal('*')]),
  subcategory: z.string(),
  suggestion: z.string().min(1),
  department: z.string(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const scriptSchema = z.object({
  /** 开场, 身份核实, 致歉, 安抚, 咨询解答, 投诉处理, 结束, 回访, VIP问候 … */
  scenario: z.string().min(1),
  category: z.union([z.enum(CATEGORIES), z.literal('*')]),
  text: z.string().min(1),
});
export type Script = z.infer<typeof scriptSchema>;

export const followUpSchema = z.object({
  /** An open ticket needs a progress note this often (seed 002: 6, seed 001: 24). */
  progressEveryHours: z.number().positive(),
  /** The owner must confirm within this many clock hours, else 主管 (seed 004: 1). */
  acceptWithinHours: z.number().positive(),
  /** Overdue by this many hours escalates to 总监 (seed 004: 24). */
  directorAfterOverdueHours: z.number().positive(),
  /** A satisfied customer is called back within this many working days (seed 002: 3). */
  revisitWorkingDays: z.number().nonnegative(),
  /** Ratings at or below this on a finished ticket propose reopening it (seed 001: 2). */
  reopenAtOrBelow: z.number().int().min(0).max(5),
  /** Rows due within this many hours are amber. */
  warningHours: z.number().nonnegative(),
});
export type FollowUpSettings = z.infer<typeof followUpSchema>;

export const settingsSchema = z.object({
  schemaVersion: z.number().int().positive(),
  preset: z.string(),
  lists: z.object({
    channels: z.array(z.string().min(1)),
    departments: z.array(z.string().min(1)),
    emotions: z.array(z.string().min(1)),
    subcategories: z.array(z.object({ category: z.enum(CATEGORIES), name: z.string().min(1) })),
    owners: z.array(z.string().min(1)),
  }),
  /** Status a new ticket starts in (seed 004 calls it 待处理, an alias of 待受理). */
  initialStatus: z.enum(STATUSES),
  defaultUrgency: z.enum(LEVELS),
  numbering: z.object({
    pattern: z.string().min(1),
    /** Patterns of numbers kept from earlier records (Config_Numbering's further rows): accepted, never issued. */
    accepted: z.array(z.string().min(1)).optional(),
    /** Highest archived number per date part (Config_Reserved): never handed out again. */
    reserved: z.array(z.string()).optional(),
  }),
  sla: z.array(slaRuleSchema).min(1),
  calendar: calendarSchema,
  routing: z.array(routingRuleSchema),
  priorityKeywords: z.array(priorityKeywordSchema),
  /** VIP customers are raised one priority level. */
  vipRaisesPriority: z.boolean(),
  suggestions: z.array(suggestionSchema),
  scripts: z.array(scriptSchema),
  followUp: followUpSchema,
  masking: z.object({ contacts: z.boolean() }),
  /** Satisfaction dimensions, each rated 1–5 (seed 001, seed 004). */
  ratingDimensions: z.array(z.string().min(1)),
  /** The team the workbook belongs to (Config_Meta), the `team` of statistics across workbooks. */
  team: z.string().optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
