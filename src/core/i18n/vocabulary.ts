/**
 * The one vocabulary table: every canonical list value (the zh-CN word stored internally) with
 * its words in zh-TW and en-US. Values stay canonical inside the engine; workbooks, the pane and
 * the command localise them at the edges (`wordFor`) and read any of the three spellings back
 * (`canonicalFor`). Open lists (channels, departments, emotions) hold the presets' defaults; a
 * value a team adds is shown as typed.
 */
import type { Locale } from '../schema/fieldMeta';
import { normalizeKey } from '../text/normalizeKey';

type Words = { 'zh-TW': string; 'en-US': string };
const w = (zhTW: string, enUS: string): Words => ({ 'zh-TW': zhTW, 'en-US': enUS });

export const VOCABULARY = {
  category: { 咨询: w('諮詢', 'Inquiry'), 投诉: w('投訴', 'Complaint'), 建议: w('建議', 'Suggestion'), 变更: w('變更', 'Change'), 故障: w('故障', 'Fault'), 其他: w('其他', 'Other') },
  level: { 高: w('高', 'High'), 中: w('中', 'Medium'), 低: w('低', 'Low') },
  status: {
    待受理: w('待受理', 'New'),
    处理中: w('處理中', 'In progress'),
    协调中: w('協調中', 'Coordinating'),
    等待客户: w('等待客戶', 'Waiting for customer'),
    已完成: w('已完成', 'Resolved'),
    已关闭: w('已關閉', 'Closed'),
    重新打开: w('重新開啟', 'Reopened'),
  },
  customerLevel: { VIP: w('VIP', 'VIP'), 普通: w('一般', 'Regular') },
  slaState: { 正常: w('正常', 'On track'), 即将超时: w('即將逾時', 'Due soon'), 已超时: w('已逾時', 'Overdue'), 按时完成: w('準時完成', 'Met'), 超时完成: w('逾時完成', 'Missed') },
  escalation: { 主管: w('主管', 'Supervisor'), 总监: w('總監', 'Director') },
  logKind: {
    受理: w('受理', 'Intake'),
    分派: w('分派', 'Assignment'),
    进度: w('進度', 'Progress'),
    沟通: w('溝通', 'Contact'),
    变更: w('變更', 'Change'),
    升级: w('升級', 'Escalation'),
    回访: w('回訪', 'Revisit'),
    结果: w('結果', 'Result'),
  },
  subtaskStatus: { 待处理: w('待處理', 'To do'), 进行中: w('進行中', 'Doing'), 已完成: w('已完成', 'Resolved') },
  subtaskNeeds: { 需跨部门协调: w('需跨部門協調', 'Needs other departments'), 需产品部评估: w('需產品部評估', 'Needs product review') },
  channel: {
    电话: w('電話', 'Phone'),
    在线客服: w('線上客服', 'Online chat'),
    邮件: w('郵件', 'Email'),
    APP留言: w('APP留言', 'App message'),
    官网表单: w('官網表單', 'Web form'),
    门店: w('門市', 'Store'),
    回访: w('回訪', 'Revisit'),
    客户自助: w('客戶自助', 'Self-service'),
    在线平台: w('線上平台', 'Online platform'),
    短信: w('簡訊', 'SMS'),
  },
  department: {
    客服部: w('客服部', 'Customer service'),
    产品支持组: w('產品支援組', 'Product support'),
    业务办理组: w('業務辦理組', 'Account services'),
    技术部: w('技術部', 'Engineering'),
    供应链部: w('供應鏈部', 'Supply chain'),
    产品部: w('產品部', 'Product'),
    运营部: w('營運部', 'Operations'),
    售后部: w('售後部', 'After-sales'),
    财务部: w('財務部', 'Finance'),
    销售部: w('銷售部', 'Sales'),
    技术支持部: w('技術支援部', 'Technical support'),
    客户关系部: w('客戶關係部', 'Customer relations'),
  },
  /** The row of a statistic for tickets that leave the field empty (core/stats EMPTY_LABEL). */
  blank: { '(空)': w('(空)', '(blank)') },
  emotion: { 焦急: w('焦急', 'Anxious'), 平和: w('平和', 'Calm'), 不满: w('不滿', 'Unhappy'), 愤怒: w('憤怒', 'Angry'), 满意: w('滿意', 'Satisfied'), 一般: w('一般', 'Neutral'), 不满意: w('不滿意', 'Dissatisfied') },
} satisfies Record<string, Record<string, Words>>;

export type VocabularyKind = keyof typeof VOCABULARY;
export const VOCABULARY_KINDS = Object.keys(VOCABULARY) as VocabularyKind[];

const table = (kind: VocabularyKind): Record<string, Words> => VOCABULARY[kind];

/**
 * The word for a canonical value in a locale; a value outside the vocabulary (a team's own
 * channel, an empty cell) is returned unchanged.
 * @example wordFor('status', '处理中', 'en-US') // → 'In progress'
 * @example wordFor('channel', '微信群', 'en-US') // → '微信群'
 */
export function wordFor(kind: VocabularyKind, value: string, locale: Locale): string {
  if (locale === 'zh-CN') return value;
  return table(kind)[value]?.[locale] ?? value;
}

/** Each kind's spellings (normalised: case, width, Traditional → Simplified) → canonical value. */
const REVERSE: Record<VocabularyKind, Map<string, string>> = Object.fromEntries(
  VOCABULARY_KINDS.map((kind) => {
    const m = new Map<string, string>();
    for (const [canon, words] of Object.entries(table(kind))) for (const s of [canon, words['zh-TW'], words['en-US']]) if (!m.has(normalizeKey(s))) m.set(normalizeKey(s), canon);
    return [kind, m];
  }),
) as Record<VocabularyKind, Map<string, string>>;

/**
 * The canonical value a word of any of the three locales stands for, else null.
 * @example canonicalFor('channel', '線上客服') // → '在线客服'
 * @example canonicalFor('status', 'in progress') // → '处理中'
 */
export function canonicalFor(kind: VocabularyKind, text: string): string | null {
  const key = normalizeKey(text);
  return key ? (REVERSE[kind].get(key) ?? null) : null;
}

/**
 * A cell of an open list read back: the canonical value when it is a vocabulary word, else as typed.
 * @example canonicalOrSelf('department', 'Engineering') // → '技术部'
 */
export const canonicalOrSelf = (kind: VocabularyKind, text: string): string => canonicalFor(kind, text) ?? text;

/** The canonical values of a kind, each paired with its word in every locale (tests, pane). */
export const spellingsOf = (kind: VocabularyKind): string[] => Object.entries(table(kind)).flatMap(([c, x]) => [c, x['zh-TW'], x['en-US']]);

/**
 * The word for a canonical value of any kind (the first kind that has it), for displays that do
 * not know the field (the pane's option lists); unknown values unchanged.
 * @example displayWord('已关闭', 'en-US') // → 'Closed'
 */
export function displayWord(value: string, locale: Locale): string {
  if (locale === 'zh-CN') return value;
  for (const kind of VOCABULARY_KINDS) {
    const words = table(kind)[value];
    if (words) return words[locale];
  }
  return value;
}
