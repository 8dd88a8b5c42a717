import { applyMapping, EXTRA, mappingValue } from './mapping';
import { changedFields, choiceFor, customerKey, EVERY_CALL_FIELDS, intakeFieldsFor, INTAKE_FIELDS, receivedAtOnSubmit, splitIntakeFields } from './ticketForm';
import { lastDayOf, periodFor } from './periods';
import { priorityReasonLabel, readSuggested } from './suggestions';
import { priorityReasonText, type PriorityReason } from '../../core/priority/derivePriority';
import { makeTranslator } from '../i18n';
import { emptyTicket } from '../../core/schema/ticket';
import { splitNames } from '../components/TicketFieldInput';
import type { ColumnGuess } from '../../core/headers/types';

describe('header mapping values', () => {
  const col: ColumnGuess = { index: 2, header: '客户姓名', field: 'customerName', confidence: 0.7 };
  it('round-trips fields, compounds and extras', () => {
    expect(mappingValue(col)).toBe('customerName');
    expect(mappingValue({ ...col, field: null })).toBe(EXTRA);
    expect(mappingValue({ ...col, field: null, compound: '客户信息' })).toBe('compound:客户信息');
  });
  it('a correction is certain and drops the old compound', () => {
    const c = applyMapping({ ...col, field: null, compound: '客户信息' }, 'contact');
    expect(c).toEqual({ index: 2, header: '客户姓名', field: 'contact', confidence: 1 });
    expect(applyMapping(col, EXTRA)).toEqual({ index: 2, header: '客户姓名', field: null, confidence: 1 });
    expect(applyMapping(col, 'compound:问题详情').compound).toBe('问题详情');
  });
});

describe('form helpers', () => {
  it('keeps the preset columns and the ones the rules need, in form order', () => {
    const f = intakeFieldsFor(['id', 'customerName', 'industry', 'status']);
    expect(f).toContain('industry');
    expect(f).toContain('urgency');
    expect(f).not.toContain('attachments');
    expect(f.indexOf('receivedAt')).toBeLessThan(f.indexOf('description'));
    expect(intakeFieldsFor(undefined)).toEqual([...INTAKE_FIELDS]);
  });
  it('shows the fields of every call first and folds the rest, losing none', () => {
    const { everyCall, more } = splitIntakeFields(INTAKE_FIELDS);
    expect(everyCall.flat()).toEqual([...EVERY_CALL_FIELDS]);
    expect(everyCall).toEqual([['customerName'], ['contact', 'channel'], ['description'], ['category', 'urgency']]);
    expect([...everyCall.flat(), ...more].sort()).toEqual([...INTAKE_FIELDS].sort());
    expect(more[0]).toBe('receivedAt');
    expect(splitIntakeFields(['receivedAt', 'channel', 'customerName', 'description', 'owner'])).toEqual({ everyCall: [['customerName'], ['channel'], ['description']], more: ['receivedAt', 'owner'] });
  });
  it('offers closed lists for enums and the workbook lists for open ones', () => {
    expect(choiceFor('category', null)).toEqual({ options: ['咨询', '投诉', '建议', '变更', '故障', '其他'], closed: true });
    expect(choiceFor('subject', null)).toBeUndefined();
    const settings = { lists: { channels: ['电话'], departments: [], emotions: [], owners: [], subcategories: [{ category: '投诉', name: '服务态度' }, { category: '咨询', name: '产品功能' }] } };
    expect(choiceFor('subcategory', settings as never, { category: '投诉' })).toEqual({ options: ['服务态度'], closed: false });
    expect(choiceFor('channel', settings as never)?.options).toEqual(['电话']);
  });
  it('lists only the fields that changed', () => {
    const a = emptyTicket();
    const b = { ...a, status: '已完成' as const, coOwners: ['李四'] };
    expect(changedFields(a, b)).toEqual({ status: '已完成', coOwners: ['李四'] });
    expect(changedFields(a, { ...a, coOwners: [] })).toEqual({});
  });
  it('knows a customer by name, id or a contact long enough', () => {
    expect(customerKey({ customerName: ' ', customerId: '', contact: '138' })).toBeNull();
    expect(customerKey({ customerName: '王*', customerId: '', contact: '138****5678' })).toEqual({ customerName: '王*', contact: '138****5678' });
  });
  it('splits co-owner names on Chinese and Latin separators', () => {
    expect(splitNames('张三、李四, 王五；赵六')).toEqual(['张三', '李四', '王五', '赵六']);
    expect(splitNames(' ')).toEqual([]);
  });
});

