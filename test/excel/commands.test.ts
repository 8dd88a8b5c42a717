import { emptyTicket } from '../../src/core/schema/ticket';
import { dialogNotify, makeCommands, register } from '../../src/commands/commands';
import { setup } from './helpers';

const event = () => ({ completed: jest.fn() }) as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('ribbon commands', () => {
  it('check rows and refresh stats complete the event and show a result', async () => {
    const { host } = setup();
    await host.setupWorkbook('standard');
    await host.addTicket({ ...emptyTicket(), receivedAt: '2024-05-06T10:00', subject: 'a', category: '投诉' }, 'x');
    const shown: string[] = [];
    const commands = makeCommands(host, async (m) => void shown.push(m));
    const e = event();
    await commands.checkRows(e);
    await commands.refreshStats(e);
    expect(e.completed).toHaveBeenCalledTimes(2);
    expect(shown[0]).toMatch(/^检查完成：补全 0 行，重新编号 0 个.*已超时 1/);
    expect(shown[1]).toMatch(/^统计已刷新/);
  });

  it('words a host failure in the display language, and still completes the event', async () => {
    const { host } = setup({ displayLanguage: 'en-US' });
    const shown: string[] = [];
    const e = event();
    await makeCommands(host, async (m) => void shown.push(m)).refreshStats(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(shown[0]).toBe('Failed: This workbook has no Tickets table; set it up in Setup first.');
    expect(shown[0]).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('completes the event only once the user has closed the result dialog', async () => {
    const { office, host } = setup();
    await host.setupWorkbook('standard');
    const e = event();
    const running = makeCommands(host, dialogNotify).checkRows(e);
    for (let i = 0; i < 50 && !office.openDialog; i++) await settle();
    expect(office.openDialog?.url).toContain('message=');
    await settle();
    expect(e.completed).not.toHaveBeenCalled();
    office.openDialog!.userCloses();
    await running;
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('shows a second click: its result replaces the dialog still open, and a click while running says so', async () => {
    const { office, host } = setup();
    await host.setupWorkbook('standard');
    const commands = makeCommands(host, dialogNotify);
    const first = event();
    const firstRun = commands.checkRows(first);
    for (let i = 0; i < 50 && !office.openDialog; i++) await settle();
    // Second click while the first result is still on screen: its own result is shown.
    const second = event();
    const secondRun = commands.refreshStats(second);
    for (let i = 0; i < 50 && !office.openDialog?.url.includes(encodeURIComponent('统计已刷新')); i++) await settle();
    expect(decodeURIComponent(office.openDialog!.url)).toContain('统计已刷新');
    await firstRun;
    expect(first.completed).toHaveBeenCalledTimes(1);
    office.openDialog!.userCloses();
    await secondRun;
    expect(second.completed).toHaveBeenCalledTimes(1);
    // A click while the same command still runs.
    const a = event();
    const b = event();
    const runA = commands.checkRows(a);
    const runB = commands.checkRows(b);
    for (let i = 0; i < 50 && !office.openDialog; i++) await settle();
    expect(decodeURIComponent(office.dialogs[office.dialogs.length - 1])).toContain('「检查」仍在进行中');
    office.openDialog!.userCloses();
    await runB;
    for (let i = 0; i < 200 && !office.openDialog; i++) await settle();
    office.openDialog?.userCloses();
    await runA;
    expect(a.completed).toHaveBeenCalledTimes(1);
    expect(b.completed).toHaveBeenCalledTimes(1);
  });

  it('registers both functions with Office.actions.associate', () => {
    const { office } = setup();
    register();
    expect([...office.actions.keys()].sort()).toEqual(['checkRows', 'refreshStats']);
  });
});
