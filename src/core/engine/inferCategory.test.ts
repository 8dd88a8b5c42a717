import { inferCategory, inferSubcategory } from './inferCategory';
import { rulesTestSettings } from './testSettings';

describe('inferCategory', () => {
  it.each([
    // the seeds' own rows
    ['查询订单物流 订单号20231008001，显示“已发货”3天未更新，询问预计送达时间及物流异常原因', '咨询', '物流服务'],
    ['投诉服务响应慢 上周提交的系统维护需求未收到回复，影响公司业务开展', '投诉', '服务效率'],
    ['建议增加发票抬头 希望在个人中心自行选择发票抬头(公司/个人)，当前需联系客服修改，流程较繁琐', '建议', '发票'],
    ['2023-10-15购买的产品无法开机，紧急程度：高', '故障', '售后维修'],
    ['建议APP增加“订单进度实时提醒”功能，紧急程度：低', '建议', '功能建议'],
    ['物流延迟3天未送达，投诉服务态度', '投诉', '物流服务'],
    ['投诉收到的产品存在破损', '投诉', '产品质量'],
    ['找了10分钟没找到，希望首页增加入口', '建议', '功能建议'],
    ['设备无法启动，提示代码E-05', '故障', '售后维修'],
    ['申请修改收货地址', '变更', '信息变更'],
    ['想洽谈渠道合作', '其他', '其他'],
    ['客服未等我说完就挂断电话，态度很差', '投诉', '服务态度'],
    // the demo's own seed-002 rows that once came out uncategorised
    ['2024-03-04购买的扫地机器人无法充电', '故障', '售后维修'],
  ])('%s → %s/%s', (text, category, subcategory) => {
    expect(inferCategory(text)).toEqual({ category, subcategory });
  });

  it('takes a double charge as a complaint', () => {
    expect(inferCategory('2024-03-18会员续费扣款两次')?.category).toBe('投诉');
  });

  it('reads Traditional Chinese', () => {
    expect(inferCategory('訂單顯示已簽收但實際未收到，請問怎麼辦')).toEqual({
      category: '咨询',
      subcategory: '物流服务',
    });
  });

  it('takes a bare topic (seed 003 问题类型) as a question about it', () => {
    expect(inferCategory('物流服务')).toEqual({ category: '咨询', subcategory: '物流服务' });
    expect(inferCategory('服務態度')).toEqual({ category: '投诉', subcategory: '服务态度' });
  });

  it('takes a bare category word as the category', () => {
    expect(inferCategory('投诉类')).toEqual({ category: '投诉', subcategory: '' });
    expect(inferCategory('故障维修')).toEqual({ category: '故障', subcategory: '售后维修' });
  });

  it('prefers a configured subcategory the text names', () => {
    expect(inferCategory('产品功能 数据导出入口难找', rulesTestSettings())).toEqual({
      category: '建议',
      subcategory: '产品功能',
    });
  });

  it('returns null for text without any known word', () => {
    expect(inferCategory('')).toBeNull();
    expect(inferCategory('   ')).toBeNull();
    expect(inferCategory('王女士 5678')).toBeNull();
  });

  it('inferSubcategory falls back to the category default or the given fallback', () => {
    expect(inferSubcategory('没有主题词', '投诉')).toBe('服务投诉');
    expect(inferSubcategory('没有主题词', '投诉', '')).toBe('');
    expect(inferSubcategory('修改手机号', '变更')).toBe('信息变更');
  });
});

describe('inferCategory with the configured subcategories', () => {
  const s = rulesTestSettings();
  it('takes a cell that is a listed subcategory, also with a detail after a dash', () => {
    expect(inferCategory('产品功能', s)).toEqual({ category: '建议', subcategory: '产品功能' });
    expect(inferCategory('产品功能-操作复杂', s)).toEqual({ category: '建议', subcategory: '产品功能' });
  });
  it('lets the intent decide the category before a listed name elsewhere in the text', () => {
    // 服务态度 is listed under 投诉, but this text is a question
    expect(inferCategory('请问如何评价服务态度', s)?.category).toBe('咨询');
    // under 投诉, the listed 服务态度 beats the built-in topic 物流服务
    expect(inferCategory('物流太慢，投诉快递员服务态度', s)).toEqual({ category: '投诉', subcategory: '服务态度' });
  });
});
