/**
 * Seed 003 — 客服溝通話術與客戶反饋統計模板 (Traditional Chinese): communication record with
 * script summary and 1–5 score, the classification table (its examples become suggestions),
 * the script library. Priority text: 高 needs handling (escalation) within 24 h, 中 a progress
 * note within 48 h, 低 "regular optimisation". Decisions: 高 24 h / 3 wd, 中 48 h / 5 wd,
 * 低 5 wd / 10 wd; progress every 48 h.
 */
import type { Preset } from './types';
import { commonSuggestions, followUp, h, makeSettings, scriptLibrary, sla, wd } from './common';

export const seed003 = (): Preset => ({
  id: 'seed003',
  labels: { 'zh-CN': '客服沟通话术与客户反馈统计', 'zh-TW': '客服溝通話術與客戶反饋統計', 'en-US': 'Service scripts and feedback statistics' },
  sourceHeaders: ['序號', '客戶姓名（可匿名）', '聯繫方式（脫敏）', '溝通時間', '溝通渠道（電話/在線/郵件）', '問題類型（產品/服務/物流/售後等）', '溝通話術摘要', '客戶反饋內容（原話/關鍵描述）', '滿意度評分（1-5分）', '跟進事項', '負責客服'],
  columns: ['id', 'receivedAt', 'channel', 'customerName', 'contact', 'customerLevel', 'description', 'category', 'subcategory', 'priority', 'emotion', 'status', 'owner', 'department', 'responseDue', 'resolveDue', 'result', 'satisfaction', 'followUp', 'revisitDue', 'escalation', 'slaState', 'notes'],
  settings: makeSettings({
    preset: 'seed003',
    lists: {
      channels: ['电话', '在线客服', '邮件'],
      departments: ['产品部', '运营部', '客服部'],
      emotions: ['满意', '一般', '不满意'],
      subcategories: [
        { category: '建议', name: '产品功能' },
        { category: '投诉', name: '物流服务' },
        { category: '投诉', name: '服务态度' },
        { category: '投诉', name: '服务效率' },
        { category: '建议', name: '操作体验' },
        { category: '投诉', name: '产品质量' },
        { category: '故障', name: '售后' },
      ],
      owners: [],
    },
    initialStatus: '待受理',
    defaultUrgency: '中',
    numbering: { pattern: 'CS{yyyyMMdd}{seq:3}' },
    sla: [sla('高', h(24), wd(3)), sla('中', h(48), wd(5)), sla('低', wd(5), wd(10))],
    routing: [
      { category: '*', keyword: '产品功能', department: '产品部', owner: '' },
      { category: '*', keyword: '物流', department: '运营部', owner: '' },
      { category: '*', keyword: '服务态度', department: '客服部', owner: '' },
      { category: '建议', keyword: '', department: '产品部', owner: '' },
      { category: '*', keyword: '', department: '客服部', owner: '' },
    ],
    vipRaisesPriority: false,
    suggestions: [
      { category: '*', subcategory: '产品功能', suggestion: '优化首页导航栏，增加“常用工具”入口', department: '产品部' },
      { category: '*', subcategory: '物流服务', suggestion: '要求物流方实时同步数据，设置异常预警机制', department: '运营部' },
      { category: '*', subcategory: '服务态度', suggestion: '增加高峰期客服配置，引入智能分流', department: '客服部' },
      ...commonSuggestions(),
    ],
    scripts: scriptLibrary(),
    followUp: followUp(48),
    ratingDimensions: [],
  }),
});
