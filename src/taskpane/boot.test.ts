import { waitForOffice } from './boot';

describe('waitForOffice', () => {
  it('reports a missing Office', async () => {
    await expect(waitForOffice(undefined, 10)).resolves.toEqual({ kind: 'noOffice' });
    await expect(waitForOffice({}, 10)).resolves.toEqual({ kind: 'noOffice' });
  });

  it('is ok inside Excel', async () => {
    const office = { HostType: { Excel: 'Excel' }, onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }) };
    await expect(waitForOffice(office, 1000)).resolves.toEqual({ kind: 'ok' });
  });

  it('names another host, or none when opened in a plain browser', async () => {
    const word = { HostType: { Excel: 'Excel' }, onReady: () => Promise.resolve({ host: 'Word', platform: 'PC' }) };
    await expect(waitForOffice(word, 1000)).resolves.toEqual({ kind: 'wrongHost', host: 'Word' });
    const browser = { HostType: { Excel: 'Excel' }, onReady: () => Promise.resolve({ host: null, platform: null }) };
    await expect(waitForOffice(browser, 1000)).resolves.toEqual({ kind: 'wrongHost', host: null });
  });

  it('gives up when onReady never resolves', async () => {
    const stuck = { onReady: () => new Promise<{ host: unknown; platform: unknown }>(() => undefined) };
    await expect(waitForOffice(stuck, 20)).resolves.toEqual({ kind: 'timeout' });
  });

  it('treats a throwing onReady as no Office', async () => {
    const broken = {
      onReady: () => {
        throw new Error('boom');
      },
    };
    await expect(waitForOffice(broken, 1000)).resolves.toEqual({ kind: 'noOffice' });
  });
});
