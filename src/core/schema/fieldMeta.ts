/**
 * Per-field presentation: localised labels (the zh-CN label is the default Tickets header),
 * the kind of cell, and header aliases seen in the seed templates. Keyed by the schema's fields,
 * so a field added to the schema without a label does not compile.
 */
import type { TicketField } from './ticket';

export type Locale = 'zh-CN' | 'zh-TW' | 'en-US';
export const LOCALES: readonly Locale[] = ['zh-CN', 'zh-TW', 'en-US'];

export type FieldKind = 'text' | 'longText' | 'datetime' | 'enum' | 'list' | 'rating' | 'ratings' | 'names';

export interface FieldMeta {
  labels: Record<Locale, string>;
  kind: FieldKind;
  /** Extra header spellings (Simplified; Traditional is matched by conversion). */
  aliases: string[];
  /** Derived by the engine; the form shows it read-only. */
  derived?: boolean;
  /** Suggested column width in characters. */
  width: number;
}

const f = (zhCN: string, zhTW: string, en: string, kind: FieldKind, width: number, aliases: string[] = [], derived = false): FieldMeta => ({
  labels: { 'zh-CN': zhCN, 'zh-TW': zhTW, 'en-US': en },
  kind,
  aliases,
  width,
  ...(derived ? { derived } : {}),
});

export const FIELD_META: Record<TicketField, FieldMeta> = {
  id: f('工单编号', '工單編號', 'Ticket No.', 'text', 16, ['反馈单号', '服务单号', '单号', '编号', '工单号', 'Ticket', 'Ticket ID']),
  receivedAt: f('受理时间', '受理時間', 'Received', 'datetime', 17, ['沟通时间', '反馈时间', '接收时间', '登记时间', '创建时间', '问题发生时间', '发生时间', '来电时间', '提交时间', 'Received At', 'Created', 'Created At']),
  channel: f('沟通渠道', '溝通渠道', 'Channel', 'enum', 10, ['渠道', '反馈渠道', '来源', '接收渠道']),
  customerName: f('客户名称', '客戶名稱', 'Customer', 'text', 14, ['客户姓名', '客户姓名/公司', '客户', '姓名', '联系人', '客户名称/联系人', '客户姓名/昵称', '客户名', 'Customer Name']),
  customerId: f('客户编号', '客戶編號', 'Customer ID', 'text', 10, ['客户ID', '客户号', '会员号']),
  customerLevel: f('客户等级', '客戶等級', 'Customer level', 'enum', 8, ['会员等级', '客户级别']),
  industry: f('所属行业', '所屬行業', 'Industry', 'text', 10, ['行业']),
  contact: f('联系方式', '聯繫方式', 'Contact', 'text', 14, ['联系电话', '电话', '手机', '手机号', '邮箱', '联系电话/邮箱', 'Phone', 'Email', 'Mobile']),
  subject: f('沟通事由', '溝通事由', 'Subject', 'text', 16, ['事由', '主题', '标题']),
  description: f('问题描述', '問題描述', 'Description', 'longText', 36, ['客户需求描述', '需求描述', '具体问题描述', '客户反馈内容', '反馈内容', '问题详情', '具体描述', '问题内容', '反馈描述', 'Issue', 'Problem']),
  expectation: f('客户期望', '客戶期望', 'Expectation', 'text', 16, ['期望', '客户要求']),
  attachments: f('附件说明', '附件說明', 'Attachments', 'text', 16, ['附件', '附加材料']),
  category: f('需求类型', '需求類型', 'Category', 'enum', 8, ['反馈类型', '问题类型', '服务类型', '类型', '需求分类', '问题类别', 'Type']),
  subcategory: f('问题细分', '問題細分', 'Subcategory', 'text', 14, ['具体问题细分', '问题分类', '细分']),
  urgency: f('紧急程度', '緊急程度', 'Urgency', 'enum', 8, ['紧急度']),
  priority: f('优先级', '優先級', 'Priority', 'enum', 7, ['优先等级']),
  emotion: f('客户情绪', '客戶情緒', 'Emotion', 'enum', 8, ['情绪', '情绪状态']),
  status: f('处理状态', '處理狀態', 'Status', 'enum', 9, ['状态', '工单状态']),
  owner: f('负责人', '負責人', 'Owner', 'text', 9, ['责任人', '主责任人', '负责客服', '处理人', '处理负责人', '处理客服', 'Assignee', 'Agent']),
  coOwners: f('协办人', '協辦人', 'Co-owners', 'names', 12, ['协助人', '协作人']),
  department: f('责任部门', '責任部門', 'Department', 'enum', 10, ['部门', '处理部门']),
  acceptedAt: f('确认接收时间', '確認接收時間', 'Accepted', 'datetime', 17, ['接收确认时间', '确认时间']),
  responseDue: f('响应时限', '響應時限', 'Response due', 'datetime', 17, ['响应截止'], true),
  resolveDue: f('解决时限', '解決時限', 'Resolve due', 'datetime', 17, ['处理时限', '解决截止', '截止时间'], true),
  firstResponseAt: f('首次响应时间', '首次響應時間', 'First response', 'datetime', 17, ['响应时间']),
  resolvedAt: f('解决时间', '解決時間', 'Resolved', 'datetime', 17, ['完成时间', '处理完成时间']),
  progress: f('处理进度', '處理進度', 'Progress', 'longText', 28, ['进度', '处理过程', '处理计划', '沟通记录']),
  lastUpdateAt: f('最近更新', '最近更新', 'Last update', 'datetime', 17, ['更新时间', '最后更新']),
  result: f('处理结果', '處理結果', 'Result', 'longText', 28, ['结果', '解决方案', '结果与反馈']),
  satisfaction: f('满意度', '滿意度', 'Satisfaction', 'rating', 7, ['满意度评分', '客户满意度', '评分', '满意度评价', 'CSAT', 'Rating']),
  ratings: f('分项评分', '分項評分', 'Ratings', 'ratings', 20, ['评价维度']),
  feedback: f('客户反馈', '客戶反饋', 'Feedback', 'longText', 20, ['反馈', '客户评价']),
  followUp: f('跟进事项', '跟進事項', 'Follow-up', 'text', 18, ['跟进', '后续跟进', '改进措施']),
  revisitDue: f('回访时限', '回訪時限', 'Revisit due', 'datetime', 17, ['回访时间'], true),
  escalation: f('升级', '升級', 'Escalation', 'enum', 7, ['升级状态'], true),
  archivedAt: f('归档时间', '歸檔時間', 'Archived', 'datetime', 17, ['归档信息', '归档日期']),
  notes: f('备注', '備註', 'Notes', 'text', 16, ['说明', '其他', 'Remark', 'Remarks', 'Comment']),
  slaState: f('时效状态', '時效狀態', 'SLA state', 'enum', 9, ['时效'], true),
};
