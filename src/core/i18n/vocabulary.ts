/**
 * The one vocabulary table: every canonical list value (the zh-CN word stored internally) with
 * its words in zh-TW and en-US. Values stay canonical inside the engine; workbooks, the pane and
 * the command localise them at the edges (`wordFor`) and read any of the three spellings back
 * (`canonicalFor`). Open lists (channels, departments, emotions) hold the presets' defaults; a
 * value a team adds is shown as typed.
 */
import type { Locale } from '../schema/fieldMeta';
import { normalizeKey } from '../text/normalizeKey';

type Words = { 'zh-TW': string; 'en-US': string };
const w = (zhTW: string, enUS: string): Words => ({ 'zh-TW': zhTW, 'en-US': enUS });

export const VOCABULARY = {
  category: { 咨询: w('諮詢', 'Inquiry'), 投诉: w('投訴', 'Complaint'), 建议: w('建議', 'Suggestion'), 变更: w('變更', 'Change'), 故障: w('故障', 'Fault'), 其他: w('其他', 'Other') },
  level: { 高: w('高', 'High'), 中: w('中', 'Medium'), 低: w('低', 'Low') },
  status: {
    待受理: w('待受理', 'New'),
    处理中: w('處理中', 'In progress'),
    协调中: w('協調中', 'Coordinating'),
    等待客户: w('等待客戶', 'Waiting for customer'),
    已完成: w('已完成', 'Resolved'),
    已关闭: w('已關閉', 'Closed'),
    重新打开: w('重新開啟', 'Reopened'),
  },
  customerLevel: { VIP: w('VIP', 'VIP'), 普通: w('一般', 'Regular') },
  slaState: { 正常: w('正常', 'On track'), 即将超时: w('即將逾時', 'Due soon'), 已超时: w('已逾時', 'Overdue'), 按时完成: w('準時完成', 'Met'), 超时完成: w('逾時完成', 'Missed') },
  escalation: { 主管: w('主管', 'Supervisor'), 总监: w('總監', 'Director') },
  logKind: {
    受理: w('受理', 'Intake'),
    分派: w('分派', 'Assignment'),
    进度: w('進度', 'Progress'),
    沟通: w('溝通', 'Contact'),
    变更: w('變更', 'Change'),
    升级: w('升級', 'Escalation'),
    回访: w('回訪', 'Revisit'),
    结果: w('結果', 'Result'),
  },
  subtaskStatus: { 待处理: w('待處理', 'To do'), 进行中: w('進行中', 'Doing'), 已完成: w('已完成', 'Resolved') },
  subtaskNeeds: { 需跨部门协调: w('需跨部門協調', 'Needs other departments'), 需产品部评估: w('需產品部評估', 'Needs product review') },
  channel: {
    电话: w('電話', 'Phone'),
    在线客服: w('線上客服', 'Online chat'),
    邮件: w('郵件', 'Email'),
    APP留言: w('APP留言', 'App message'),
    官网表单: w('官網表單', 'Web form'),
    门店: w('門市', 'Store'),
    回访: w('回訪', 'Revisit'),
    客户自助: w('客戶自助', 'Self-service'),
    在线平台: w('線上平台', 'Online platform'),
    短信: w('簡訊', 'SMS'),
  },
  department: {
    客服部: w('客服部', 'Customer service'),
    产品支持组: w('產品支援組', 'Product support'),
    业务办理组: w('業務辦理組', 'Account services'),
    技术部: w('技術部', 'Engineering'),
    供应链部: w('供應鏈部', 'Supply chain'),
    产品部: w('產品部', 'Product'),
    运营部: w('營運部', 'Operations'),
    售后部: w('售後部', 'After-sales'),
    财务部: w('財務部', 'Finance'),
    销售部: w('銷售部', 'Sales'),
    技术支持部: w('技術支援部', 'Technical support'),
    客户关系部: w('客戶關係部', 'Customer relations'),
  },
  /** The row of a statistic for tickets that leave the field empty (core/stats EMPTY_LABEL). */
  blank: { '(空)': w('(空)', '(blank)') },
  /** The presets' subcategories (问题细分); a team's own subcategory is shown as typed. */
  subcategory: {
    产品功能: w('產品功能', 'Product features'),
    使用方法: w('使用方法', 'How to use'),
    政策规则: w('政策規則', 'Policies and rules'),
    产品质量: w('產品品質', 'Product quality'),
    服务态度: w('服務態度', 'Service attitude'),
    流程效率: w('流程效率', 'Process efficiency'),
    物流服务: w('物流服務', 'Logistics'),
    产品优化: w('產品優化', 'Product improvement'),
    服务改进: w('服務改善', 'Service improvement'),
    个人信息: w('個人資料', 'Personal details'),
    订单内容: w('訂單內容', 'Order details'),
    服务套餐: w('服務方案', 'Service plan'),
    合作洽谈: w('合作洽談', 'Partnership'),
    表扬: w('表揚', 'Praise'),
    政策条款: w('政策條款', 'Policy terms'),
    产品故障: w('產品故障', 'Product fault'),
    服务不满: w('服務不滿', 'Unhappy with service'),
    功能操作复杂: w('功能操作複雜', 'Hard to operate'),
    功能优化建议: w('功能優化建議', 'Feature improvement'),
    新业务合作意向: w('新業務合作意向', 'New business interest'),
    售后维修: w('售後維修', 'After-sales repair'),
    功能建议: w('功能建議', 'Feature request'),
    产品咨询: w('產品諮詢', 'Product question'),
    服务效率: w('服務效率', 'Service speed'),
    操作体验: w('操作體驗', 'Ease of use'),
    售后: w('售後', 'After-sales'),
    故障维修: w('故障維修', 'Repair'),
    操作异常: w('操作異常', 'Operation error'),
    使用指导: w('使用指導', 'Usage guidance'),
    政策解读: w('政策解讀', 'Policy explanation'),
    投诉处理: w('投訴處理', 'Complaint handling'),
    售后服务: w('售後服務', 'After-sales service'),
    系统故障: w('系統故障', 'System fault'),
  },
  /** The presets' suggested actions (处理建议, Config_Suggestions); a team's own text is shown as typed. */
  suggestion: {
    '整理高频问题更新知识库与FAQ，优化对应话术': w('整理高頻問題更新知識庫與FAQ，優化對應話術', 'Add frequent questions to the knowledge base and FAQ; refine the matching scripts'),
    '24小时内回电致歉并说明方案，复盘原因，3个工作日内回访': w('24小時內回電致歉並說明方案，複盤原因，3個工作日內回訪', 'Call back within 24 h to apologise and explain the fix; find the cause; follow up within 3 working days'),
    '汇总提交产品部评估，排入迭代计划并答复客户': w('彙整提交產品部評估，排入迭代計畫並答覆客戶', 'Pass to Product for review, plan it into a release and answer the customer'),
    '核实身份后按流程办理，办结后通知客户': w('核實身分後依流程辦理，辦結後通知客戶', 'Verify identity, make the change by the book and tell the customer when done'),
    '登记故障现象，转技术部排查，修复后回访确认': w('登記故障現象，轉技術部排查，修復後回訪確認', 'Record the symptoms, pass to Engineering, confirm with the customer after the fix'),
    '按内容分派责任部门，纳入周例会复盘': w('依內容分派責任部門，納入週例會檢討', 'Route to the responsible department; review at the weekly meeting'),
    '收集批次与照片反馈质检，必要时退换货': w('收集批號與照片回報品管，必要時退換貨', 'Send batch numbers and photos to quality control; replace or refund if needed'),
    '预约上门或寄修，跟踪维修进度并回访': w('預約到府或寄修，追蹤維修進度並回訪', 'Book an on-site or mail-in repair, track it and follow up'),
    '明确售后时限与责任人，超时自动升级': w('明確售後時限與負責人，逾時自動升級', 'Set after-sales deadlines and owners; escalate automatically when overdue'),
    '增加高峰期客服配置，设置排队提示与回拨': w('增加尖峰時段客服人力，設定排隊提示與回撥', 'Add agents at peak hours; announce queue times and offer call-backs'),
    '补充图文操作指引，在回复中附上帮助链接': w('補充圖文操作指引，在回覆中附上說明連結', 'Add illustrated how-to guides and link them in replies'),
    '记录操作痛点提交产品部，简化关键流程': w('記錄操作痛點提交產品部，簡化關鍵流程', 'Record usability pain points for Product; simplify the key steps'),
    '汇总需求提交产品部评估，定期向客户反馈进展': w('彙整需求提交產品部評估，定期向客戶回報進度', 'Collect the requests for Product review; update the customer on progress regularly'),
    '优化产品说明书，增加客服培训': w('改善產品說明書，加強客服培訓', 'Improve the product manual and train the agents'),
    '优化首页导航栏，增加“常用工具”入口': w('優化首頁導覽列，增加「常用工具」入口', 'Improve the home page navigation with a “Common tools” entry'),
    '要求物流方实时同步数据，设置异常预警机制': w('要求物流商即時同步資料，設定異常預警機制', 'Have carriers sync tracking data in real time; set up exception alerts'),
    '增加高峰期客服配置，引入智能分流': w('增加尖峰時段客服人力，導入智慧分流', 'Add agents at peak hours and route contacts automatically'),
  },
  /** The built-in rating dimensions (分项评分); a team's own dimension is shown as typed. */
  ratingDimension: {
    解决效率: w('解決效率', 'Resolution'),
    问题解决效率: w('問題解決效率', 'Problem resolution'),
    服务态度: w('服務態度', 'Service attitude'),
    方案合理性: w('方案合理性', 'Solution fit'),
    响应速度: w('回應速度', 'Response speed'),
    处理结果: w('處理結果', 'Outcome'),
    沟通效率: w('溝通效率', 'Communication'),
    专业程度: w('專業程度', 'Expertise'),
    处理速度: w('處理速度', 'Handling speed'),
  },
  /** The presets' script scenarios (Config_Scripts); a team's own scenario is shown as typed. */
  scriptScenario: {
    '开场白': w('開場白', 'Opening'),
    '身份核实': w('身分核實', 'Identity check'),
    '致歉': w('致歉', 'Apology'),
    '问题引导': w('問題引導', 'Probing'),
    '安抚': w('安撫', 'Reassurance'),
    '结束语': w('結束語', 'Closing'),
    'VIP问候': w('VIP問候', 'VIP greeting'),
    '回访': w('回訪', 'Revisit'),
    '结果反馈': w('結果回覆', 'Result'),
    '补偿': w('補償', 'Compensation'),
  },
  /** The presets' scripts (话术, Config_Scripts); a team's own script is shown as typed. */
  script: {
    '您好，这里是公司客服中心，我是客服{agent}，很高兴为您服务，请问有什么可以帮您？': w('您好，這裡是公司客服中心，我是客服{agent}，很高興為您服務，請問有什麼可以幫您？', 'Hello, this is the customer service centre; I am {agent} and glad to help. What can I do for you?'),
    '为保证信息安全，能否请您提供一下注册手机号/订单后四位？我们仅用于身份验证，请您放心。': w('為保障資訊安全，能否請您提供註冊手機號碼/訂單末四碼？我們僅用於身分驗證，請您放心。', 'To keep your data safe, could you give me your registered phone number or the last four digits of the order? We use it only to verify your identity.'),
    '给您带来不便非常抱歉，我们会尽快为您核实处理。': w('造成您的不便非常抱歉，我們會盡快為您核實處理。', 'We are very sorry for the trouble; we will look into it right away.'),
    '为了准确知晓情况，能否请您描述一下具体遇到的问题？': w('為了準確了解情況，能否請您描述一下具體遇到的問題？', 'So that we understand exactly, could you describe the problem you ran into?'),
    '您提到的“功能异常”具体是指哪方面呢？是页面加载慢还是数据有误？': w('您提到的「功能異常」具體是指哪方面呢？是頁面載入慢還是資料有誤？', 'When you say “not working”, what exactly do you mean: pages loading slowly, or wrong data?'),
    '我特别理解您的着急，一定会帮您尽快解决。': w('我非常理解您的著急，一定會幫您盡快解決。', 'I understand this is urgent for you; we will get it solved as fast as we can.'),
    '感谢您的耐心，请问还有其他可以帮您的吗？祝您生活愉快。': w('感謝您的耐心，請問還有其他可以幫您的嗎？祝您生活愉快。', 'Thank you for your patience. Is there anything else I can help with? Have a nice day.'),
    '尊敬的{name}先生/女士，感谢您一直以来的支持，很高兴为您服务': w('尊敬的{name}先生/女士，感謝您一直以來的支持，很高興為您服務', 'Dear {name}, thank you for your continued support; it is a pleasure to help you'),
    '您好，就您之前反馈的问题做个回访：问题是否已彻底解决？您对本次处理结果有什么建议吗？': w('您好，針對您之前反映的問題做個回訪：問題是否已徹底解決？您對本次處理結果有什麼建議嗎？', 'Hello, we are following up on the problem you reported: is it fully solved? Do you have any suggestions about how we handled it?'),
    '已为您修复系统bug，新版本已推送。使用过程中如遇异常，请截图联系客服。': w('已為您修復系統錯誤，新版本已推送。使用中如遇異常，請截圖聯繫客服。', 'We have fixed the bug and pushed a new version. If anything goes wrong, please send us a screenshot.'),
    '根据产品手册，该功能需在设置中开启，如有疑问请随时联系我们。': w('根據產品手冊，此功能需在設定中開啟，如有疑問請隨時聯繫我們。', 'According to the product manual, this feature is switched on in the settings; contact us any time with questions.'),
    '您的建议已记录，将提交产品部在下一版本优化中考虑。': w('您的建議已記錄，將提交產品部於下一版本優化時考慮。', 'Your suggestion is recorded and goes to Product for the next release.'),
    '对给您带来的不便深表歉意，已对相关环节进行整改，避免类似情况。': w('對造成您的不便深表歉意，已針對相關環節進行改善，避免類似情況。', 'We deeply apologise for the trouble; the step at fault has been corrected so it does not happen again.'),
    '为表歉意，我们为您赠送1个月会员服务。': w('為表歉意，我們為您贈送1個月會員服務。', 'To make up for it, we are giving you one month of membership free.'),
  },
  emotion: { 焦急: w('焦急', 'Anxious'), 平和: w('平和', 'Calm'), 不满: w('不滿', 'Unhappy'), 愤怒: w('憤怒', 'Angry'), 满意: w('滿意', 'Satisfied'), 一般: w('一般', 'Neutral'), 不满意: w('不滿意', 'Dissatisfied') },
} satisfies Record<string, Record<string, Words>>;

