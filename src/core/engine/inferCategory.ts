/**
 * Category and subcategory from a row's text when the row has none (seed 003's 问题类型 holds
 * subcategories such as 产品功能/物流服务; seed 000 classifies by what the customer wants).
 * Two steps: the customer's intent decides the category (complaint words before fault words
 * before suggestion, change and question words); the topic decides the subcategory.
 * A cell that is a subcategory of settings.lists.subcategories takes it and its category; under
 * an intent, a listed subcategory of that category the text names beats the built-in topics.
 * Traditional Chinese is folded to Simplified first. Null when nothing matches.
 */
import { CATEGORIES, type Category } from '../schema/enums';
import type { Settings } from '../settings/settings';
import { normalizeCategory } from '../parse/normalizeEnums';
import { foldKeyword, foldText } from '../priority/matchText';

export interface CategoryGuess {
  category: Category;
  subcategory: string;
}

/** Intent words per category, in precedence order. */
const INTENTS: [Category, string[]][] = [
  [
    '投诉',
    [
      '投诉',
      '不满',
      '差评',
      '太差',
      '很差',
      '态度差',
      '态度不好',
      '索赔',
      '欺骗',
      '12315',
      '曝光',
      '愤怒',
      '气愤',
      '骗人',
      '不负责',
      '重复扣款',
      '扣款两次',
      '多扣',
      '乱扣费',
    ],
  ],
  [
    '故障',
    [
      '故障',
      '无法开机',
      '开不了机',
      '不能开机',
      '无法启动',
      '无法通电',
      '不能用',
      '无法使用',
      '用不了',
      '坏了',
      '损坏',
      '报错',
      '错误代码',
      '提示代码',
      '死机',
      '闪退',
      '崩溃',
      '黑屏',
      '打不开',
      '功能异常',
      '系统异常',
      '设备异常',
      '数据异常',
      'bug',
      '维修',
      '不工作',
      '失灵',
      '无法充电',
      '充不上电',
      '不充电',
      '无法连接',
      '连不上',
    ],
  ],
  [
    '建议',
    [
      '建议',
      '希望增加',
      '希望能',
      '希望首页',
      '希望可以',
      '能否增加',
      '可否增加',
      '增加功能',
      '优化',
      '改进',
      '新增',
      '期待',
      '最好能',
    ],
  ],
  [
    '变更',
    [
      '变更',
      '修改',
      '更改',
      '改地址',
      '更换地址',
      '换地址',
      '改为',
      '改成',
      '换成',
      '升级套餐',
      '更换套餐',
      '退订',
      '取消订单',
      '调整套餐',
      '信息有误',
    ],
  ],
  [
    '咨询',
    [
      '咨询',
      '询问',
      '请问',
      '查询',
      '了解',
      '怎么',
      '如何',
      '是否',
      '多久',
      '什么时候',
      '何时',
      '哪里',
      '在哪',
      '能不能',
      '可以吗',
      '吗',
      '?',
      '？',
    ],
  ],
  ['其他', ['合作', '洽谈', '表扬', '感谢', '锦旗']],
];

/** Topic words → subcategory, in precedence order. */
const TOPICS: [string, string[]][] = [
  ['物流服务', ['物流', '快递', '送达', '派送', '配送', '签收', '发货', '包裹', '揽收', '运单', '中转']],
  ['服务态度', ['态度', '不耐烦', '挂断', '挂电话', '不礼貌', '敷衍', '语气']],
  ['服务效率', ['响应慢', '排队', '没人回复', '无人回复', '未收到回复', '回复慢', '效率', '等待太久', '等了']],
  ['产品质量', ['质量', '破损', '开裂', '裂了', '瑕疵', '次品', '划痕', '变形', '掉漆']],
  [
    '售后维修',
    ['维修', '保修', '返修', '配件', '备件', '无法开机', '开不了机', '无法启动', '无法通电', '坏了', '故障'],
  ],
  ['产品功能', ['功能', '入口', '操作', '找不到', '没找到', '导出', '界面', '页面', 'app', '设置', '模式']],
  ['账户信息', ['个人信息', '手机号', '地址', '密码', '账户', '账号', '实名']],
  ['发票', ['发票', '抬头']],
  ['订单服务', ['订单', '退款', '退货', '换货', '下单']],
  ['价格政策', ['价格', '优惠', '政策', '规则', '收费', '费用', '活动']],
];

