import { hasRoomBelow } from './roomBelow';
import type { TableData } from './types';

const table = (name: string, headerRow: number, left: number, width = 1): TableData => ({ name, sheet: '配置', headerRow, left, headers: Array.from({ length: width }, (_, i) => `h${i}`), rows: [] });

test('a table grows only where no other table (or its caption) lies below it in its columns', () => {
  const reserved = table('Config_Reserved', 2, 8);
  expect(hasRoomBelow(reserved, 500, [reserved, table('Config_Meta', 2, 1, 3), table('Config_SLA', 14, 1, 6)])).toBe(true);
  expect(hasRoomBelow(reserved, 9, [table('Config_Routing', 13, 7, 4)])).toBe(true);
  expect(hasRoomBelow(reserved, 10, [table('Config_Routing', 13, 7, 4)])).toBe(false); // its caption, row 12
  expect(hasRoomBelow({ ...reserved, left: undefined }, 1, [])).toBe(false);
});
