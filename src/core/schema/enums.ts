/** Closed vocabularies of the ticket schema. Values are the canonical zh-CN words stored in cells. */

export const CATEGORIES = ['咨询', '投诉', '建议', '变更', '故障', '其他'] as const;
export type Category = (typeof CATEGORIES)[number];

export const LEVELS = ['高', '中', '低'] as const;
/** Urgency and priority share one scale. */
export type Level = (typeof LEVELS)[number];

export const STATUSES = ['待受理', '处理中', '协调中', '等待客户', '已完成', '已关闭', '重新打开'] as const;
export type Status = (typeof STATUSES)[number];
/** Statuses that end the resolution clock. */
export const DONE_STATUSES: readonly Status[] = ['已完成', '已关闭'];
export const isOpenStatus = (s: Status): boolean => !DONE_STATUSES.includes(s);

export const CUSTOMER_LEVELS = ['VIP', '普通'] as const;
export type CustomerLevel = (typeof CUSTOMER_LEVELS)[number];

export const SLA_STATES = ['正常', '即将超时', '已超时', '按时完成', '超时完成'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export const ESCALATIONS = ['', '主管', '总监'] as const;
export type Escalation = (typeof ESCALATIONS)[number];

export const LOG_KINDS = ['受理', '分派', '进度', '沟通', '变更', '升级', '回访', '结果'] as const;
export type LogKind = (typeof LOG_KINDS)[number];

export const SUBTASK_STATUSES = ['待处理', '进行中', '已完成'] as const;
export type SubtaskStatus = (typeof SUBTASK_STATUSES)[number];

/** Default open list of channels (the Config_Lists table may add more). */
export const DEFAULT_CHANNELS = ['电话', '在线客服', '邮件', 'APP留言', '官网表单', '门店', '回访', '客户自助'];
export const DEFAULT_EMOTIONS = ['焦急', '平和', '不满', '愤怒', '满意'];
