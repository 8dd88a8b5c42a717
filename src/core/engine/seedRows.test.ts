/** The engine on the seeds' own rows with the standard preset, as a new workbook would run it. */
import { defaultSettings } from '../presets';
import { createNumberAllocator } from '../numbering/nextTicketNumber';
import { validateTickets } from '../validation/validateTicket';
import { completeTicket } from './completeTicket';
import { makeTicket } from './testSettings';

const s = defaultSettings();

describe('seed rows with the standard preset', () => {
  const rows = [
    makeTicket({
      receivedAt: '2023-10-08T14:30',
      channel: '在线客服',
      customerName: '王女士',
      contact: '5678',
      subject: '查询订单物流',
      description: '订单号20231008001，显示“已发货”3天未更新，询问预计送达时间及物流异常原因',
      status: '已完成',
      owner: '赵*',
      lastUpdateAt: '2023-10-09T10:00',
      satisfaction: 4,
    }),
    makeTicket({
      receivedAt: '2023-10-09T09:15',
      channel: '电话',
      customerName: '某科技公司',
      subject: '投诉服务响应慢',
      description: '上周提交的系统维护需求未收到回复，影响公司业务开展',
      status: '处理中',
      owner: '李*',
    }),
    makeTicket({
      receivedAt: '2023-10-10T16:45',
      channel: '邮件',
      customerName: '陈先生',
      contact: 'chen.li@x.com',
      subject: '建议增加发票抬头',
      description: '希望在个人中心自行选择发票抬头(公司/个人)，当前需联系客服修改，流程较繁琐',
      status: '已关闭',
      owner: '张*',
      lastUpdateAt: '2023-10-20T10:00',
    }),
  ];
  const alloc = createNumberAllocator(s.numbering.pattern, []);
  const done = rows.map((r) => completeTicket(r, { settings: s, asOf: '2023-10-11T12:00', allocator: alloc }));

  it('numbers, classifies and routes them', () => {
    expect(done.map((t) => t.id)).toEqual(['CS20231008001', 'CS20231009001', 'CS20231010001']);
    expect(done.map((t) => t.category)).toEqual(['咨询', '投诉', '建议']);
    expect(done[0].department).toBe('供应链部'); // 物流 keyword rule
    expect(done[1].department).toBe('客服部');
    expect(done[2].department).toBe('产品部');
    expect(done[0].priority).toBe('低'); // plain information request
    expect(done[2].priority).toBe('低'); // suggestion
    expect(done[2].contact).toBe('c***@x.com');
  });

  it('fills response and resolution times without inventing any', () => {
    expect(done[0].firstResponseAt).toBeNull(); // the latest note is not the first response
    expect(done[0].resolvedAt).toBe('2023-10-09T10:00');
    expect(done[1].firstResponseAt).toBeNull();
    expect(done[1].responseDue).not.toBeNull();
    expect(done[0].slaState).toMatch(/完成$/);
  });

  it('leaves no row problems', () => {
    expect(validateTickets(done, s)).toEqual([]);
  });
});
