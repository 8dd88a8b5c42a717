import fc from 'fast-check';
import { CATEGORIES, CUSTOMER_LEVELS, LEVELS, STATUSES } from '../schema/enums';
import type { LogEntry } from '../schema/log';
import { ticketSchema, type Ticket } from '../schema/ticket';
import { createNumberAllocator } from '../numbering/nextTicketNumber';
import { completeTicket } from './completeTicket';
import { makeTicket, rulesTestSettings } from './testSettings';

const s = rulesTestSettings();
const asOf = '2024-05-08T17:00';

describe('completeTicket', () => {
  it('fills status, urgency, category, priority, department, owner and id', () => {
    const alloc = createNumberAllocator(s.numbering.pattern, ['CS20240508001']);
    const t = completeTicket(makeTicket({ receivedAt: '2024-05-08T16:30', description: '购买的产品无法开机' }), {
      settings: s,
      asOf,
      allocator: alloc,
    });
    expect(t).toMatchObject({
      id: 'CS20240508002',
      status: '待受理',
      urgency: '中',
      category: '故障',
      subcategory: '售后维修',
      priority: '中',
      department: '技术部',
      owner: '李工',
    });
    expect(ticketSchema.parse(t)).toEqual(t);
  });

  it('computes the standard example due times (中, Wed 16:30 → Thu 16:30 / make-up Sat 16:30)', () => {
    const t = completeTicket(makeTicket({ receivedAt: '2024-05-08T16:30', category: '故障', urgency: '中' }), {
      settings: s,
      asOf,
    });
    expect(t.responseDue).toBe('2024-05-09T16:30');
    expect(t.resolveDue).toBe('2024-05-11T16:30');
    expect(t.slaState).toBe('正常');
    expect(t.escalation).toBe('');
  });

  it('marks an old unanswered ticket as overdue and escalates it', () => {
    const t = completeTicket(makeTicket({ receivedAt: '2024-05-06T09:00', category: '故障', urgency: '高' }), {
      settings: s,
      asOf: '2024-05-08T09:00',
    });
    expect(t.priority).toBe('高');
    expect(t.slaState).toBe('已超时');
    expect(t.escalation).toBe('总监');
  });

  it('never overwrites what an agent wrote', () => {
    const given = makeTicket({
      id: 'X1',
      receivedAt: '2024-05-08T10:00',
      status: '处理中',
      urgency: '低',
      category: '投诉',
      subcategory: '其它问题',
      priority: '高',
      department: '客服部',
      owner: '张*',
      firstResponseAt: '2024-05-08T10:05',
    });
    const t = completeTicket(given, { settings: s, asOf, allocator: createNumberAllocator(s.numbering.pattern, []) });
    for (const k of [
      'id',
      'status',
      'urgency',
      'category',
      'subcategory',
      'priority',
      'department',
      'owner',
      'firstResponseAt',
    ] as const) {
      expect(t[k]).toEqual(given[k]);
    }
  });

  it('fills the owner from the rule of the same department only', () => {
    expect(completeTicket(makeTicket({ category: '故障', department: '技术部' }), { settings: s, asOf }).owner).toBe(
      '李工',
    );
    expect(completeTicket(makeTicket({ category: '故障', department: '客服部' }), { settings: s, asOf }).owner).toBe(
      '',
    );
  });

  it('derives priority from the urgency as written (a question without urgency is 低)', () => {
    const t = completeTicket(makeTicket({ receivedAt: '2024-05-08T10:00', subject: '请问发票怎么开' }), {
      settings: s,
      asOf,
    });
    expect(t).toMatchObject({ category: '咨询', urgency: '中', priority: '低' });
  });

  it('keeps the id empty without an allocator and takes the receipt date for the number', () => {
    expect(completeTicket(makeTicket({ description: 'x' }), { settings: s, asOf }).id).toBe('');
    const alloc = createNumberAllocator('CW{yyyyMMdd}{seq:4}', []);
    expect(
      completeTicket(makeTicket({ receivedAt: '2023-10-15T10:00' }), { settings: s, asOf, allocator: alloc }).id,
    ).toBe('CW202310150001');
    expect(completeTicket(makeTicket({}), { settings: s, asOf, allocator: alloc }).id).toBe('CW202405080001');
  });

  it('sets firstResponseAt from the log or acceptedAt, never inventing one (not the latest progress note)', () => {
    const base = makeTicket({ id: 'CS1', receivedAt: '2024-05-08T09:00', status: '处理中', category: '故障' });
    expect(completeTicket(base, { settings: s, asOf }).firstResponseAt).toBeNull();
    expect(completeTicket({ ...base, lastUpdateAt: '2024-05-08T11:00' }, { settings: s, asOf }).firstResponseAt).toBeNull();
    expect(
      completeTicket(
        { ...base, acceptedAt: '2024-05-08T09:20', lastUpdateAt: '2024-05-08T11:00' },
        { settings: s, asOf },
      ).firstResponseAt,
    ).toBe('2024-05-08T09:20');
    const log: LogEntry[] = [
      {
        ticketId: 'CS1',
        at: '2024-05-08T09:10',
        kind: '变更',
        channel: '',
        content: '',
        nextStep: '',
        by: '',
        status: '处理中',
      },
      {
        ticketId: 'OTHER',
        at: '2024-05-08T09:01',
        kind: '变更',
        channel: '',
        content: '',
        nextStep: '',
        by: '',
        status: '处理中',
      },
    ];
    expect(
      completeTicket({ ...base, acceptedAt: '2024-05-08T09:20' }, { settings: s, asOf, log }).firstResponseAt,
    ).toBe('2024-05-08T09:10');
    expect(
      completeTicket({ ...base, status: '待受理', lastUpdateAt: '2024-05-08T11:00' }, { settings: s, asOf })
        .firstResponseAt,
    ).toBeNull();
  });

  it('sets resolvedAt for done tickets from lastUpdateAt, else leaves it null', () => {
    const done = makeTicket({
      receivedAt: '2024-05-08T09:00',
      status: '已完成',
      category: '故障',
      lastUpdateAt: '2024-05-08T15:00',
    });
    const t = completeTicket(done, { settings: s, asOf });
    expect(t.resolvedAt).toBe('2024-05-08T15:00');
    expect(t.slaState).toBe('按时完成');
    expect(completeTicket({ ...done, lastUpdateAt: null }, { settings: s, asOf }).resolvedAt).toBeNull();
  });

  it('sets a revisit for a satisfied customer', () => {
    const t = completeTicket(
      makeTicket({
        receivedAt: '2024-05-08T09:00',
        status: '已完成',
        category: '故障',
        resolvedAt: '2024-05-08T15:00',
        satisfaction: 5,
      }),
      { settings: s, asOf },
    );
    expect(t.revisitDue).toBe('2024-05-11T15:00'); // 3 working days: Thu, Fri, make-up Sat
  });

  it('masks the contact and redacts ID numbers in texts', () => {
    const t = completeTicket(makeTicket({ contact: '13812345678', description: '身份证11010519491231002X核实' }), {
      settings: s,
      asOf,
    });
    expect(t.contact).toBe('138****5678');
    expect(t.description).toBe('身份证110105********002X核实');
    const unmasked = completeTicket(makeTicket({ contact: '13812345678' }), {
      settings: rulesTestSettings({ masking: { contacts: false } }),
      asOf,
    });
    expect(unmasked.contact).toBe('13812345678');
  });

  it('does not change its input', () => {
    const input = makeTicket({ description: '无法开机', contact: '13812345678' });
    const copy = structuredClone(input);
    completeTicket(input, { settings: s, asOf });
    expect(input).toEqual(copy);
  });

  const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
  const localTime = fc
    .integer({ min: 0, max: 60 * 24 * 120 })
    .map((m) => new Date(Date.UTC(2024, 3, 1) + m * 60_000).toISOString().slice(0, 16));
  const words = fc.constantFrom(
    '',
    '无法开机',
    '物流延迟',
    '请问发票',
    '建议增加夜间模式',
    '强烈投诉',
    '修改地址',
    '安全隐患',
    '態度很差',
    '13812345678',
  );
  const ticketArb: fc.Arbitrary<Ticket> = fc
    .record({
      id: fc.constantFrom('', 'CS20240401001', 'X-1'),
      receivedAt: opt(localTime),
      description: words,
      subject: words,
      contact: fc.constantFrom('', '13812345678', 'chen@x.com', '5678'),
      customerLevel: opt(fc.constantFrom(...CUSTOMER_LEVELS)),
      category: opt(fc.constantFrom(...CATEGORIES)),
      urgency: opt(fc.constantFrom(...LEVELS)),
      priority: opt(fc.constantFrom(...LEVELS)),
      status: opt(fc.constantFrom(...STATUSES)),
      department: fc.constantFrom('', '技术部', '客服部'),
      acceptedAt: opt(localTime),
      firstResponseAt: opt(localTime),
      resolvedAt: opt(localTime),
      lastUpdateAt: opt(localTime),
      satisfaction: opt(fc.integer({ min: 1, max: 5 })),
    })
    .map((f) => makeTicket(f));

  const logArb: fc.Arbitrary<LogEntry[]> = fc.array(
    fc.record({ at: localTime, status: opt(fc.constantFrom(...STATUSES)) }).map(({ at, status }) => ({
      ticketId: 'CS20240401001',
      at,
      kind: '变更' as const,
      channel: '',
      content: '',
      nextStep: '',
      by: '',
      status,
    })),
    { maxLength: 5 },
  );

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(ticketArb, localTime, fc.boolean(), logArb, (t, now, withAlloc, log) => {
        const ctx = {
          settings: s,
          asOf: now,
          log,
          allocator: withAlloc ? createNumberAllocator(s.numbering.pattern, []) : undefined,
        };
        const once = completeTicket(t, ctx);
        expect(completeTicket(once, ctx)).toEqual(once);
        expect(ticketSchema.safeParse(once).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('completeTicket infers a missing status from all the evidence of the row and its log', () => {
  const base = { id: 'CS20240311001', receivedAt: '2024-03-11T09:00', description: '产品无法开机', category: '故障' as const };
  const status = (fields: Partial<Ticket>, log: LogEntry[] = []) => completeTicket(makeTicket({ ...base, ...fields }), { settings: s, asOf, log }).status;
  const line = (kind: LogEntry['kind'], st: LogEntry['status']): LogEntry => ({ ticketId: base.id, at: '2024-03-11T10:15', kind, channel: '', content: '分派至技术部李工', nextStep: '', by: '', status: st });

  it('is 已关闭 with an archive time, 已完成 with a result, a confirmation, a rating or a resolution time', () => {
    expect(status({ archivedAt: '2024-03-20T00:00' })).toBe('已关闭');
    expect(status({ result: '退款已到账' })).toBe('已完成');
    expect(status({ satisfaction: 4 })).toBe('已完成');
    expect(status({ ratings: { 服务态度: 5 } })).toBe('已完成');
    expect(status({ resolvedAt: '2024-03-12T10:00' })).toBe('已完成');
  });

  it('is 处理中 once the log shows an assignment or progress, or a first response is known', () => {
    expect(status({}, [line('分派', null)])).toBe('处理中');
    expect(status({}, [line('进度', '处理中')])).toBe('处理中');
    expect(status({ firstResponseAt: '2024-03-11T10:30' })).toBe('处理中');
    expect(status({})).toBe('待受理');
  });

  it('keeps a status the sheet states (validate reports contradictions)', () => {
    expect(status({ status: '待受理', result: '退款已到账' })).toBe('待受理');
  });

  it('takes the satisfaction from rating dimensions whenever they are entered and it is not', () => {
    const t = completeTicket(makeTicket({ ...base, status: '已完成', resolvedAt: '2024-03-12T10:00', ratings: { 响应速度: 5, 服务态度: 4 } }), { settings: s, asOf });
    expect(t.satisfaction).toBe(5);
    const given = completeTicket(makeTicket({ ...base, status: '已完成', satisfaction: 3, ratings: { 响应速度: 5 } }), { settings: s, asOf });
    expect(given.satisfaction).toBe(3);
  });
});
