import fc from 'fast-check';
import { FIELD_META, LOCALES } from '../schema/fieldMeta';
import { TICKET_FIELDS } from '../schema/ticket';
import { mapHeader } from './mapHeader';
import { normalizeKey } from '../text/normalizeKey';

describe('mapHeader', () => {
  test('every label of every locale maps to its field with confidence 1', () => {
    for (const field of TICKET_FIELDS)
      for (const l of LOCALES) {
        const label = FIELD_META[field].labels[l];
        // 沟通时间-style compounds never collide with labels.
        expect([label, mapHeader(label)?.field, mapHeader(label)?.confidence]).toEqual([label, field, 1]);
      }
  });

  test.each([
    ['联系方式（脱敏）', 'contact'],
    ['聯繫方式（脫敏）', 'contact'],
    ['满意度评分（1-5分）', 'satisfaction'],
    ['滿意度評分（1-5分）', 'satisfaction'],
    ['客戶姓名（可匿名）', 'customerName'],
    ['客户姓名/公司', 'customerName'],
    ['溝通渠道（電話/在線/郵件）', 'channel'],
    ['問題類型（產品/服務/物流/售後等）', 'category'],
    ['客戶反饋內容（原話/關鍵描述）', 'description'],
    ['负责客服', 'owner'],
    ['反馈单号', 'id'],
    ['服务单号', 'id'],
    ['处理时限', 'resolveDue'],
    ['客户联系电话', 'contact'],
  ])('%s → %s', (header, field) => {
    expect(mapHeader(header)?.field).toBe(field);
  });

  test.each(['客户信息', '问题详情', '处理过程', '结果与反馈', '归档信息', '沟通日期', '沟通时间', '溝通時間'])('%s is a compound', (header) => {
    const m = mapHeader(header);
    expect(m?.field).toBe(header === '溝通時間' ? '沟通时间' : header);
  });

  test.each([
    ['解决效率', '解决效率'],
    ['服务态度', '服务态度'],
    ['方案合理性', '方案合理性'],
    ['响应速度评分', '响应速度'],
    ['沟通效率', '沟通效率'],
    ['处理结果评分', '处理结果'],
    ['滿意度-服務態度', '服务态度'],
  ])('rating dimension %s', (header, dimension) => {
    expect(mapHeader(header)).toEqual({ field: 'ratings', confidence: 0.9, dimension });
  });

  test('处理结果 alone is the result column, not a rating', () => {
    expect(mapHeader('处理结果')?.field).toBe('result');
  });

  test('preset rating dimensions and extra aliases are honoured', () => {
    expect(mapHeader('专业度', { ratingDimensions: ['专业度'] })).toMatchObject({ field: 'ratings', dimension: '专业度' });
    expect(mapHeader('工单流水', { aliases: { 工单流水: 'id' } })).toEqual({ field: 'id', confidence: 1 });
    expect(mapHeader('工单流水', { 工单流水: 'id' })).toEqual({ field: 'id', confidence: 1 });
    expect(mapHeader('工单流水')).toBeNull();
  });

  test('titles, numbers and unknown words do not map', () => {
    for (const h of ['客户服务沟通记录表', '序号', '溝通話術摘要', '', '   ', '2023-10-08', '1']) expect(mapHeader(h)).toBeNull();
  });

  test('partial matches are less certain than exact ones', () => {
    const m = mapHeader('客户联系电话');
    expect(m?.confidence).toBeGreaterThan(0.6);
    expect(m?.confidence).toBeLessThan(0.95);
  });

  test('never throws; confidence is within (0, 1]', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const m = mapHeader(s);
        expect(m === null || (m.confidence > 0 && m.confidence <= 1)).toBe(true);
      }),
    );
  });
});

test('no two fields share a label or alias once normalised (so a header never maps by accident)', () => {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const field of TICKET_FIELDS) {
    const meta = FIELD_META[field];
    for (const text of [...Object.values(meta.labels), ...meta.aliases]) {
      const key = normalizeKey(text);
      const prior = owner.get(key);
      if (prior && prior !== field) clashes.push(`${text}: ${prior}/${field}`);
      owner.set(key, field);
    }
  }
  expect(clashes).toEqual([]);
});
