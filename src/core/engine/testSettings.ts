/**
 * The Settings fixture of the [RULES] tests: the standard preset (defaultSettings, for the China
 * 2024–2026 calendar and anything added later) with the tables these tests read — lists, SLA,
 * routing, keywords, scripts, follow-up — pinned here to the seeds' values, so an edit to the
 * preset does not silently change what the tests check. seedRows.test.ts uses the preset as is.
 */
import { defaultSettings } from '../presets';
import { emptyTicket, type Ticket } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import { testFollowUp, testSlaMatrix } from '../settings/testParts';

export function rulesTestSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    ...defaultSettings(),
    schemaVersion: 1,
    preset: 'rules-test',
    lists: {
      channels: ['电话', '在线客服', '邮件', 'APP留言', '官网表单', '门店', '回访'],
      departments: ['客服部', '技术部', '供应链部', '产品部', '业务办理组', '运营部'],
      emotions: ['焦急', '平和', '不满'],
      subcategories: [
        { category: '建议', name: '产品功能' },
        { category: '投诉', name: '服务态度' },
      ],
      owners: ['赵*', '李*', '张*', '王经理'],
    },
    initialStatus: '待受理',
    defaultUrgency: '中',
    numbering: { pattern: 'CS{yyyyMMdd}{seq:3}' },
    sla: testSlaMatrix(),
    routing: [
      { category: '故障', keyword: '', department: '技术部', owner: '李工' },
      { category: '*', keyword: '物流', department: '供应链部', owner: '赵协调员' },
      { category: '投诉', keyword: '', department: '客服部', owner: '客服主管' },
      { category: '建议', keyword: '', department: '产品部', owner: '王经理' },
      { category: '变更', keyword: '', department: '业务办理组', owner: '' },
      { category: '咨询', keyword: '', department: '客服部', owner: '' },
    ],
    priorityKeywords: [
      { level: '高', keyword: '重大损失', reason: '重大损失' },
      { level: '高', keyword: '资金纠纷', reason: '重大损失' },
      { level: '高', keyword: '安全隐患', reason: '安全隐患' },
      { level: '高', keyword: '冒烟', reason: '安全隐患' },
      { level: '高', keyword: '停机', reason: '业务停摆' },
      { level: '高', keyword: '业务中断', reason: '业务停摆' },
      { level: '高', keyword: '影响公司业务', reason: '业务停摆' },
      { level: '高', keyword: '强烈投诉', reason: '强烈投诉' },
      { level: '高', keyword: '曝光', reason: '强烈投诉' },
      { level: '低', keyword: '查询', reason: '信息查询' },
      { level: '低', keyword: '请问', reason: '信息查询' },
      { level: '低', keyword: '建议', reason: '建议' },
    ],
    vipRaisesPriority: true,
    suggestions: [
      {
        category: '投诉',
        subcategory: '物流服务',
        suggestion: '要求物流方实时同步数据，设置异常预警机制',
        department: '运营部',
      },
      { category: '建议', subcategory: '', suggestion: '纳入产品迭代评估', department: '产品部' },
    ],
    scripts: [
      { scenario: '开场', category: '*', text: '您好，这里是客服中心，很高兴为您服务，请问有什么可以帮您？' },
      { scenario: 'VIP问候', category: '*', text: '尊敬的客户，感谢您一直以来的支持，很高兴为您服务。' },
      { scenario: '致歉', category: '投诉', text: '给您带来不便非常抱歉。' },
      { scenario: '问题确认', category: '投诉', text: '为了准确了解情况，能否请您描述一下具体遇到的问题？' },
      { scenario: '咨询解答', category: '咨询', text: '您咨询的问题我已为您查询。' },
    ],
    followUp: testFollowUp(),
    masking: { contacts: true },
    ratingDimensions: ['解决效率', '服务态度', '方案合理性'],
    ...overrides,
  };
}

export function makeTicket(fields: Partial<Ticket> = {}): Ticket {
  return { ...emptyTicket(), ...fields };
}
