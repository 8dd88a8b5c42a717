/**
 * Seed 002 — 问题反馈处理记录表: CS numbers, the compound record layout, progress every 6 h.
 * SLA from its text: urgent 2 h response, ordinary 24 h, complex (cross-department) a first plan
 * within 48 h. Decisions where the seed is silent: 高 resolves in 24 h, 中 in 48 h, 低 24 h / 5 wd.
 */
import type { Preset } from './types';
import { commonSuggestions, followUp, h, makeSettings, scriptLibrary, sla, wd } from './common';

export const seed002 = (): Preset => ({
  id: 'seed002',
  labels: { 'zh-CN': '问题反馈处理记录表', 'zh-TW': '問題反饋處理記錄表', 'en-US': 'Feedback handling record' },
  sourceHeaders: ['反馈单号', '客户信息', '问题详情', '处理过程', '结果与反馈', '归档信息'],
  columns: ['id', 'receivedAt', 'channel', 'customerName', 'contact', 'description', 'category', 'subcategory', 'urgency', 'priority', 'status', 'owner', 'department', 'responseDue', 'resolveDue', 'firstResponseAt', 'progress', 'lastUpdateAt', 'resolvedAt', 'result', 'feedback', 'satisfaction', 'revisitDue', 'escalation', 'archivedAt', 'slaState', 'notes'],
  settings: makeSettings({
    preset: 'seed002',
    lists: {
      channels: ['APP留言', '官网表单', '门店', '电话', '回访', '在线客服'],
      departments: ['客服部', '技术部', '供应链部', '产品部', '财务部'],
      emotions: ['焦急', '平和', '不满', '愤怒'],
      subcategories: [
        { category: '投诉', name: '产品质量' },
        { category: '投诉', name: '物流服务' },
        { category: '故障', name: '售后维修' },
        { category: '建议', name: '功能建议' },
        { category: '咨询', name: '产品咨询' },
      ],
      owners: ['李工', '王经理', '赵协调员'],
    },
    initialStatus: '待受理',
    defaultUrgency: '中',
    numbering: { pattern: 'CS{yyyyMMdd}{seq:3}' },
    sla: [sla('高', h(2), h(24)), sla('中', h(24), h(48)), sla('低', h(24), wd(5))],
    routing: [
      { category: '*', keyword: '物流', department: '供应链部', owner: '物流协调员' },
      { category: '故障', keyword: '', department: '技术部', owner: '技术工程师' },
      { category: '建议', keyword: '', department: '产品部', owner: '' },
      { category: '咨询', keyword: '', department: '客服部', owner: '' },
      { category: '投诉', keyword: '', department: '客服部', owner: '客服主管' },
    ],
    vipRaisesPriority: false,
    suggestions: commonSuggestions(),
    scripts: scriptLibrary(),
    followUp: followUp(6),
    ratingDimensions: [],
  }),
});