describe('period picker', () => {
  const asOf = '2024-05-08T16:30'; // a Wednesday
  it('this week and last week run Monday to Sunday', () => {
    expect(periodFor('thisWeek', asOf)).toEqual({ kind: 'week', start: '2024-05-06T00:00', end: '2024-05-13T00:00' });
    expect(periodFor('lastWeek', asOf)).toEqual({ kind: 'week', start: '2024-04-29T00:00', end: '2024-05-06T00:00' });
  });
  it('month and quarter', () => {
    expect(periodFor('thisMonth', asOf)).toMatchObject({ start: '2024-05-01T00:00', end: '2024-06-01T00:00' });
    expect(periodFor('quarter', asOf)).toMatchObject({ start: '2024-04-01T00:00', end: '2024-07-01T00:00' });
  });
  it('a custom range includes its last day, and refuses a reversed one', () => {
    const p = periodFor('custom', asOf, '2024-05-01', '2024-05-03')!;
    expect(p).toEqual({ kind: 'custom', start: '2024-05-01T00:00', end: '2024-05-04T00:00' });
    expect(lastDayOf(p)).toBe('2024-05-03');
    expect(periodFor('custom', asOf, '2024-05-03', '2024-05-01')).toBeNull();
    expect(periodFor('custom', asOf, '', '2024-05-01')).toBeNull();
    expect(periodFor('custom', asOf, '2024-05-01', '2024-05-01')).toMatchObject({ end: '2024-05-02T00:00' });
  });
});

describe('readSuggested', () => {
  it('accepts plain values and objects with reasons', () => {
    expect(readSuggested('投诉')).toEqual({ value: '投诉', reasons: [] });
    expect(readSuggested({ level: '高', reasons: ['强烈投诉'] })).toEqual({ value: '高', reasons: ['强烈投诉'] });
    expect(readSuggested({ department: '售后部', reason: '路由规则' })).toEqual({ value: '售后部', reasons: ['路由规则'] });
    expect(readSuggested(null)).toBeNull();
    expect(readSuggested({ value: '' })).toBeNull();
  });
});

describe('priorityReasonLabel', () => {
  const all: PriorityReason[] = [
    { code: 'urgency', level: '高' },
    { code: 'keyword', keyword: '无法开机', reason: '业务停摆' },
    { code: 'keyword', keyword: '无法开机', reason: '' },
    { code: 'category', category: '咨询' },
    { code: 'categoryNoUrgency', category: '建议' },
    { code: 'default', level: '中' },
    { code: 'vip' },
  ];

  it('words every reason in zh-CN exactly as the engine does', () => {
    const t = makeTranslator('zh-CN');
    expect(all.map((r) => priorityReasonLabel(r, t))).toEqual(all.map(priorityReasonText));
  });

  it('words them in English, keeping the configured keyword and reason word as typed', () => {
    const t = makeTranslator('en-US');
    expect(all.map((r) => priorityReasonLabel(r, t))).toEqual([
      'urgency is High',
      'keyword “无法开机” (业务停摆)',
      'keyword “无法开机”',
      'category Inquiry',
      'category Suggestion, no urgency given',
      'Medium by default',
      'VIP customer, raised one level',
    ]);
  });

  it('words them in Traditional Chinese', () => {
    const t = makeTranslator('zh-TW');
    expect(all.map((r) => priorityReasonLabel(r, t))).toEqual([
      '緊急程度為高',
      '關鍵詞「无法开机」（业务停摆）',
      '關鍵詞「无法开机」',
      '諮詢類',
      '建議類，未註明緊急程度',
      '預設為中',
      'VIP客戶，提升一級',
    ]);
  });
});

describe('the time a new ticket is received', () => {
  it('is the submission time, unless the agent typed one', () => {
    expect(receivedAtOnSubmit({ receivedAt: '2024-05-08T09:00' }, false, '2024-05-08T11:00')).toBe('2024-05-08T11:00');
    expect(receivedAtOnSubmit({ receivedAt: '2024-05-08T09:00' }, true, '2024-05-08T11:00')).toBe('2024-05-08T09:00');
    expect(receivedAtOnSubmit({ receivedAt: null }, true, '2024-05-08T11:00')).toBe('2024-05-08T11:00');
  });
});
