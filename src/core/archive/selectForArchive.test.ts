import { selectForArchive } from './selectForArchive';

const t = (id: string, status: string | null, receivedAt: string | null) => ({ id, status, receivedAt }) as Parameters<typeof selectForArchive>[0][number];
const CUT = '2025-01-01T00:00';

describe('selectForArchive', () => {
  it('moves finished tickets received before the cut, and nothing open', () => {
    const tickets = [
      t('A1', '已完成', '2024-03-01T09:00'),
      t('A2', '已关闭', '2024-12-31T23:59'),
      t('A3', '处理中', '2024-01-01T09:00'),
      t('A4', '重新打开', '2024-01-01T09:00'),
      t('A5', '等待客户', '2024-01-01T09:00'),
      t('A6', '已完成', '2025-01-01T00:00'), // at the cut: stays
      t('A7', null, '2024-01-01T09:00'),
      t('A8', '已完成', null),
    ];
    expect(selectForArchive(tickets, CUT)).toEqual({ moving: [0, 1], keptBack: [] });
  });

  it('keeps back finished tickets without a number or with a shared one', () => {
    const tickets = [t('', '已完成', '2024-03-01T09:00'), t('B1', '已完成', '2024-03-01T09:00'), t(' B1', '已完成', '2024-03-02T09:00'), t('B2', '已完成', '2024-03-02T09:00')];
    expect(selectForArchive(tickets, CUT)).toEqual({ moving: [3], keptBack: [0, 1, 2] });
  });

  it('moves nothing more on a second run over what stayed', () => {
    const tickets = [t('A1', '已完成', '2024-03-01T09:00'), t('A3', '处理中', '2024-01-01T09:00'), t('A9', '已完成', '2025-02-01T09:00')];
    const first = selectForArchive(tickets, CUT);
    const stayed = tickets.filter((_, i) => !first.moving.includes(i));
    expect(selectForArchive(stayed, CUT).moving).toEqual([]);
  });
});
