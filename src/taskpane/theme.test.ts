import { luminance, pickTheme } from './theme';

describe('theme', () => {
  it('measures luminance of hex colours', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('#000')).toBeCloseTo(0);
    expect(luminance('nonsense')).toBeNull();
    expect(luminance(undefined)).toBeNull();
  });

  it('follows Office: dark body → dark, light body → light', () => {
    expect(pickTheme({ officeBackground: '#262626' })).toBe('dark');
    expect(pickTheme({ officeBackground: '#1f1f1f', prefersDark: false })).toBe('dark');
    expect(pickTheme({ officeBackground: '#FFFFFF', prefersDark: true })).toBe('light');
    expect(pickTheme({ officeBackground: '#E6E6E6' })).toBe('light');
  });

  it('forced colours win over everything', () => {
    expect(pickTheme({ officeBackground: '#ffffff', forcedColors: true })).toBe('highContrast');
  });

  it('falls back to the colour-scheme preference without Office', () => {
    expect(pickTheme({ prefersDark: true })).toBe('dark');
    expect(pickTheme({})).toBe('light');
  });
});
