import { seedFixtures } from './fixtures';
import { recognizeTable } from './recognizeTable';
import { readTickets } from '../parse/readTickets';
import { getPreset } from '../presets';
test('perf', () => {
  for (const f of seedFixtures()) {
    const rows = f.grid.slice(f.firstDataRow, f.lastDataRow + 1);
    const grid = [...f.grid.slice(0, f.firstDataRow)];
    for (let i = 0; i < 100000; i++) grid.push(rows[i % rows.length]);
    const t0 = Date.now();
    const g = recognizeTable(grid)!;
    const t1 = Date.now();
    const r = readTickets(grid, g, { settings: getPreset(f.preset).settings, source: 'x' });
    console.log(f.preset, g.lastDataRow, t1 - t0, Date.now() - t1, r.tickets.length);
  }
});
