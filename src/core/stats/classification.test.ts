import { emptyTicket, type Ticket } from '../schema/ticket';
import { classify, findSuggestion, mostFrequentDepartment, quoteOf, subcategoryKey, topTypes } from './classification';
import { testSettings } from './testSettings';

const tk = (p: Partial<Ticket>): Ticket => ({ ...emptyTicket(), ...p });

describe('classify', () => {
  const settings = testSettings();

  it('groups by category + subcategory, sorts by count, and shares add up to 100', () => {
    const rows = classify(
      [
        tk({ category: '建议', receivedAt: '2024-03-01T09:00' }),
        tk({ category: '投诉', subcategory: '物流服务', receivedAt: '2024-03-02T09:00' }),
        tk({ category: '投诉', subcategory: ' 物流服务 ', receivedAt: '2024-03-03T09:00' }),
        tk({ category: '咨询', receivedAt: '2024-03-04T09:00' }),
      ],
      settings,
    );
    expect(rows.map((r) => [r.category, r.subcategory, r.count, r.share])).toEqual([
      ['投诉', '物流服务', 2, 50],
      ['咨询', '', 1, 25],
      ['建议', '', 1, 25],
    ]);
  });

  it('gives one-ticket groups their own quote and three equal groups 33.3 each', () => {
    const rows = classify(
      [tk({ category: '故障', description: '无法开机' }), tk({ category: '咨询', description: '数据导出在哪' }), tk({ category: null, description: '其它' })],
      { suggestions: [] },
    );
    expect(rows.map((r) => [r.category, r.share, r.typicalCase])).toEqual([
      ['咨询', 33.3, '数据导出在哪'],
      ['故障', 33.3, '无法开机'],
      ['(空)', 33.3, '其它'],
    ]);
  });

  it('counts Traditional and Simplified spellings of one subcategory as one row, and different words apart (issue 12)', () => {
    const rows = classify(
      [
        tk({ category: '投诉', subcategory: '售後服務' }),
        tk({ category: '投诉', subcategory: '售后服务' }),
        tk({ category: '投诉', subcategory: '售后服务' }),
        tk({ category: '投诉', subcategory: '售后维修' }),
      ],
      { suggestions: [{ category: '*', subcategory: '售後服務', suggestion: '回访确认', department: '售后部' }] },
    );
    expect(rows.map((r) => [r.subcategory, r.subcategorySpellings, r.count, r.suggestion])).toEqual([
      ['售后服务', ['售後服務', '售后服务'], 3, '回访确认'],
      ['售后维修', ['售后维修'], 1, ''],
    ]);
  });

  it('counts the English, Traditional and Simplified words of a preset subcategory as one row under its canonical name, with its suggestion (issue 12)', () => {
    const rows = classify(
      [
        tk({ category: '投诉', subcategory: 'Product quality' }),
        tk({ category: '投诉', subcategory: '產品品質' }),
        tk({ category: '投诉', subcategory: '产品质量' }),
        tk({ category: '投诉', subcategory: 'product QUALITY' }),
      ],
      { suggestions: [{ category: '*', subcategory: 'Product quality', suggestion: '收集批次与照片反馈质检，必要时退换货', department: '' }] },
    );
    expect(rows.map((r) => [r.subcategory, r.count, r.suggestion])).toEqual([['产品质量', 4, '收集批次与照片反馈质检，必要时退换货']]);
    expect(rows[0].subcategorySpellings.sort()).toEqual(['Product quality', 'product QUALITY', '产品质量', '產品品質'].sort());
    expect(findSuggestion('投诉', '產品品質', [{ category: '*', subcategory: '产品质量', suggestion: 'x', department: '' }])?.suggestion).toBe('x');
    expect([subcategoryKey('Product quality'), subcategoryKey(' 售後服務二部 ')]).toEqual(['产品质量', '售后服务二部']);
  });

  it('takes the most recent non-empty description as the typical case, else the feedback', () => {
    const rows = classify(
      [
        tk({ category: '投诉', receivedAt: '2024-03-05T10:00', description: '订单显示已签收但实际未收到' }),
        tk({ category: '投诉', receivedAt: '2024-03-07T10:00', description: '   ' }),
        tk({ category: '投诉', receivedAt: '2024-03-01T10:00', description: '物流延迟3天' }),
        tk({ category: '建议', receivedAt: '2024-03-02T10:00', feedback: '找了10分钟没找到，希望首页增加入口' }),
      ],
      { suggestions: [] },
    );
    expect(rows[0].typicalCase).toBe('订单显示已签收但实际未收到');
    expect(rows[1].typicalCase).toBe('找了10分钟没找到，希望首页增加入口');
  });

  it('cuts long quotes to 60 characters and collapses whitespace', () => {
    const long = '很'.repeat(70);
    expect(quoteOf(long)).toBe(`${'很'.repeat(59)}…`);
    expect(Array.from(quoteOf(long)).length).toBe(60);
    expect(quoteOf('  第一行\n\n第二行  ')).toBe('第一行 第二行');
    expect(quoteOf('短')).toBe('短');
  });

  it('takes the suggestion and department from the suggestions table, most specific first', () => {
    const rows = classify(
      [
        tk({ category: '投诉', subcategory: '物流服务', department: '客服部' }),
        tk({ category: '投诉', subcategory: '服务态度' }),
        tk({ category: '咨询', department: '技术部' }),
      ],
      settings,
    );
    const by = (sub: string, cat: string) => rows.find((r) => r.category === cat && r.subcategory === sub)!;
    expect([by('物流服务', '投诉').suggestion, by('物流服务', '投诉').department]).toEqual(['要求物流方实时同步数据，设置异常预警机制', '运营部']);
    expect([by('服务态度', '投诉').suggestion, by('服务态度', '投诉').department]).toEqual(['24小时内回电致歉并说明方案', '客服部']);
    // The '*' row has no department: the group's own department is used.
    expect([by('', '咨询').suggestion, by('', '咨询').department]).toEqual(['纳入周例会复盘', '技术部']);
  });

  it('falls back to the latest non-empty follow-up and the most frequent department', () => {
    const rows = classify(
      [
        tk({ category: '故障', receivedAt: '2024-03-01T09:00', followUp: '联系技术部', department: '技术部' }),
        tk({ category: '故障', receivedAt: '2024-03-03T09:00', followUp: '跟进物流方并1小时内回电客户', department: '运营部' }),
        tk({ category: '故障', receivedAt: '2024-03-04T09:00', followUp: '', department: '技术部' }),
      ],
      { suggestions: [] },
    );
    expect(rows[0].suggestion).toBe('跟进物流方并1小时内回电客户');
    expect(rows[0].department).toBe('技术部');
  });

  it('matches a * suggestion with the same subcategory before the catch-all', () => {
    const s = [
      { category: '*' as const, subcategory: '', suggestion: 'all', department: '' },
      { category: '*' as const, subcategory: '物流服务', suggestion: 'logistics', department: '运营部' },
    ];
    expect(findSuggestion('投诉', '物流服务', s)?.suggestion).toBe('logistics');
    expect(findSuggestion('投诉', '其他', s)?.suggestion).toBe('all');
    expect(findSuggestion('投诉', '其他', [])).toBeUndefined();
  });

  it('breaks department ties by code-unit order and ignores empty ones', () => {
    expect(mostFrequentDepartment([tk({ department: '运营部' }), tk({ department: '产品部' }), tk({ department: '' }), tk({ department: '' })])).toBe('产品部');
    expect(mostFrequentDepartment([tk({})])).toBe('');
  });
});

describe('topTypes', () => {
  it('lists at most five categories by count with shares over all of them', () => {
    const ts = [
      ...Array.from({ length: 4 }, () => tk({ category: '投诉' })),
      ...Array.from({ length: 2 }, () => tk({ category: '咨询' })),
      tk({ category: '建议' }),
      tk({ category: '变更' }),
      tk({ category: '故障' }),
      tk({ category: null }),
    ];
    const top = topTypes(ts);
    expect(top).toEqual([
      { category: '投诉', count: 4, share: 40 },
      { category: '咨询', count: 2, share: 20 },
      { category: '建议', count: 1, share: 10 },
      { category: '变更', count: 1, share: 10 },
      { category: '故障', count: 1, share: 10 },
    ]);
  });
});
