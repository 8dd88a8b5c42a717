import { applyStatusChange, noticeStatusChange } from './applyStatusChange';
import { completeTicket } from './completeTicket';
import { makeTicket, rulesTestSettings } from './testSettings';

const s = rulesTestSettings();
const open = makeTicket({
  id: 'CS20240508001',
  receivedAt: '2024-05-08T09:00',
  status: '待受理',
  category: '故障',
  priority: '中',
  owner: '李工',
});

describe('applyStatusChange', () => {
  it('sets firstResponseAt when the ticket first leaves 待受理 and writes a 变更 log line', () => {
    const { ticket, log } = applyStatusChange(open, '处理中', '2024-05-08T09:30', s);
    expect(ticket.status).toBe('处理中');
    expect(ticket.firstResponseAt).toBe('2024-05-08T09:30');
    expect(ticket.lastUpdateAt).toBe('2024-05-08T09:30');
    expect(log).toEqual({
      ticketId: 'CS20240508001',
      at: '2024-05-08T09:30',
      kind: '变更',
      channel: '',
      content: '状态：待受理 → 处理中',
      nextStep: '',
      by: '李工',
      status: '处理中',
    });
  });

  it('keeps an earlier first response', () => {
    const t = applyStatusChange(
      { ...open, status: '处理中', firstResponseAt: '2024-05-08T09:10' },
      '协调中',
      '2024-05-08T10:00',
      s,
    ).ticket;
    expect(t.firstResponseAt).toBe('2024-05-08T09:10');
  });

  it('sets resolvedAt on reaching 已完成 and keeps it when closing', () => {
    const done = applyStatusChange({ ...open, status: '处理中' }, '已完成', '2024-05-08T15:00', s).ticket;
    expect(done.resolvedAt).toBe('2024-05-08T15:00');
    const closed = applyStatusChange(done, '已关闭', '2024-05-09T10:00', s).ticket;
    expect(closed.resolvedAt).toBe('2024-05-08T15:00');
    expect(closed.lastUpdateAt).toBe('2024-05-09T10:00');
  });

  it('reopening clears resolvedAt and the rating, keeping the rating in the log', () => {
    const done = {
      ...open,
      status: '已完成' as const,
      resolvedAt: '2024-05-08T15:00',
      satisfaction: 2,
      ratings: { 服务态度: 2 },
      revisitDue: null,
    };
    const { ticket, log } = applyStatusChange(done, '重新打开', '2024-05-09T09:00', s, {
      by: '客服专员',
      note: '客户不满意',
    });
    expect(ticket.resolvedAt).toBeNull();
    expect(ticket.satisfaction).toBeNull();
    expect(ticket.ratings).toEqual({});
    expect(log.content).toBe('状态：已完成 → 重新打开；原满意度 2；原分项评分 服务态度2；客户不满意');
    expect(log.by).toBe('客服专员');
    expect(log.status).toBe('重新打开');
  });

  it('with completeTicket, a reopened ticket gets a fresh resolution clock from the log', () => {
    const done = {
      ...open,
      status: '已完成' as const,
      resolvedAt: '2024-05-08T15:00',
      firstResponseAt: '2024-05-08T09:10',
    };
    const { ticket, log } = applyStatusChange(done, '重新打开', '2024-05-13T09:00', s);
    const t = completeTicket(ticket, { settings: s, asOf: '2024-05-13T10:00', log: [log] });
    expect(t.resolveDue).toBe('2024-05-15T18:00'); // 3 × 8 business hours from Mon 09:00
    expect(t.slaState).toBe('正常');
  });

  it('counts a ticket without status as being in the initial status', () => {
    const { ticket, log } = applyStatusChange({ ...open, status: null }, '处理中', '2024-05-08T09:30', s);
    expect(log.content).toBe('状态：待受理 → 处理中');
    expect(ticket.firstResponseAt).toBe('2024-05-08T09:30');
  });

  it('does not move lastUpdateAt backwards', () => {
    const t = applyStatusChange({ ...open, lastUpdateAt: '2024-05-08T12:00' }, '处理中', '2024-05-08T11:00', s).ticket;
    expect(t.lastUpdateAt).toBe('2024-05-08T12:00');
  });
});

describe('noticeStatusChange (a status typed into the grid, found by a check)', () => {
  it('sets no first-response, resolution or update time: when it changed is unknown', () => {
    const { ticket, log } = noticeStatusChange({ ...open, lastUpdateAt: null }, '已完成', '2024-05-08T17:00', s);
    expect(ticket.status).toBe('已完成');
    expect([ticket.firstResponseAt, ticket.resolvedAt, ticket.lastUpdateAt]).toEqual([null, null, null]);
    expect([log.at, log.by, log.status, log.content]).toEqual(['2024-05-08T17:00', 'ServiceBook', '已完成', '状态：待受理 → 已完成']);
    // Completing it with its own line still leaves the times unknown.
    const t = completeTicket(ticket, { settings: s, asOf: '2024-05-08T17:00', log: [log] });
    expect([t.firstResponseAt, t.resolvedAt]).toEqual([null, null]);
  });

  it('a reopen typed into the grid still keeps the earlier rating in the log', () => {
    const done = { ...open, status: '已完成' as const, resolvedAt: '2024-05-08T15:00', satisfaction: 2, ratings: { 服务态度: 2 } };
    const { ticket, log } = noticeStatusChange(done, '重新打开', '2024-05-09T09:00', s);
    expect([ticket.resolvedAt, ticket.satisfaction]).toEqual([null, null]);
    expect(log.content).toBe('状态：已完成 → 重新打开；原满意度 2；原分项评分 服务态度2');
  });

  it('writes the line in the workbook’s language', () => {
    const done = { ...open, status: '已完成' as const, resolvedAt: '2024-05-08T15:00', satisfaction: 2, ratings: { 服务态度: 2 } };
    expect(noticeStatusChange(done, '重新打开', '2024-05-09T09:00', s, 'en-US').log.content).toBe('Status: Resolved → Reopened; Earlier satisfaction 2; Earlier ratings 服务态度2');
    expect(noticeStatusChange(done, '重新打开', '2024-05-09T09:00', s, 'zh-TW').log.content).toBe('狀態：已完成 → 重新開啟；原滿意度 2；原分項評分 服务态度2');
    expect(applyStatusChange(open, '处理中', '2024-05-08T09:30', s, { locale: 'en-US' }).log.content).toBe('Status: New → In progress');
  });
});