export type VocabularyKind = keyof typeof VOCABULARY;
export const VOCABULARY_KINDS = Object.keys(VOCABULARY) as VocabularyKind[];

const table = (kind: VocabularyKind): Record<string, Words> => VOCABULARY[kind];

/**
 * The word for a canonical value in a locale; a value outside the vocabulary (a team's own
 * channel, an empty cell) is returned unchanged.
 * @example wordFor('status', '处理中', 'en-US') // → 'In progress'
 * @example wordFor('channel', '微信群', 'en-US') // → '微信群'
 */
export function wordFor(kind: VocabularyKind, value: string, locale: Locale): string {
  if (locale === 'zh-CN') return value;
  return table(kind)[value]?.[locale] ?? value;
}

/** Each kind's spellings (normalised: case, width, Traditional → Simplified) → canonical value. */
const REVERSE: Record<VocabularyKind, Map<string, string>> = Object.fromEntries(
  VOCABULARY_KINDS.map((kind) => {
    const m = new Map<string, string>();
    for (const [canon, words] of Object.entries(table(kind))) for (const s of [canon, words['zh-TW'], words['en-US']]) if (!m.has(normalizeKey(s))) m.set(normalizeKey(s), canon);
    return [kind, m];
  }),
) as Record<VocabularyKind, Map<string, string>>;

