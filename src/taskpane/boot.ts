/**
 * Waits for Office.js: resolves 'ok' when Office is ready inside Excel, otherwise the reason the
 * pane cannot run (so the page shows a message instead of staying blank).
 */
export type BootResult = { kind: 'ok' } | { kind: 'noOffice' } | { kind: 'timeout' } | { kind: 'wrongHost'; host: string | null };

interface OfficeLike {
  onReady?: (cb?: (info: { host: unknown; platform: unknown }) => void) => Promise<{ host: unknown; platform: unknown }>;
  HostType?: { Excel?: unknown };
}

export async function waitForOffice(office: OfficeLike | undefined, timeoutMs: number): Promise<BootResult> {
  if (!office || typeof office.onReady !== 'function') return { kind: 'noOffice' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<BootResult>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
  });
  const ready = Promise.resolve()
    .then(() => office.onReady!())
    .then((info): BootResult => {
      const excel = office.HostType?.Excel ?? 'Excel';
      return info && info.host === excel ? { kind: 'ok' } : { kind: 'wrongHost', host: info && info.host != null ? String(info.host) : null };
    })
    .catch((): BootResult => ({ kind: 'noOffice' }));
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
