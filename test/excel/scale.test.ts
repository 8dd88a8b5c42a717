/**
 * Sync counts stay constant as the table grows: the same operations on 1,000 and 100,000 rows
 * differ only by the syncs spent on blocks of large reads and writes, and no request is ever
 * near Excel on the web's 5 MB limit.
 */
import { completeTicket } from '../../src/core/engine/completeTicket';
import { getPreset } from '../../src/core/presets';
import { emptyTicket, type Ticket } from '../../src/core/schema/ticket';
import { periodContaining } from '../../src/core/stats/period';
import { ticketRowFor } from '../../src/excel/cellValues';
import { rowsPerReadBlock } from '../../src/excel/payload';
import { headersOf } from '../fake-excel/table';
import { setup } from './helpers';

const LIMIT = 5 * 1024 * 1024;
jest.setTimeout(600_000);

async function workbookWith(n: number) {
  const env = setup();
  await env.host.setupWorkbook('standard');
  const settings = getPreset('standard').settings;
  const template = completeTicket(
    { ...emptyTicket(), receivedAt: '2024-05-08T09:00', status: '处理中', category: '咨询', subject: '咨询产品功能', description: '客户询问如何导出报表', customerName: '张*', channel: '电话' },
    { settings, asOf: '2024-05-08T16:30' },
  );
  const headers = headersOf(env.office.table('Tickets'));
  const rows: unknown[][] = [];
  for (let i = 1; i <= n; i++) rows.push(ticketRowFor({ ...template, id: `SB20240508${String(i).padStart(6, '0')}` } as Ticket, headers));
  env.office.appendTableRows('Tickets', rows);
  return env;
}

type Env = Awaited<ReturnType<typeof workbookWith>>;

async function measure(env: Env): Promise<Record<string, { syncs: number; blockSyncs: number }>> {
  const { office, host } = env;
  const out: Record<string, { syncs: number; blockSyncs: number }> = {};
  const step = async (name: string, f: () => Promise<unknown>) => {
    office.resetCounters();
    await f();
    out[name] = host.lastSyncs();
    // Every sync the host made reached the fake, and none failed or came near the limit.
    expect({ name, syncs: office.syncCount }).toEqual({ name, syncs: out[name].syncs });
    expect(office.requests.every((r) => r.failed === '')).toBe(true);
    expect(office.maxRequestBytes).toBeLessThan(LIMIT / 2);
    expect(Math.max(...office.requests.map((r) => r.responseBytes))).toBeLessThan(LIMIT);
  };
  await step('status', () => host.status());
  let added: Ticket | null = null;
  await step('add', async () => (added = await host.addTicket({ ...emptyTicket(), receivedAt: '2024-05-08T10:00', subject: 'x', category: '投诉' }, 'a')));
  await step('update', () => host.updateTicket(added!, { fields: { status: '处理中' } }, 'a'));
  await step('check', () => host.checkRows());
  await step('stats', () => host.refreshStats(periodContaining('week', '2024-05-08T16:30')));
  return out;
}

describe('sync counts', () => {
  it('are the same for 1,000 and 100,000 rows apart from block syncs', async () => {
    const small = await measure(await workbookWith(1_000));
    const large = await measure(await workbookWith(100_000));
    for (const k of Object.keys(small)) {
      expect({ op: k, fixed: large[k].syncs - large[k].blockSyncs }).toEqual({ op: k, fixed: small[k].syncs - small[k].blockSyncs });
    }
    // Reading 100,000 ids needs at least this many blocks; the whole table more.
    expect(large.add.blockSyncs).toBeGreaterThanOrEqual(Math.ceil(100_000 / rowsPerReadBlock(1)));
    expect(large.check.blockSyncs).toBeGreaterThan(small.check.blockSyncs);
    expect(small.status.blockSyncs).toBe(0);
    expect(large.status).toEqual(small.status);
  });
});
