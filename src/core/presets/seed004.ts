/**
 * Seed 004 — 售后服务单跟踪反馈工具: `{yyyyMM}-{seq:4}` numbers, initial status 待处理 (= 待受理),
 * customer level, co-owners, 1 h acceptance, 24 h director escalation, four rating dimensions.
 * SLA by urgency (高 4 h/24 h, 中 8 h/3 wd, 低 24 h/5 wd) and customer level; the seed names VIP as a
 * factor without numbers, so the VIP rows halve each target (decision).
 */
import type { Preset } from './types';
import { commonSuggestions, followUp, h, makeSettings, scriptLibrary, sla, wd } from './common';

export const seed004 = (): Preset => ({
  id: 'seed004',
  labels: { 'zh-CN': '售后服务单跟踪反馈', 'zh-TW': '售後服務單跟蹤反饋', 'en-US': 'After-sales service orders' },
  sourceHeaders: ['服务单号', '创建时间', '客户名称/联系人', '联系电话', '所属行业', '客户等级', '服务类型', '问题描述', '紧急程度', '附件说明', '处理状态', '主责任人', '协办人', '确认接收时间', '沟通记录', '处理结果', '响应速度', '处理结果评分', '服务态度', '沟通效率'],
  columns: ['id', 'receivedAt', 'channel', 'customerName', 'contact', 'industry', 'customerLevel', 'category', 'subcategory', 'description', 'attachments', 'urgency', 'priority', 'status', 'owner', 'coOwners', 'department', 'acceptedAt', 'responseDue', 'resolveDue', 'firstResponseAt', 'progress', 'lastUpdateAt', 'resolvedAt', 'result', 'ratings', 'satisfaction', 'feedback', 'escalation', 'slaState', 'notes'],
  settings: makeSettings({
    preset: 'seed004',
    lists: {
      channels: ['电话', '在线平台', '邮件'],
      departments: ['售后部', '客服部', '技术支持部', '客户关系部', '产品部'],
      emotions: ['焦急', '平和', '不满'],
      subcategories: [
        { category: '故障', name: '故障维修' },
        { category: '故障', name: '产品故障' },
        { category: '故障', name: '操作异常' },
        { category: '咨询', name: '使用指导' },
        { category: '咨询', name: '政策解读' },
        { category: '投诉', name: '投诉处理' },
        { category: '建议', name: '功能建议' },
      ],
      owners: ['李工', '张经理', '王经理'],
    },
    initialStatus: '待受理',
    defaultUrgency: '中',
    numbering: { pattern: '{yyyyMM}-{seq:4}' },
    sla: [
      sla('高', h(4), h(24)),
      sla('中', h(8), wd(3)),
      sla('低', h(24), wd(5)),
      sla('高', h(2), h(12), 'VIP'),
      sla('中', h(4), wd(1.5), 'VIP'),
      sla('低', h(12), wd(2.5), 'VIP'),
    ],
    routing: [
      { category: '故障', keyword: '数据异常', department: '技术支持部', owner: '张经理' },
      { category: '故障', keyword: '', department: '售后部', owner: '李工' },
      { category: '咨询', keyword: '', department: '客服部', owner: '客服专员' },
      { category: '投诉', keyword: '', department: '客户关系部', owner: '王经理' },
      { category: '建议', keyword: '', department: '产品部', owner: '' },
    ],
    vipRaisesPriority: false,
    suggestions: commonSuggestions(),
    scripts: scriptLibrary(),
    followUp: followUp(24),
    ratingDimensions: ['响应速度', '处理结果', '服务态度', '沟通效率'],
  }),
});
