/**
 * The words of output-path problems and of file-system errors, in the three locales. One line
 * each, naming the path, never a raw Node error (`ENOENT: no such file…`).
 * (To move into src/cli/messages/ with the other command words.)
 */
export type OutputLocale = 'zh-CN' | 'zh-TW' | 'en-US';

export type OutputProblem =
  | 'empty'
  | 'isDirectory'
  | 'noParent'
  | 'nameTooLong'
  | 'exists'
  | 'sameAsInput'
  | 'notWritable'
  | 'noSpace'
  | 'readOnly'
  | 'notFile'
  | 'failed';

const WORDS: Record<OutputProblem, Record<OutputLocale, (p: string) => string>> = {
  empty: {
    'zh-CN': () => '输出路径为空：请用 -o 指定一个文件名',
    'zh-TW': () => '輸出路徑為空：請用 -o 指定一個檔名',
    'en-US': () => 'the output path is empty: name a file with -o',
  },
  isDirectory: {
    'zh-CN': (p) => `输出路径是一个文件夹，请给出文件名：${p}`,
    'zh-TW': (p) => `輸出路徑是一個資料夾，請給出檔名：${p}`,
    'en-US': (p) => `the output path is a folder; give a file name: ${p}`,
  },
  noParent: {
    'zh-CN': (p) => `输出文件所在的文件夹不存在：${p}`,
    'zh-TW': (p) => `輸出檔所在的資料夾不存在：${p}`,
    'en-US': (p) => `the output file's folder does not exist: ${p}`,
  },
  nameTooLong: {
    'zh-CN': (p) => `输出文件名太长（最多 255 字节）：${p}`,
    'zh-TW': (p) => `輸出檔名太長（最多 255 位元組）：${p}`,
    'en-US': (p) => `the output file name is too long (255 bytes at most): ${p}`,
  },
  exists: {
    'zh-CN': (p) => `输出文件已存在：${p}（使用 --force 覆盖）`,
    'zh-TW': (p) => `輸出檔已存在：${p}（使用 --force 覆寫）`,
    'en-US': (p) => `the output file already exists: ${p} (use --force to replace it)`,
  },
  sameAsInput: {
    'zh-CN': (p) => `输出文件不能与输入文件相同：${p}`,
    'zh-TW': (p) => `輸出檔不能與輸入檔相同：${p}`,
    'en-US': (p) => `the output file must not be the input file: ${p}`,
  },
  notWritable: {
    'zh-CN': (p) => `没有权限写入：${p}`,
    'zh-TW': (p) => `沒有權限寫入：${p}`,
    'en-US': (p) => `no permission to write: ${p}`,
  },
  noSpace: {
    'zh-CN': (p) => `磁盘空间不足，未写入：${p}`,
    'zh-TW': (p) => `磁碟空間不足，未寫入：${p}`,
    'en-US': (p) => `the disk is full; nothing was written: ${p}`,
  },
  readOnly: {
    'zh-CN': (p) => `输出位置只读：${p}`,
    'zh-TW': (p) => `輸出位置唯讀：${p}`,
    'en-US': (p) => `the output location is read-only: ${p}`,
  },
  notFile: {
    'zh-CN': (p) => `输出路径不是普通文件，不能覆盖：${p}`,
    'zh-TW': (p) => `輸出路徑不是一般檔案，不能覆寫：${p}`,
    'en-US': (p) => `the output path is not a regular file and cannot be replaced: ${p}`,
  },
  failed: {
    'zh-CN': (p) => `无法写入输出文件：${p}`,
    'zh-TW': (p) => `無法寫入輸出檔：${p}`,
    'en-US': (p) => `cannot write the output file: ${p}`,
  },
};

/**
 * One line for an output problem.
 * @example outputProblemText('exists', 'a.xlsx', 'en-US') === 'the output file already exists: a.xlsx (use --force to replace it)'
 */
export const outputProblemText = (code: OutputProblem, path: string, locale: OutputLocale = 'zh-CN'): string =>
  WORDS[code][locale](path);

/**
 * The output problem a Node file-system error stands for.
 * @example problemOfErrno('ENOSPC') === 'noSpace'
 */
export function problemOfErrno(code: string | undefined): OutputProblem {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'notWritable';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'noSpace';
    case 'EROFS':
      return 'readOnly';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'noParent';
    case 'ENAMETOOLONG':
      return 'nameTooLong';
    case 'EISDIR':
      return 'isDirectory';
    case 'EEXIST':
      return 'exists';
    default:
      return 'failed';
  }
}

const IO_WORDS: Record<'noSpace' | 'denied' | 'other', Record<OutputLocale, (p: string) => string>> = {
  noSpace: { 'zh-CN': (p) => `磁盘空间不足：${p}`, 'zh-TW': (p) => `磁碟空間不足：${p}`, 'en-US': (p) => `the disk is full: ${p}` },
  denied: { 'zh-CN': (p) => `没有权限访问：${p}`, 'zh-TW': (p) => `沒有權限存取：${p}`, 'en-US': (p) => `no permission to access: ${p}` },
  other: { 'zh-CN': (p) => `无法读写文件：${p}`, 'zh-TW': (p) => `無法讀寫檔案：${p}`, 'en-US': (p) => `cannot read or write the file: ${p}` },
};

/**
 * One line for a file-system error met while reading or writing (not a raw Node message).
 * @example fileErrorText('EACCES', '/x/a.xlsx', 'en-US') === 'no permission to access: /x/a.xlsx'
 */
export function fileErrorText(errno: string, path: string, locale: OutputLocale = 'zh-CN'): string {
  const kind = errno === 'ENOSPC' || errno === 'EDQUOT' ? 'noSpace' : errno === 'EACCES' || errno === 'EPERM' ? 'denied' : 'other';
  return IO_WORDS[kind][locale](path);
}
