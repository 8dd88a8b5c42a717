/**
 * A small, complete Settings fixture for the statistics tests (no dependency on the presets,
 * which other modules own). Validated by settingsSchema in its own test.
 */
import type { Settings } from '../settings/settings';
import { testFollowUp, testSlaMatrix } from '../settings/testParts';

const workday = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '18:00' },
];

export function testSettings(): Settings {
  return {
    schemaVersion: 1,
    preset: 'test',
    lists: {
      channels: ['电话', '在线客服', '邮件'],
      departments: ['客服部', '技术部', '产品部', '运营部'],
      emotions: ['焦急', '平和', '不满'],
      subcategories: [
        { category: '投诉', name: '物流服务' },
        { category: '建议', name: '功能建议' },
      ],
      owners: ['李工', '王经理'],
    },
    initialStatus: '待受理',
    defaultUrgency: '中',
    numbering: { pattern: 'CS{yyyyMMdd}{seq:3}' },
    sla: testSlaMatrix(),
    calendar: {
      timeZone: 'Asia/Shanghai',
      weekly: [[], workday, workday, workday, workday, workday, []],
      holidays: [],
      makeupDays: [],
      makeupWindows: workday,
    },
    routing: [],
    priorityKeywords: [],
    vipRaisesPriority: true,
    suggestions: [
      { category: '投诉', subcategory: '物流服务', suggestion: '要求物流方实时同步数据，设置异常预警机制', department: '运营部' },
      { category: '投诉', subcategory: '', suggestion: '24小时内回电致歉并说明方案', department: '客服部' },
      { category: '*', subcategory: '', suggestion: '纳入周例会复盘', department: '' },
    ],
    scripts: [],
    followUp: testFollowUp(),
    masking: { contacts: true },
    ratingDimensions: [],
  };
}
