/** zh-CN problem messages. Placeholders: {row} {column} {value} and per-code extras. */
import type { MessageTable, ParamWords } from '../problem';

export const zhCN: MessageTable = {
  missingReceivedAt: '第 {row} 行「{column}」为空：请填写受理时间，时限才能计算。',
  invalidDateTime: '第 {row} 行「{column}」不是有效的日期时间：{value}',
  missingDescription: '第 {row} 行「{column}」为空：请记录客户的具体问题。',
  missingCustomer: '第 {row} 行「{column}」为空：请填写客户名称或客户编号。',
  unknownCategory: '第 {row} 行「{column}」的值「{value}」不在需求类型列表中（咨询、投诉、建议、变更、故障、其他）。',
  unknownStatus: '第 {row} 行「{column}」的值「{value}」不是有效的处理状态。',
  unknownLevel: '第 {row} 行「{column}」的值「{value}」应为 高、中 或 低。',
  unknownCustomerLevel: '第 {row} 行「{column}」的值「{value}」应为 VIP 或 普通。',
  invalidRating: '第 {row} 行「{column}」的评分「{value}」应为 1 到 5 的整数。',
  duplicateId: '第 {row} 行「{column}」的编号「{value}」与第 {otherRows} 行重复。',
  idPatternMismatch: '第 {row} 行「{column}」的编号「{value}」不符合编号规则 {pattern}。',
  resolvedBeforeReceived: '第 {row} 行「{column}」（{value}）早于受理时间（{receivedAt}）。',
  respondedBeforeReceived: '第 {row} 行「{column}」（{value}）早于受理时间（{receivedAt}）。',
  doneWithoutResolvedAt: '第 {row} 行状态为「{status}」，但「{column}」为空。',
  pendingWithResolvedAt: '第 {row} 行状态为「{status}」，但已有「{column}」：请核对状态。',
  sensitiveDataRedacted: '第 {row} 行「{column}」含有{kind}号码，已脱敏为 {masked}。',
  formulaTextEscaped: '第 {row} 行「{column}」以 = + - @ 开头，已按文本保存，不会作为公式计算。',
  unknownListValue: '第 {row} 行「{column}」的值「{value}」不在{list}列表中。',
  contactUnmasked: '第 {row} 行「{column}」的联系方式未脱敏，应为 {masked}。',
  missingId: '第 {row} 行「{column}」为空：将按编号规则自动生成。',
  unknownColumn: '列「{column}」无法识别，已作为附加列原样保留。',
  sensitiveDataFound: '第 {row} 行「{column}」含有完整{kind}号码，请删除或改为 {masked}。',
};

/** Words passed as codes in params (`kind: 'idCard'`, `list: 'channels'`). */
export const zhCNParamWords: ParamWords = {
  idCard: '身份证',
  longNumber: '疑似证件或银行卡',
  bankCard: '银行卡',
  channels: '沟通渠道',
  departments: '责任部门',
  owners: '负责人',
  emotions: '客户情绪',
  subcategories: '问题细分',
};
