/**
 * When the add-in's 统计 tab advises archiving: past a busy team's year of tickets (DESIGN:
 * about 100,000), a workbook is slower to open, save and co-author; finished tickets older than
 * a year then belong in an archive workbook (`servicebook archive … --keep 12m`).
 */
export const ARCHIVE_ADVISED_TICKETS = 100_000;

/** The period the advised command keeps in the working workbook. */
export const ADVISED_KEEP = '12m';

/**
 * @example isArchiveAdvised(100_001) // true
 * @example isArchiveAdvised(42) // false
 */
export const isArchiveAdvised = (ticketCount: number): boolean => ticketCount > ARCHIVE_ADVISED_TICKETS;
