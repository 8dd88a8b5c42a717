import { setup } from './helpers';

const HEADERS = ['序号', '沟通日期', '沟通时间', '客户姓名', '联系电话', '沟通渠道', '需求类型', '问题描述', '处理状态', '负责人'];
const rows = (n: number): unknown[][] =>
  Array.from({ length: n }, (_, i) => [i + 1, '2024-05-06', '10:30', `客户${i}`, '13812345678', '电话', i % 2 ? '投诉' : '咨询', `第${i}条：产品无法开机，希望尽快处理`, '处理中', '张三']);

describe('detectCurrentSheet and convertCurrentSheet', () => {
  it('detects the table, converts it into a structured workbook and leaves the source sheet alone', async () => {
    const { office, host } = setup({ sheets: ['记录表'] });
    office.setCells('记录表', 'A1', [['客户服务沟通记录表'], [''], HEADERS, ...rows(12)]);
    const det = await host.detectCurrentSheet();
    expect(det.sheetName).toBe('记录表');
    expect(det.guess).not.toBeNull();
    expect(det.preview[0]).toEqual(HEADERS);
    const summary = await host.convertCurrentSheet(det.guess!, det.presetGuess.id);
    expect(summary.imported).toBe(12);
    expect(summary.numbered).toBe(12);
    const tickets = office.tableRows('Tickets');
    expect(tickets).toHaveLength(12);
    expect(new Set(tickets.map((t) => t['工单编号'])).size).toBe(12);
    expect(tickets[0]['联系方式']).toBe('138****5678');
    expect(typeof tickets[0]['受理时间']).toBe('number');
    // The source sheet is unchanged.
    expect(office.sheet('记录表').rows[2]).toEqual(HEADERS);
    const status = await host.status();
    expect(status).toMatchObject({ structured: true, ticketCount: 12 });
  });

  it('writes a large import in blocks, none near the 5 MB limit', async () => {
    const { office, host } = setup({ sheets: ['记录表'] });
    office.setCells('记录表', 'A1', [HEADERS, ...rows(6000)]);
    const det = await host.detectCurrentSheet();
    office.resetCounters();
    await host.convertCurrentSheet(det.guess!, 'seed000');
    expect(office.tableRows('Tickets')).toHaveLength(6000);
    const counts = host.lastSyncs();
    expect(counts.blockSyncs).toBeGreaterThan(2);
    expect(office.requests.every((r) => r.failed === '' && r.requestBytes < 5 * 1024 * 1024 && r.responseBytes < 5 * 1024 * 1024)).toBe(true);
    expect(office.maxRequestBytes).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('convertCurrentSheet when the source sheet has the Tickets sheet name', () => {
  it('leaves the source sheet as it is and puts the Tickets table under a free name, saying so', async () => {
    const { office, host } = setup({ sheets: ['工单'] });
    office.setCells('工单', 'A1', [HEADERS, ...rows(3)]);
    const det = await host.detectCurrentSheet();
    const summary = await host.convertCurrentSheet(det.guess!, 'seed000');
    expect(office.sheet('工单').rows[0]).toEqual(HEADERS);
    expect(office.sheet('工单').rows).toHaveLength(4);
    expect(office.table('Tickets').sheet.name).toBe('工单 (2)');
    expect(summary.renamed).toEqual([{ from: '工单', to: '工单 (2)' }]);
    expect(office.tableRows('Tickets')).toHaveLength(3);
  });
});

describe('convertCurrentSheet with a number used twice (seed 002 layout)', () => {
  it('renumbers the later row, keeps each row\'s history with its own ticket and reports it', async () => {
    const { office, host } = setup({ sheets: ['反馈'] });
    office.setCells('反馈', 'A1', [
      ['反馈单号', '客户信息', '问题详情', '处理过程', '结果与反馈', '归档信息'],
      ['CS20231015001', '王*，138****5678', '产品无法开机，紧急程度：高', '2023-10-15 10:00客服专员接收记录;10:15分派至技术部李工', '', ''],
      ['CS20231015001', '李*，139****1234', '物流延迟3天未送达，紧急程度：中', '2023-10-15 16:00客服专员接收投诉;16:15分派至供应链部赵协调员', '', ''],
    ]);
    const det = await host.detectCurrentSheet();
    await host.convertCurrentSheet(det.guess!, 'seed002');
    const ids = office.tableRows('Tickets').map((t) => t['工单编号']);
    expect(ids).toEqual(['CS20231015001', 'CS20231015002']);
    const log = office.tableRows('Ticket_Log');
    const linesOf = (id: string) => log.filter((l) => Object.values(l).includes(id)).map((l) => Object.values(l).join(' '));
    expect(linesOf('CS20231015001').join('\n')).toContain('技术部李工');
    expect(linesOf('CS20231015001').join('\n')).not.toContain('供应链部');
    expect(linesOf('CS20231015002').join('\n')).toContain('供应链部赵协调员');
    const report = office.tableRows('Import_Report').map((r) => Object.values(r).join(' '));
    expect(report.some((r) => r.includes('编号重复，由 CS20231015001 改为 CS20231015002'))).toBe(true);
  });
});
