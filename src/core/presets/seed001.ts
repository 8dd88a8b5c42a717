/**
 * Seed 001 — CRM 服务与反馈工具: CW numbers, urgency 紧急/重要/一般 (= 高/中/低) with
 * 1 h/4 h, 4 h/24 h, 24 h/3 wd, progress every 24 h, three satisfaction dimensions.
 * The seed's table 1 is cut off after 联系方式; the later headers are rebuilt from its text.
 */
import type { Preset } from './types';
import { commonSuggestions, followUp, h, makeSettings, scriptLibrary, sla, wd } from './common';

export const seed001 = (): Preset => ({
  id: 'seed001',
  labels: { 'zh-CN': '客户关系管理服务与反馈', 'zh-TW': '客戶關係管理服務與反饋', 'en-US': 'CRM service and feedback' },
  sourceHeaders: ['工单编号', '反馈时间', '客户编号', '客户名称', '所属行业', '联系人*', '联系方式', '反馈渠道', '反馈类型', '具体问题描述', '客户期望', '紧急程度', '处理状态', '责任人', '处理进度', '处理结果', '解决效率', '服务态度', '方案合理性', '备注'],
  columns: ['id', 'receivedAt', 'channel', 'customerId', 'customerName', 'industry', 'contact', 'description', 'expectation', 'category', 'subcategory', 'urgency', 'priority', 'status', 'owner', 'department', 'responseDue', 'resolveDue', 'firstResponseAt', 'progress', 'lastUpdateAt', 'resolvedAt', 'result', 'ratings', 'satisfaction', 'feedback', 'followUp', 'escalation', 'slaState', 'notes'],
  settings: makeSettings({
    preset: 'seed001',
    lists: {
      channels: ['电话', '邮件', '在线客服', '客户自助'],
      departments: ['客服部', '售后部', '销售部', '产品部'],
      emotions: ['焦急', '平和', '不满'],
      subcategories: [
        { category: '咨询', name: '产品功能' },
        { category: '咨询', name: '使用方法' },
        { category: '咨询', name: '政策条款' },
        { category: '故障', name: '产品故障' },
        { category: '投诉', name: '服务不满' },
        { category: '投诉', name: '功能操作复杂' },
        { category: '建议', name: '功能优化建议' },
        { category: '建议', name: '新业务合作意向' },
      ],
      owners: [],
    },
    initialStatus: '待受理',
    defaultUrgency: '中',
    numbering: { pattern: 'CW{yyyyMMdd}{seq:4}' },
    sla: [sla('高', h(1), h(4)), sla('中', h(4), h(24)), sla('低', h(24), wd(3))],
    routing: [
      { category: '故障', keyword: '', department: '售后部', owner: '售后工程师' },
      { category: '咨询', keyword: '', department: '客服部', owner: '客服专员' },
      { category: '建议', keyword: '合作', department: '销售部', owner: '销售代表' },
      { category: '建议', keyword: '', department: '产品部', owner: '' },
      { category: '投诉', keyword: '', department: '客服部', owner: '客服主管' },
    ],
    vipRaisesPriority: false,
    suggestions: [
      { category: '投诉', subcategory: '功能操作复杂', suggestion: '优化产品说明书，增加客服培训', department: '产品部' },
      ...commonSuggestions(),
    ],
    scripts: scriptLibrary(),
    followUp: followUp(24),
    ratingDimensions: ['解决效率', '服务态度', '方案合理性'],
  }),
});
