/** The 说明 sheet: what the workbook is, how to use it, its schema version and preset. */
import type { Locale } from '../../core/schema/fieldMeta';
import { SCHEMA_VERSION, type Settings } from '../../core/settings/settings';
import type { PlanCell, SheetPlan } from '../types';
import { W } from './words';
import { portraitReport } from './pageSetup';

export function readmeSheet(locale: Locale, settings: Settings, name: string): SheetPlan {
  const t = README_TEXT[locale];
  const rows: PlanCell[][] = t.map((line) => [line]);
  rows.push([''], [`${README_VERSION[locale]} ${SCHEMA_VERSION} · ${README_PRESET[locale]} ${settings.preset}`]);
  return {
    key: 'readme',
    name,
    blocks: [
      { kind: 'cells', id: 'readmeTitle', top: 1, left: 1, style: 'title', rows: [['ServiceBook']] },
      { kind: 'cells', id: 'readme', top: 3, left: 1, style: 'note', rows },
    ],
    showGridLines: false,
    pageSetup: portraitReport(name, locale, { left: 'ServiceBook', right: name }),
    widths: { 1: 110 },
  };
}

const README_VERSION = W('结构版本', '結構版本', 'Schema version');
const README_PRESET = W('模板预设', '模板預設', 'preset');
const README_TEXT: Record<Locale, string[]> = {
  'zh-CN': [
    '本工作簿由 ServiceBook 生成：客户服务工单的结构化记录、配置与统计。',
    '「工单」表（Tickets）：每行一张工单。下拉列表来自「配置」表；编号、优先级、时限由规则自动填写。',
    '行颜色：浅红 = 已超时未结；浅黄 = 即将超时（提醒时数见 Config_FollowUp）。颜色由条件格式计算，不需要加载项。',
    '「处理记录」表（Ticket_Log）：每张工单的沟通与进度历史；「子任务」表（Subtasks）：复杂需求的拆解。',
    '「统计」表：期间报告（Stats_Summary）与反馈分类（Stats_Classification）；「汇总」表：交叉统计（公式随数据更新）。',
    '「配置」表：主管可直接修改列表、时限规则、工作时间、节假日、编号、分派、关键词、处理建议与话术；下次刷新生效。',
    '表名固定（Tickets、Ticket_Log、Subtasks、Config_…、Stats_…），请勿改名；工作表名称可以修改。',
    '隐私：联系方式已脱敏；身份证号、银行卡号不保存；以 = + - @ 开头的文字按文本保存。',
  ],
  'zh-TW': [
    '本活頁簿由 ServiceBook 產生：客戶服務工單的結構化記錄、配置與統計。',
    '「工單」表（Tickets）：每列一張工單。下拉清單來自「配置」表；編號、優先級、時限由規則自動填寫。',
    '列顏色：淺紅 = 已逾時未結；淺黃 = 即將逾時（提醒時數見 Config_FollowUp）。顏色由條件格式計算，不需要增益集。',
    '「處理記錄」表（Ticket_Log）：每張工單的溝通與進度歷史；「子任務」表（Subtasks）：複雜需求的拆解。',
    '「統計」表：期間報告（Stats_Summary）與反饋分類（Stats_Classification）；「匯總」表：交叉統計（公式隨資料更新）。',
    '「配置」表：主管可直接修改清單、時限規則、工作時間、節假日、編號、分派、關鍵詞、處理建議與話術；下次重新整理生效。',
    '表名固定（Tickets、Ticket_Log、Subtasks、Config_…、Stats_…），請勿改名；工作表名稱可以修改。',
    '隱私：聯繫方式已脫敏；身分證號、銀行卡號不保存；以 = + - @ 開頭的文字按文字保存。',
  ],
  'en-US': [
    'This workbook was written by ServiceBook: structured service tickets, settings and statistics.',
    'Tickets sheet (table Tickets): one ticket per row. Dropdowns come from the Settings sheet; numbers, priorities and due times are filled by the rules.',
    'Row colours: light red = overdue and open; yellow = due soon (hours in Config_FollowUp). Conditional formats compute them without the add-in.',
    'Ticket log (Ticket_Log): the contact and progress history; Subtasks: the breakdown of complex requests.',
    'Statistics: period report (Stats_Summary) and feedback classification (Stats_Classification); Pivots: cross-tabs (formulas follow the data).',
    'Settings: supervisors edit lists, SLA rules, hours, holidays, numbering, routing, keywords, suggestions and scripts; the next refresh uses them.',
    'Table names are fixed (Tickets, Ticket_Log, Subtasks, Config_…, Stats_…); sheet names may be renamed.',
    'Privacy: contacts are masked; ID-card and bank-card numbers are never stored; text starting with = + - @ is stored as text.',
  ],
};

