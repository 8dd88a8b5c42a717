/**
 * Sheets laid out like the five seed templates — title rows (a merged title repeated by the
 * reader, or only in its first cell), notes above, the header, the seed's example rows, a blank
 * row and a notes block under the table — for tests and the CLI's sample files.
 * Where the seed text lost cells (seed 000's masked contacts, seed 001's table cut after 联系方式,
 * seed 004 has no table), the rows are rebuilt from the seed's own examples and wording.
 * Cells are what hosts hand over: strings, numbers (Excel serials), Dates (UTC fields), null.
 */
import type { Cell } from '../parse/cell';
import type { PresetId } from '../presets/types';
import { seed000 } from '../presets/seed000';
import { seed001 } from '../presets/seed001';
import { seed002 } from '../presets/seed002';
import { seed003 } from '../presets/seed003';
import { seed004 } from '../presets/seed004';

export interface SeedFixture {
  preset: PresetId;
  title: string;
  grid: Cell[][];
  /** 0-based rows the recogniser should find. */
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
}

const repeat = (text: string, n: number): Cell[] => Array.from({ length: n }, () => text);
const firstOnly = (text: string, n: number): Cell[] => [text, ...Array.from({ length: n - 1 }, () => null)];
const blank = (n: number): Cell[] => Array.from({ length: n }, () => null);

/** A valid test ID-card number (checksum ok) and a Luhn-valid card number: must be redacted. */
export const TEST_ID_CARD = '110105199001011232';
export const TEST_BANK_CARD = '6222021001123456789';

function seed000Grid(): SeedFixture {
  const headers = seed000().sourceHeaders;
  const n = headers.length;
  const grid: Cell[][] = [
    repeat('客户服务沟通记录表', n),
    firstOnly('部门：客服中心      记录人：赵*', n),
    blank(n),
    headers,
    [1, '2023-10-08', '14:30', '在线客服', '王女士', 'C1001', '13812345678', '查询订单物流', '订单号20231008001，显示“已发货”3天未更新，询问预计送达时间及物流异常原因', '咨询类', '中', '已完成', '赵*', '2023-10-09', '物流因区域暴雨延误，已协调物流公司加急，预计10月10日送达，同步发送物流最新截图', '满意', '客户理解天气原因'],
    // Office.js hands dates and times as serials: 45208 = 2023-10-09, 0.385416… = 09:15.
    [2, 45208, 0.3854166666666667, '电话', '某科技公司', '-', '010-62345678', '投诉服务响应慢', '上周提交的系统维护需求（需求编号M）未收到回复，影响公司业务开展', '投诉类', '高', '处理中', '李*', '2023-10-10', '技术团队已排查，因接口兼容性问题需延期，预计10月11日完成，已向客户致歉并说明原因', '-', '需每日同步进度'],
    [3, '2023-10-10', '16:45', '邮件', '陈先生', 'C1003', 'chen@example.com', '建议增加发票抬头', '希望在个人中心自行选择发票抬头（公司/个人），当前需联系客服修改，流程较繁琐', '建议类', '低', '已关闭', '张*', '2023-10-20', '已记录需求，产品组将纳入下季度迭代计划，上线时间将通过短信通知客户', '基本满意', '-'],
    blank(n),
    firstOnly('使用要点提示：信息准确性：客户需求描述、关键信息（如订单号、联系方式）需与沟通内容完全一致', n),
  ];
  return { preset: 'seed000', title: '客户服务沟通记录表', grid, headerRow: 3, firstDataRow: 4, lastDataRow: 6 };
}

function seed001Grid(): SeedFixture {
  const headers = seed001().sourceHeaders;
  const n = headers.length;
  const grid: Cell[][] = [
    firstOnly('表1：客户服务需求记录表', n),
    headers,
    ['CW202403150001', '2024-03-15 09:20', 'C10086', '某科技有限公司', '制造业', '张*', '13912345678', '电话', '投诉', '系统故障导致客户业务中断，后台无法登录', '要求24小时内解决', '紧急', '已完成', '李*', '已联系技术团队，预计明日给出方案', '已为您修复系统bug，新版本已推送', 5, 4, '4分', ''],
    ['CW202403150002', '2024/3/15 14:05', 'C10087', '王先生', '零售', '王*', 'wang@example.com', '邮件', '咨询', '询问数据导出功能的使用方法', '希望提供操作说明', '一般', '处理中', '赵*', '', '', null, null, null, ''],
    ['CW202403160001', '2024年3月16日 10:30', 'C10088', '某贸易公司', '贸易', '陈*', '021-12345678', '在线客服', '需求', '希望增加批量导入客户信息的功能', '希望增加功能', '重要', '待受理', '', '', '', null, null, null, `客户口述身份证${TEST_ID_CARD}，已核实`],
    blank(n),
    blank(n),
    firstOnly('注：满意度采用1-5分评分制，5分为非常满意', n),
  ];
  return { preset: 'seed001', title: '客户服务需求记录表', grid, headerRow: 1, firstDataRow: 2, lastDataRow: 4 };
}