/**
 * The canonical value a word of any of the three locales stands for, else null.
 * @example canonicalFor('channel', '線上客服') // → '在线客服'
 * @example canonicalFor('status', 'in progress') // → '处理中'
 */
export function canonicalFor(kind: VocabularyKind, text: string): string | null {
  const key = normalizeKey(text);
  return key ? (REVERSE[kind].get(key) ?? null) : null;
}

/**
 * A cell of an open list read back: the canonical value when it is a vocabulary word, else as typed.
 * @example canonicalOrSelf('department', 'Engineering') // → '技术部'
 */
export const canonicalOrSelf = (kind: VocabularyKind, text: string): string => canonicalFor(kind, text) ?? text;

/** The canonical values of a kind, each paired with its word in every locale (tests, pane). */
export const spellingsOf = (kind: VocabularyKind): string[] => Object.entries(table(kind)).flatMap(([c, x]) => [c, x['zh-TW'], x['en-US']]);

/**
 * The word for a canonical value of any kind (the first kind that has it), for displays that do
 * not know the field (the pane's option lists); unknown values unchanged.
 * @example displayWord('已关闭', 'en-US') // → 'Closed'
 */
export function displayWord(value: string, locale: Locale): string {
  if (locale === 'zh-CN') return value;
  for (const kind of VOCABULARY_KINDS) {
    const words = table(kind)[value];
    if (words) return words[locale];
  }
  return value;
}
