/** zh-TW problem messages. */
import type { MessageTable, ParamWords } from '../problem';

export const zhTW: MessageTable = {
  missingReceivedAt: '第 {row} 列「{column}」為空：請填寫受理時間，時限才能計算。',
  invalidDateTime: '第 {row} 列「{column}」不是有效的日期時間：{value}',
  missingDescription: '第 {row} 列「{column}」為空：請記錄客戶的具體問題。',
  missingCustomer: '第 {row} 列「{column}」為空：請填寫客戶名稱或客戶編號。',
  unknownCategory: '第 {row} 列「{column}」的值「{value}」不在需求類型清單中（諮詢、投訴、建議、變更、故障、其他）。',
  unknownStatus: '第 {row} 列「{column}」的值「{value}」不是有效的處理狀態。',
  unknownLevel: '第 {row} 列「{column}」的值「{value}」應為 高、中 或 低。',
  unknownCustomerLevel: '第 {row} 列「{column}」的值「{value}」應為 VIP 或 一般。',
  invalidRating: '第 {row} 列「{column}」的評分「{value}」應為 1 到 5 的整數。',
  duplicateId: '第 {row} 列「{column}」的編號「{value}」與第 {otherRows} 列重複。',
  idPatternMismatch: '第 {row} 列「{column}」的編號「{value}」不符合編號規則 {pattern}。',
  resolvedBeforeReceived: '第 {row} 列「{column}」（{value}）早於受理時間（{receivedAt}）。',
  respondedBeforeReceived: '第 {row} 列「{column}」（{value}）早於受理時間（{receivedAt}）。',
  doneWithoutResolvedAt: '第 {row} 列狀態為「{status}」，但「{column}」為空。',
  pendingWithResolvedAt: '第 {row} 列狀態為「{status}」，但已有「{column}」：請核對狀態。',
  sensitiveDataRedacted: '第 {row} 列「{column}」含有{kind}號碼，已遮蔽為 {masked}。',
  formulaTextEscaped: '第 {row} 列「{column}」以 = + - @ 開頭，已按文字儲存，不會作為公式計算。',
  unknownListValue: '第 {row} 列「{column}」的值「{value}」不在{list}清單中。',
  contactUnmasked: '第 {row} 列「{column}」的聯繫方式未遮蔽，應為 {masked}。',
  missingId: '第 {row} 列「{column}」為空：將按編號規則自動產生。',
  unknownColumn: '欄「{column}」無法辨識，已作為附加欄原樣保留。',
  sensitiveDataFound: '第 {row} 列「{column}」含有完整{kind}號碼，請刪除或改為 {masked}。',
};

/** Words passed as codes in params (`kind: 'idCard'`, `list: 'channels'`). */
export const zhTWParamWords: ParamWords = {
  idCard: '身分證',
  longNumber: '疑似證件或銀行卡',
  bankCard: '銀行卡',
  channels: '溝通渠道',
  departments: '責任部門',
  owners: '負責人',
  emotions: '客戶情緒',
  subcategories: '問題細分',
};
