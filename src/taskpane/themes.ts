/** The Fluent theme objects behind the theme names of `theme.ts`. */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeName } from './theme';

export const THEME_OBJECTS: Record<ThemeName, Theme> = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };
