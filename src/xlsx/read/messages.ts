/**
 * Lines the reader shows when a file cannot be used, in the run's language (the command's
 * message files, src/cli/messages). Each is one line that says what to do.
 */
import { t, type CliMessageKey } from '../../cli/messages';
import { UnusableInputError } from './unusable';

export type TooLargeWhat = 'entries' | 'part' | 'cells' | 'strings';

const TOO_LARGE: Record<TooLargeWhat, CliMessageKey> = {
  entries: 'readTooLargeEntries',
  part: 'readTooLargePart',
  cells: 'readTooLargeCells',
  strings: 'readTooLargeStrings',
};

export const tooLarge = (what: TooLargeWhat): UnusableInputError => new UnusableInputError(t('readTooLarge', { what: t(TOO_LARGE[what]) }));

export const notAFile = (path: string): UnusableInputError => new UnusableInputError(t('readNotAFile', { path }));
export const cannotOpen = (path: string): UnusableInputError => new UnusableInputError(t('readCannotOpen', { path }));
export const notXlsx = (path: string): UnusableInputError => new UnusableInputError(t('readNotXlsx', { path }));
export const noSheets = (path: string): UnusableInputError => new UnusableInputError(t('readNoSheets', { path }));
export const notWorkbookOrCsv = (path: string): UnusableInputError => new UnusableInputError(t('readNotWorkbookOrCsv', { path }));
/** .xls / .et / password-protected .xlsx: all are OLE compound files. */
export const legacyOrEncrypted = (path: string): UnusableInputError => new UnusableInputError(t('readLegacyOrEncrypted', { path }));
