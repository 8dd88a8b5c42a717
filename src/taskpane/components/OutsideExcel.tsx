/**
 * Shown instead of the pane when Office.js is missing, never initialises, or the host is not
 * Excel: the same explanation in all three languages, the display language first.
 */
import { FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { LOCALES, type Locale } from '../../core/schema/fieldMeta';
import { makeTranslator } from '../i18n';
import { THEME_OBJECTS } from '../themes';
import type { ThemeName } from '../theme';

export type OutsideReason = 'noOffice' | 'timeout' | 'wrongHost';
const REASON_KEY = { noOffice: 'outsideNoOffice', timeout: 'outsideTimeout', wrongHost: 'outsideWrongHost' } as const;

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, boxSizing: 'border-box' },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM },
});

export function OutsideExcel({ reason, locale, theme }: { reason: OutsideReason; locale: Locale; theme: ThemeName }) {
  const s = useStyles();
  const order = [locale, ...LOCALES.filter((l) => l !== locale)];
  return (
    <FluentProvider theme={THEME_OBJECTS[theme]} lang={locale}>
      <div className={s.root}>
      <main className={s.list} data-testid="outside-excel" role="alert">
        {order.map((l) => {
          const t = makeTranslator(l);
          return (
            <MessageBar key={l} intent={l === locale ? 'warning' : 'info'} layout="multiline" lang={l}>
              <MessageBarBody>
                <MessageBarTitle>{t('outsideTitle')}</MessageBarTitle>
                <Text block>{t(REASON_KEY[reason])}</Text>
                <Text block>{t('outsideBody')}</Text>
              </MessageBarBody>
            </MessageBar>
          );
        })}
      </main>
      </div>
    </FluentProvider>
  );
}
