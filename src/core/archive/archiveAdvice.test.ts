import { ADVISED_KEEP, ARCHIVE_ADVISED_TICKETS, isArchiveAdvised } from './archiveAdvice';
import { parseKeep } from './archiveCut';

test('archiving is advised past a busy year of tickets, with a --keep the command accepts', () => {
  expect(isArchiveAdvised(ARCHIVE_ADVISED_TICKETS)).toBe(false);
  expect(isArchiveAdvised(ARCHIVE_ADVISED_TICKETS + 1)).toBe(true);
  expect(isArchiveAdvised(0)).toBe(false);
  expect(parseKeep(ADVISED_KEEP)).toEqual({ amount: 12, unit: 'm' });
});
