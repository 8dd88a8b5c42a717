/** Seed 000 — 客户服务沟通记录表 (communication log, 17 columns, routing by type). */
import type { Preset } from './types';
import { commonSuggestions, followUp, makeSettings, scriptLibrary, standardSla } from './common';

export const seed000 = (): Preset => ({
  id: 'seed000',
  labels: { 'zh-CN': '客户服务沟通记录表', 'zh-TW': '客戶服務溝通記錄表', 'en-US': 'Customer communication log' },
  sourceHeaders: ['序号', '沟通日期', '沟通时间', '沟通渠道', '客户姓名/公司', '客户ID', '联系方式', '沟通事由', '客户需求描述', '需求类型', '优先级', '处理状态', '负责人', '处理时限', '处理结果', '客户反馈', '备注'],
  columns: ['id', 'receivedAt', 'channel', 'customerName', 'customerId', 'industry', 'contact', 'subject', 'description', 'expectation', 'category', 'subcategory', 'urgency', 'priority', 'emotion', 'status', 'owner', 'department', 'responseDue', 'resolveDue', 'firstResponseAt', 'resolvedAt', 'result', 'feedback', 'satisfaction', 'followUp', 'revisitDue', 'escalation', 'slaState', 'notes'],
  settings: makeSettings({
    preset: 'seed000',
    lists: {
      channels: ['电话', '在线客服', '邮件'],
      departments: ['产品支持组', '客服部', '业务办理组'],
      emotions: ['焦急', '平和', '不满'],
      subcategories: [
        { category: '咨询', name: '产品功能' },
        { category: '咨询', name: '使用方法' },
        { category: '咨询', name: '政策规则' },
        { category: '投诉', name: '产品质量' },
        { category: '投诉', name: '服务态度' },
        { category: '投诉', name: '流程效率' },
        { category: '投诉', name: '物流服务' },
        { category: '建议', name: '产品优化' },
        { category: '建议', name: '服务改进' },
        { category: '变更', name: '个人信息' },
        { category: '变更', name: '订单内容' },
        { category: '变更', name: '服务套餐' },
        { category: '其他', name: '合作洽谈' },
        { category: '其他', name: '表扬' },
      ],
      owners: ['赵*', '李*', '张*'],
    },
    initialStatus: '待受理',
    defaultUrgency: '中',
    numbering: { pattern: 'CS{yyyyMMdd}{seq:3}' },
    sla: standardSla(),
    routing: [
      { category: '咨询', keyword: '', department: '产品支持组', owner: '' },
      { category: '投诉', keyword: '', department: '客服部', owner: '客服主管' },
      { category: '变更', keyword: '', department: '业务办理组', owner: '' },
    ],
    vipRaisesPriority: false,
    suggestions: commonSuggestions(),
    scripts: scriptLibrary(),
    followUp: followUp(24),
    ratingDimensions: [],
  }),
});