function seed002Grid(): SeedFixture {
  const headers = seed002().sourceHeaders;
  const n = headers.length;
  const grid: Cell[][] = [
    repeat('客户服务问题反馈处理记录表', n),
    blank(n),
    headers,
    ['CS20231015001', '王*,138****5678', '2023-10-15购买的产品无法开机，紧急程度：高', '2023-10-1510:00客服专员接收记录;10:15分派至技术部李工;10:30李工联系客户获取序列号SN56;11:00检测确认主板故障，申请更换', '2023-10-1514:00为客户更换新产品，当日顺丰寄出;14:30客户确认收到，反馈满意', '归档时间：2023-10-16'],
    ['CS20231015002', '李*,139****8765', '建议APP增加“订单进度实时提醒”功能，紧急程度：低', '2023-10-1509:30客服专员记录建议;09:45分类为“功能建议”，分派至产品部王经理;10:00王经理评估可行性，回复“已收录，下个版本（V2.3）计划上线”', '2023-10-1511:00通过APP消息告知客户建议已被采纳;客户回复“感谢，期待更新”', '归档时间：2023-10-16'],
    ['CS20231015003', '赵*,137****2468', '物流延迟3天未送达，投诉服务态度，紧急程度：中', '2023-10-1516:00客服专员接收投诉;16:15分派至供应链部赵协调员;16:30赵协调员联系物流公司，包裹因地址错误滞留中转站;17:00更正地址并加急', '2023-10-1518:00告知客户问题原因及加急方案;10月16日10:00客户确认收到，反馈“一般，希望后续避免”', '归档时间：2023-10-17'],
    firstOnly('使用要点提示：信息准确性：客户联系方式、问题描述、处理进度等关键信息需真实、完整', n),
  ];
  return { preset: 'seed002', title: '客户服务问题反馈处理记录表', grid, headerRow: 2, firstDataRow: 3, lastDataRow: 5 };
}

function seed003Grid(): SeedFixture {
  const headers = seed003().sourceHeaders;
  const n = headers.length;
  const grid: Cell[][] = [
    repeat('客服溝通話術與客戶反饋統計模板', n),
    firstOnly('（一）客戶溝通記錄表', n),
    headers,
    [1, '*先生', '138****5678', '03-15 14:30', '在線客服', '產品功能', '“您提到的‘數據導出’功能，在‘我的賬戶-工具箱’中可找到，點擊‘導出’選擇格式即可”', '“找了10分鐘沒找到，希望首頁增加入口”', '3分', '轉交產品部門優化入口布局', '*客服'],
    [2, '*女士', '13912345678', '2024-03-15 15:20', '電話', '物流服務', '“非常抱歉給您帶來不便，我們已聯繫物流方核實，預計2小時內更新信息”', '“訂單顯示已簽收但實際未收到，很著急”', '2分', '跟進物流方並1小時內回電客戶', '*客服'],
    blank(n),
    firstOnly('（二）客戶反饋分類統計表', n),
    ['統計周期', '反饋類型', '具體問題細分', '出現頻次', '占比（%）', '典型案例（客戶原話摘要）', '處理建議', '責任部門', null, null, null],
    ['2024年3月', '產品功能', '數據導出入口難找', 15, '30%', '“找了10分鐘沒找到，希望首頁增加入口”', '優化首頁導航欄，增加“常用工具”入口', '產品部', null, null, null],
  ];
  return { preset: 'seed003', title: '客服溝通話術與客戶反饋統計模板', grid, headerRow: 2, firstDataRow: 3, lastDataRow: 4 };
}

function seed004Grid(): SeedFixture {
  const headers = seed004().sourceHeaders;
  const n = headers.length;
  // exceljs hands Dates whose UTC fields are the wall time.
  const at = (iso: string): Date => new Date(`${iso}:00Z`);
  const grid: Cell[][] = [
    firstOnly('售后服务单跟踪反馈工具（客户需求解析与记录版）', n),
    firstOnly('说明：服务单号规则为年份+月份+流水号，如202405-0013；紧急程度默认为“中”', n),
    headers,
    ['202405-0013', at('2024-05-08T16:30'), '*客户/某制造公司', '13812345678', '制造业', 'VIP', '故障维修', '设备无法启动，提示代码E-05，生产停机', '高', '附件：故障截图3张，已通过企业接收', '处理中', '李工', '张经理、王经理', at('2024-05-08T16:50'), '2024-05-08 16:50 已电话联系*客户，确认故障现象为设备无法通电，初步判断为电源模块损坏，下一步：更换备件；17:30 邮件告知客户备件预计5月9日到货，客户反馈可以接受', '', null, null, null, null],
    ['202405-0014', '2024-05-09 10:00', '*客户/某物流公司', '0755-86001234', '物流', '普通客户', '使用指导', '报表导出功能在哪里开启', '低', '', '已完成', '客服', '', '2024-05-09 10:20', '10:20 电话告知客户开启路径', '根据产品手册第5章，该功能需在设置中开启', '非常满意', '满意', '非常满意', '满意'],
    ['202405-0015', '2024-05-10 09:00', '*客户/某零售公司', '13700001111', '零售', 'vip', '投诉处理', `客服态度差，要求退款到卡号${TEST_BANK_CARD}`, '紧急', '', '待处理', '王经理', '', null, '', '', '一般', '不满意', '不满意', '一般'],
    blank(n),
    blank(n),
    firstOnly('注：客户评价后，系统自动将工单状态更新为“已关闭”', n),
  ];
  return { preset: 'seed004', title: '售后服务单跟踪反馈工具', grid, headerRow: 2, firstDataRow: 3, lastDataRow: 5 };
}

export const seedFixtures = (): SeedFixture[] => [seed000Grid(), seed001Grid(), seed002Grid(), seed003Grid(), seed004Grid()];
