import { emptyTicket } from '../../src/core/schema/ticket';
import { makeCommands, register } from '../../src/commands/commands';
import { setup } from './helpers';

describe('ribbon commands', () => {
  it('check rows and refresh stats complete the event and show a result', async () => {
    const { host } = setup();
    await host.setupWorkbook('standard');
    await host.addTicket({ ...emptyTicket(), receivedAt: '2024-05-06T10:00', subject: 'a', category: '投诉' }, 'x');
    const shown: string[] = [];
    const commands = makeCommands(host, (m) => shown.push(m));
    const completed = jest.fn();
    await commands.checkRows({ completed } as unknown as Office.AddinCommands.Event);
    await commands.refreshStats({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(2);
    expect(shown[0]).toMatch(/^检查完成：补全 0 行，重新编号 0 个.*已超时 1/);
    expect(shown[1]).toMatch(/^统计已刷新/);
  });

  it('reports a failure and still completes the event', async () => {
    const { host } = setup({ displayLanguage: 'en-US' });
    const shown: string[] = [];
    const completed = jest.fn();
    await makeCommands(host, (m) => shown.push(m)).refreshStats({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(shown[0]).toMatch(/^Failed: /);
  });

  it('registers both functions with Office.actions.associate', () => {
    const { office } = setup();
    register();
    expect([...office.actions.keys()].sort()).toEqual(['checkRows', 'refreshStats']);
  });
});
