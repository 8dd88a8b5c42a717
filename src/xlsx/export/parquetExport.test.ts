import { mostlyDistinct, parquetColumn, utf8Column, wallClockMillis } from './parquetExport';

describe('Parquet columns in the forms the writer stores', () => {
  it('times are BigInt milliseconds of the wall clock; no time is null', () => {
    expect(wallClockMillis('2024-03-01T09:30')).toBe(1709285400000n);
    expect(wallClockMillis('1970-01-01T00:00')).toBe(0n);
    expect(wallClockMillis(null)).toBeNull();
    expect(wallClockMillis('2024-02-30T09:00')).toBeNull();
    expect(wallClockMillis(45000)).toBeNull();
  });

  it('text cut from one encoded buffer holds the bytes of each value', () => {
    const values = ['CS1', null, '核查, "日志"', '', '😀\uD800end', null];
    expect(utf8Column(values).map((b) => b && Array.from(b))).toEqual(values.map((v) => (v === null ? null : Array.from(new TextEncoder().encode(v)))));
  });

  it('a column is mostly distinct when over half its values are, whatever its sample shows', () => {
    expect(mostlyDistinct(['CS1', 'CS2', 'CS3', null])).toBe(true);
    expect(mostlyDistinct(['新建', '新建', '处理中', '新建'])).toBe(false);
    // 40 values, 20 distinct: the sample of 10 (every fourth or so) is all distinct, the column is not over half.
    const twenty = Array.from({ length: 40 }, (_, i) => `C${i % 20}`);
    expect(mostlyDistinct(twenty, 10)).toBe(false);
    expect(mostlyDistinct([...twenty, 'C0'], 10)).toBe(false);
    expect(mostlyDistinct(Array.from({ length: 40 }, (_, i) => `C${i % 21}`), 10)).toBe(true);
    // A few distinct values show few in the sample too: answered without counting the column.
    expect(mostlyDistinct(Array.from({ length: 5000 }, (_, i) => ['新建', '处理中', '已完成'][i % 3]), 100)).toBe(false);
  });

  it('ids go PLAIN as bytes, a list word keeps the writer’s dictionary choice, times and numbers carry statistics', () => {
    expect(parquetColumn('id', 'string', ['CS1', 'CS2'])).toEqual({ name: 'id', data: [new TextEncoder().encode('CS1'), new TextEncoder().encode('CS2')], statistics: false, encoding: 'PLAIN' });
    expect(parquetColumn('status', 'string', ['新建', '新建', '新建'])).toEqual({ name: 'status', data: ['新建', '新建', '新建'], statistics: false });
    expect(parquetColumn('at', 'timestamp', ['2024-03-01T09:30', null])).toEqual({ name: 'at', data: [1709285400000n, null], statistics: true });
    expect(parquetColumn('satisfaction', 'int', [5, null])).toEqual({ name: 'satisfaction', data: [5, null], statistics: true });
  });
});
