/**
 * Which message names each output-path problem and file-system error: one line each, naming
 * the path, never a raw Node error (`ENOENT: no such file…`). The words are in src/cli/messages.
 */
import { t, type CliMessageKey } from './messages';

export type OutputProblem = 'empty' | 'isDirectory' | 'noParent' | 'nameTooLong' | 'exists' | 'sameAsInput' | 'notWritable' | 'noSpace' | 'readOnly' | 'notFile' | 'failed';

const KEYS: Record<OutputProblem, CliMessageKey> = {
  empty: 'outputEmpty',
  isDirectory: 'outputIsDirectory',
  noParent: 'outputNoParent',
  nameTooLong: 'outputNameTooLong',
  exists: 'outputExists',
  sameAsInput: 'outputIsInput',
  notWritable: 'outputNotWritable',
  noSpace: 'outputNoSpace',
  readOnly: 'outputReadOnly',
  notFile: 'outputNotFile',
  failed: 'outputFailed',
};

/**
 * One line for an output problem, in this run's locale.
 * @example outputProblemText('exists', 'a.xlsx') === '输出文件已存在：a.xlsx（使用 --force 覆盖）' // zh-CN
 */
export const outputProblemText = (code: OutputProblem, path: string): string => t(KEYS[code], { path });

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

/**
 * One line for a file-system error met while reading or writing.
 * @example fileErrorText('EACCES', '/x/a.xlsx') === '没有权限访问：/x/a.xlsx' // zh-CN
 */
export function fileErrorText(errno: string, path: string): string {
  const key: CliMessageKey = errno === 'ENOSPC' || errno === 'EDQUOT' ? 'fileNoSpace' : errno === 'EACCES' || errno === 'EPERM' ? 'fileDenied' : 'fileFailed';
  return t(key, { path });
}
