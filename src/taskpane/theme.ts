/**
 * Which Fluent theme follows Office's: high contrast when the OS forces colours, dark when
 * Office's body background is dark, else light. Pure, so it can be tested without a browser.
 */
export type ThemeName = 'light' | 'dark' | 'highContrast';

/** Relative luminance (0 black … 1 white) of `#rgb`/`#rrggbb`; null when unreadable. */
export function luminance(color: string | null | undefined): number | null {
  if (!color) return null;
  let hex = color.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function pickTheme(opts: { officeBackground?: string | null; forcedColors?: boolean; prefersDark?: boolean }): ThemeName {
  if (opts.forcedColors) return 'highContrast';
  const l = luminance(opts.officeBackground);
  if (l !== null) return l < 0.2 ? 'dark' : 'light';
  return opts.prefersDark ? 'dark' : 'light';
}

/** Reads the environment: Office's theme when present, and the forced-colors/contrast media queries. */
export function detectTheme(win: Window & { Office?: typeof Office }): ThemeName {
  const mq = (q: string): boolean => (typeof win.matchMedia === 'function' ? win.matchMedia(q).matches : false);
  let officeBackground: string | null = null;
  try {
    officeBackground = win.Office?.context?.officeTheme?.bodyBackgroundColor ?? null;
  } catch {
    officeBackground = null;
  }
  return pickTheme({
    officeBackground,
    forcedColors: mq('(forced-colors: active)') || mq('(-ms-high-contrast: active)'),
    prefersDark: mq('(prefers-color-scheme: dark)'),
  });
}
