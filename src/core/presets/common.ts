/**
 * Building blocks the presets share: the follow-up cadence, priority keywords, scripts and SLA
 * rows. Each preset copies what it needs, so editing one preset's settings never changes another.
 */
import type { Level } from '../schema/enums';
import { SCHEMA_VERSION, type Duration, type FollowUpSettings, type PriorityKeyword, type Script, type Settings, type SlaRule, type Suggestion } from '../settings/settings';
import { defaultCalendarSettings } from '../settings/defaultCalendar';

export const h = (amount: number): Duration => ({ amount, unit: 'h' });
export const wd = (amount: number): Duration => ({ amount, unit: 'wd' });

export const sla = (priority: Level, response: Duration, resolve: Duration, customerLevel: SlaRule['customerLevel'] = '*'): SlaRule => ({
  priority,
  customerLevel,
  response,
  resolve,
});

/** Seed 000 and the standard preset: 高 4 h / 24 h, 中 1 wd / 3 wd, 低 3 wd / 5 wd. */
export const standardSla = (): SlaRule[] => [sla('高', h(4), h(24)), sla('中', wd(1), wd(3)), sla('低', wd(3), wd(5))];

/** Seeds 001/002/004 and DESIGN.md: accept within 1 h, 总监 after 24 h overdue, revisit in 3 wd, reopen at ≤ 2. */
export const followUp = (progressEveryHours: number): FollowUpSettings => ({
  progressEveryHours,
  acceptWithinHours: 1,
  directorAfterOverdueHours: 24,
  revisitWorkingDays: 3,
  reopenAtOrBelow: 2,
  warningHours: 4,
});

const kw = (level: '高' | '低', reason: string, words: string[]): PriorityKeyword[] => words.map((keyword) => ({ level, keyword, reason }));

/** The seeds' reasons for 高 (000, 003, 004: loss, safety, stoppage, strong complaint) and 低. */
export const priorityKeywords = (): PriorityKeyword[] => [
  ...kw('高', '重大损失', ['重大损失', '资金纠纷', '经济损失', '重大经济损失', '退款纠纷']),
  ...kw('高', '安全隐患', ['安全隐患', '安全问题', '安全事故', '人身安全']),
  ...kw('高', '业务停摆', ['生产停机', '业务中断', '系统故障', '无法使用', '无法开机', '无法启动', '影响业务', '停产', '宕机', '停机']),
  ...kw('高', '强烈投诉', ['强烈投诉', '品牌声誉', '媒体曝光', '投诉升级', '12315']),
  ...kw('低', '信息查询', ['信息查询', '查询', '询问']),
  ...kw('低', '建议', ['建议', '意见', '优化建议', '不影响正常服务']),
];

/** Seed 003's script library (开场白 … 回访, VIP问候) with seed 001/004's result phrases. */
export const scriptLibrary = (): Script[] => [
  { scenario: '开场白', category: '*', text: '您好，这里是公司客服中心，我是客服{agent}，很高兴为您服务，请问有什么可以帮您？' },
  { scenario: '身份核实', category: '*', text: '为保证信息安全，能否请您提供一下注册手机号/订单后四位？我们仅用于身份验证，请您放心。' },
  { scenario: '致歉', category: '投诉', text: '给您带来不便非常抱歉，我们会尽快为您核实处理。' },
  { scenario: '问题引导', category: '*', text: '为了准确知晓情况，能否请您描述一下具体遇到的问题？' },
  { scenario: '问题引导', category: '故障', text: '您提到的“功能异常”具体是指哪方面呢？是页面加载慢还是数据有误？' },
  { scenario: '安抚', category: '投诉', text: '我特别理解您的着急，一定会帮您尽快解决。' },
  { scenario: '结束语', category: '*', text: '感谢您的耐心，请问还有其他可以帮您的吗？祝您生活愉快。' },
  { scenario: 'VIP问候', category: '*', text: '尊敬的{name}先生/女士，感谢您一直以来的支持，很高兴为您服务' },
  { scenario: '回访', category: '*', text: '您好，就您之前反馈的问题做个回访：问题是否已彻底解决？您对本次处理结果有什么建议吗？' },
  { scenario: '结果反馈', category: '故障', text: '已为您修复系统bug，新版本已推送。使用过程中如遇异常，请截图联系客服。' },
  { scenario: '结果反馈', category: '咨询', text: '根据产品手册，该功能需在设置中开启，如有疑问请随时联系我们。' },
  { scenario: '结果反馈', category: '建议', text: '您的建议已记录，将提交产品部在下一版本优化中考虑。' },
  { scenario: '结果反馈', category: '投诉', text: '对给您带来的不便深表歉意，已对相关环节进行整改，避免类似情况。' },
  { scenario: '补偿', category: '投诉', text: '为表歉意，我们为您赠送1个月会员服务。' },
];

/**
 * Suggested actions (处理建议) for the common feedback types, so the classification table never
 * shows an empty 处理建议 for them: one per category (subcategory empty: the fallback of every row
 * of that category) and one per subcategory the seeds use most. The department stays empty so the
 * row keeps the department its tickets were routed to. A preset's own suggestions come first.
 */
export const commonSuggestions = (): Suggestion[] => [
  { category: '咨询', subcategory: '', suggestion: '整理高频问题更新知识库与FAQ，优化对应话术', department: '' },
  { category: '投诉', subcategory: '', suggestion: '24小时内回电致歉并说明方案，复盘原因，3个工作日内回访', department: '' },
  { category: '建议', subcategory: '', suggestion: '汇总提交产品部评估，排入迭代计划并答复客户', department: '' },
  { category: '变更', subcategory: '', suggestion: '核实身份后按流程办理，办结后通知客户', department: '' },
  { category: '故障', subcategory: '', suggestion: '登记故障现象，转技术部排查，修复后回访确认', department: '' },
  { category: '其他', subcategory: '', suggestion: '按内容分派责任部门，纳入周例会复盘', department: '' },
  { category: '*', subcategory: '产品质量', suggestion: '收集批次与照片反馈质检，必要时退换货', department: '' },
  { category: '*', subcategory: '售后维修', suggestion: '预约上门或寄修，跟踪维修进度并回访', department: '' },
  { category: '*', subcategory: '售后服务', suggestion: '明确售后时限与责任人，超时自动升级', department: '' },
  { category: '*', subcategory: '服务效率', suggestion: '增加高峰期客服配置，设置排队提示与回拨', department: '' },
  { category: '*', subcategory: '使用方法', suggestion: '补充图文操作指引，在回复中附上帮助链接', department: '' },
  { category: '*', subcategory: '操作体验', suggestion: '记录操作痛点提交产品部，简化关键流程', department: '' },
  { category: '*', subcategory: '功能建议', suggestion: '汇总需求提交产品部评估，定期向客户反馈进展', department: '' },
];

export const ALL_CHANNELS = ['电话', '在线客服', '邮件', 'APP留言', '官网表单', '门店', '回访', '客户自助', '在线平台', '短信'];

type SettingsParts = Omit<Settings, 'schemaVersion' | 'calendar' | 'priorityKeywords' | 'masking'> &
  Partial<Pick<Settings, 'priorityKeywords' | 'masking'>>;

/** A full Settings object: the shared defaults (calendar, keywords, masking on) plus the parts. */
export function makeSettings(parts: SettingsParts): Settings {
  return {
    schemaVersion: SCHEMA_VERSION,
    calendar: defaultCalendarSettings(),
    priorityKeywords: priorityKeywords(),
    masking: { contacts: true },
    ...parts,
  };
}