/** A topic reads differently under some categories. */
const TOPIC_UNDER: Partial<Record<Category, Record<string, string>>> = {
  建议: { 产品功能: '功能建议' },
  变更: { 账户信息: '信息变更', 订单服务: '订单变更' },
};

const DEFAULT_SUB: Record<Category, string> = {
  咨询: '产品咨询',
  投诉: '服务投诉',
  建议: '服务建议',
  变更: '信息变更',
  故障: '售后维修',
  其他: '其他',
};

const firstHit = <T>(text: string, table: [T, string[]][]): T | undefined =>
  table.find(([, words]) => words.some((w) => text.includes(w)))?.[0];

function subcategoryOfFolded(folded: string, category: Category, fallback: string): string {
  const topic = firstHit(folded, TOPICS);
  if (topic === undefined) return fallback;
  return TOPIC_UNDER[category]?.[topic] ?? topic;
}

/** The subcategory a text suggests under a category; the category's default when no topic is named. */
export function inferSubcategory(text: string, category: Category, fallback = DEFAULT_SUB[category]): string {
  return subcategoryOfFolded(foldText(text), category, fallback);
}

type Listed = Settings['lists']['subcategories'][number];

/** The longest configured subcategory (optionally of one category) that the folded text names. */
function namedListed(folded: string, listed: readonly Listed[], category?: Category): Listed | undefined {
  let best: Listed | undefined;
  for (const l of listed) {
    if (category !== undefined && l.category !== category) continue;
    const name = foldKeyword(l.name);
    if (name !== '' && folded.includes(name) && (!best || name.length > foldKeyword(best.name).length)) best = l;
  }
  return best;
}

export function inferCategory(text: string, settings?: Pick<Settings, 'lists'>): CategoryGuess | null {
  const folded = foldText(text ?? '');
  if (folded === '') return null;
  const listed = settings?.lists.subcategories ?? [];

  // The cell is a configured subcategory (seed 003's 问题类型 `物流服务`, `产品功能-操作复杂`).
  const head = foldText(
    String(text)
      .trim()
      .split(/[\s\-—:：/／|，,]/)[0] ?? '',
  );
  const exact = listed.find((l) => foldKeyword(l.name) === folded || (head !== '' && foldKeyword(l.name) === head));
  if (exact) return { category: exact.category, subcategory: exact.name };

  // The cell is just a category word (投诉类, 諮詢, complaint).
  const direct = normalizeCategory(text);
  if (direct && (CATEGORIES as readonly string[]).includes(direct))
    return { category: direct, subcategory: subcategoryOfFolded(folded, direct, '') };

  const category = firstHit(folded, INTENTS);
  if (category !== undefined) {
    return {
      category,
      subcategory:
        namedListed(folded, listed, category)?.name ?? subcategoryOfFolded(folded, category, DEFAULT_SUB[category]),
    };
  }

  // No intent word: a configured subcategory, else a known topic, read as a question about it.
  const named = namedListed(folded, listed);
  if (named) return { category: named.category, subcategory: named.name };
  const topic = firstHit(folded, TOPICS);
  if (topic === undefined) return null;
  if (topic === '服务态度' || topic === '服务效率' || topic === '产品质量')
    return { category: '投诉', subcategory: topic };
  if (topic === '售后维修') return { category: '故障', subcategory: topic };
  return { category: '咨询', subcategory: topic };
}
