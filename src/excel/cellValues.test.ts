import { emptyTicket } from '../core/schema/ticket';
import { toExcelSerial } from '../core/time/localDateTime';
import { needsTextFormat, planCellOut, sameCell, ticketRowFor } from './cellValues';

describe('cell values', () => {
  it('marks text Excel would parse as a formula', () => {
    expect(['=A1', '+86 138', '-x', '@me'].every(needsTextFormat)).toBe(true);
    expect(needsTextFormat('正常文本')).toBe(false);
    expect(needsTextFormat(-1)).toBe(false);
  });
  it('turns plan cells into what Office.js writes', () => {
    expect(planCellOut({ formula: 'NOW()' })).toBe('=NOW()');
    expect(planCellOut('2024-05-08T16:30', 'datetime')).toBe(toExcelSerial('2024-05-08T16:30'));
    expect(planCellOut('2024-05-08T16:30', 'text')).toBe('2024-05-08T16:30');
    expect(planCellOut(null)).toBe('');
  });
  it('writes a ticket under headers of any locale, with co-owners joined and times as serials', () => {
    const t = { ...emptyTicket(), id: 'CS20240508001', coOwners: ['甲', '乙'], receivedAt: '2024-05-08T09:00', ratings: { 服务态度: 5 }, extra: { 旧列: 'x' } };
    expect(ticketRowFor(t, ['工單編號', 'Co-owners', '受理时间', '分项评分·服务态度', '旧列'])).toEqual(['CS20240508001', '甲、乙', toExcelSerial('2024-05-08T09:00'), 5, 'x']);
  });
  it('compares cells as Excel stores them', () => {
    expect(sameCell(null, '')).toBe(true);
    expect(sameCell(45420.5, 45420.5000001)).toBe(true);
    expect(sameCell('a', 'b')).toBe(false);
  });
});
