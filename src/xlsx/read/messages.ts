/**
 * Lines the reader shows when a file cannot be used (zh-CN; the `language` engineer moves them
 * into the message files). Each is one line that says what to do.
 */
import { UnusableInputError } from './unusable';

export type TooLargeWhat = 'entries' | 'part' | 'cells' | 'strings';

const TOO_LARGE: Record<TooLargeWhat, string> = {
  entries: '工作簿包含的部件过多',
  part: '工作簿中的某个部件解压后过大',
  cells: '工作簿的单元格过多（超过约 4000 万个）',
  strings: '工作簿的共享文本过大',
};

export const tooLarge = (what: TooLargeWhat): UnusableInputError =>
  new UnusableInputError(`${TOO_LARGE[what]}，无法安全读取：请用 servicebook archive 把已完成的工单移到归档工作簿，或拆分后再试`);

export const notAFile = (path: string): UnusableInputError => new UnusableInputError(`不是普通文件（设备、目录或管道）：${path}`);
export const cannotOpen = (path: string): UnusableInputError => new UnusableInputError(`无法打开输入文件：${path}`);
export const notXlsx = (path: string): UnusableInputError => new UnusableInputError(`无法读取工作簿（不是有效的 .xlsx 文件）：${path}`);
export const noSheets = (path: string): UnusableInputError => new UnusableInputError(`工作簿中没有工作表：${path}`);
export const notWorkbookOrCsv = (path: string): UnusableInputError => new UnusableInputError(`不是工作簿或 CSV 文件：${path}`);
/** .xls / .et / password-protected .xlsx: all are OLE compound files. */
export const legacyOrEncrypted = (path: string): UnusableInputError =>
  new UnusableInputError(
    `${path} 是旧版 Excel 97-2003（.xls）或 WPS（.et）文件，或受密码保护的工作簿：请在 Excel 或 WPS 中“另存为” Excel 工作簿（*.xlsx）（如有密码先取消），或运行 soffice --headless --convert-to xlsx "${path}"，再用生成的 .xlsx`,
  );
