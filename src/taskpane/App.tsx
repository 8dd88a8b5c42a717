/**
 * The pane's shell: theme, language, host, the five tabs (each loaded on first use, then kept
 * mounted so a half-filled form survives a look at another tab) and the result toaster.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type LazyExoticComponent } from 'react';
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  Toast,
  ToastTitle,
  Toaster,
  tokens,
  useId,
  useToastController,
  type SelectTabData,
} from '@fluentui/react-components';
import {
  ArrowSyncCircleRegular,
  ChartMultipleRegular,
  ClipboardTaskListLtrRegular,
  DocumentAddRegular,
  EditRegular,
} from '@fluentui/react-icons';
import type { Locale } from '../core/schema/fieldMeta';
import type { ServiceBookHost } from '../excel/serviceBookHost';
import { ErrorBoundary } from './components/ErrorBoundary';
import { HostContext } from './hooks/hostContext';
import { NotifyContext, type Notify } from './hooks/notify';
import { useWorkbook, WorkbookProvider } from './hooks/workbookData';
import { I18nContext, makeTranslator, useT, type MessageKey } from './i18n';
import { newerSchemaLine } from './i18n/hostErrors';
import { useUpgrade } from './hooks/useUpgrade';
import { UpgradeOffer } from './components/UpgradeOffer';
import type { ThemeName } from './theme';
import { THEME_OBJECTS } from './themes';


/** Tabs are default exports loaded as their own chunks (webpack compiles them as ES modules). */
const lazyView = (load: () => Promise<unknown>): LazyExoticComponent<ComponentType> => lazy(load as () => Promise<{ default: ComponentType }>);

export type TabId = 'setup' | 'new' | 'update' | 'check' | 'stats';
const TABS: { id: TabId; label: MessageKey; icon: JSX.Element; view: LazyExoticComponent<ComponentType> }[] = [
  { id: 'setup', label: 'tabSetup', icon: <ArrowSyncCircleRegular />, view: lazyView(() => import(/* webpackChunkName: "tab-setup" */ './tabs/SetupTab.js')) },
  { id: 'new', label: 'tabNew', icon: <DocumentAddRegular />, view: lazyView(() => import(/* webpackChunkName: "tab-new" */ './tabs/NewTicketTab.js')) },
  { id: 'update', label: 'tabUpdate', icon: <EditRegular />, view: lazyView(() => import(/* webpackChunkName: "tab-update" */ './tabs/UpdateTab.js')) },
  { id: 'check', label: 'tabCheck', icon: <ClipboardTaskListLtrRegular />, view: lazyView(() => import(/* webpackChunkName: "tab-check" */ './tabs/CheckTab.js')) },
  { id: 'stats', label: 'tabStats', icon: <ChartMultipleRegular />, view: lazyView(() => import(/* webpackChunkName: "tab-stats" */ './tabs/StatsTab.js')) },
];

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  root: { display: 'flex', flexDirection: 'column', minWidth: '0', maxWidth: '100%', boxSizing: 'border-box' },
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  tabs: { overflowX: 'auto', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalXS },
  // Five tabs must fit 320 px: tight padding, and below 380 px the icons give way to the words.
  tab: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    minWidth: '0',
    '@media (max-width: 379px)': { '& .fui-Tab__icon': { display: 'none' } },
  },
  panel: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`, minWidth: '0' },
  hint: { color: tokens.colorNeutralForeground3 },
});

function WorkbookStatus() {
  const t = useT();
  const s = useStyles();
  const wb = useWorkbook();
  // Kept across the reload an upgrade makes, so what it added stays on screen.
  const { upgrade, available } = useUpgrade();
  if (wb.loading) return <Spinner size="extra-tiny" label={t('loading')} />;
  if (wb.error)
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
          {wb.error}
        </MessageBarBody>
      </MessageBar>
    );
  if (!wb.status) return null;
  // A later ServiceBook made this workbook: one line, and every writing operation refuses.
  const newer = newerSchemaLine(wb.status.schemaVersion, t);
  return (
    <>
      {newer && (
        <MessageBar intent="error" data-testid="schema-too-new">
          <MessageBarBody>{newer}</MessageBarBody>
        </MessageBar>
      )}
      <Text size={200} className={s.hint} data-testid="workbook-status">
        {wb.status.structured ? t('statusStructured', { count: wb.status.ticketCount }) : t('statusNotStructured')}
      </Text>
      {available && <UpgradeOffer needed={newer ? undefined : wb.status.upgrade} action={upgrade} />}
      {wb.status.missing.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('missingSets')} {wb.status.missing.map((m) => t('missingSetItem', { set: m.set, feature: t(`feature.${m.feature}`) })).join(t('listSep'))}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

function TabFailed({ message }: { message: string }) {
  const t = useT();
  return (
    <MessageBar intent="error" data-testid="tab-failed">
      <MessageBarBody>
        <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
        {t('tabFailed', { message })}
      </MessageBarBody>
    </MessageBar>
  );
}

function Pane({ initialTab }: { initialTab: TabId }) {
  const t = useT();
  const s = useStyles();
  const [tab, setTab] = useState<TabId>(initialTab);
  const [visited, setVisited] = useState<Set<TabId>>(() => new Set([initialTab]));
  const chosen = useRef(false);
  const show = useCallback((id: TabId) => {
    setTab(id);
    setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
  }, []);
  const onTabSelect = useCallback(
    (_: unknown, d: SelectTabData) => {
      chosen.current = true;
      show(d.value as TabId);
    },
    [show],
  );
  // A workbook that is already set up when the pane opens starts on 登记, where agents spend
  // their day; one set up from this pane stays on 开始 to show the result.
  const status = useWorkbook().status;
  const firstStatus = useRef(true);
  useEffect(() => {
    if (!status || !firstStatus.current) return;
    firstStatus.current = false;
    if (status.structured && !chosen.current && initialTab === 'setup') show('new');
  }, [status, initialTab, show]);
  const baseId = useId('sb-tab');

  return (
    <main className={s.root} aria-label={t('appTitle')}>
      <div className={s.header}>
        <Text as="h1" weight="semibold" size={400}>
          {t('appTitle')}
        </Text>
        <WorkbookStatus />
      </div>
      <TabList className={s.tabs} selectedValue={tab} onTabSelect={onTabSelect} size="small" aria-label={t('tabsLabel')}>
        {TABS.map((x) => (
          <Tab key={x.id} className={s.tab} value={x.id} icon={x.icon} id={`${baseId}-${x.id}`} aria-controls={`${baseId}-${x.id}-panel`} data-testid={`tab-${x.id}`}>
            {t(x.label)}
          </Tab>
        ))}
      </TabList>
      {TABS.filter((x) => visited.has(x.id)).map((x) => (
        <section
          key={x.id}
          id={`${baseId}-${x.id}-panel`}
          role="tabpanel"
          aria-labelledby={`${baseId}-${x.id}`}
          hidden={tab !== x.id}
          className={s.panel}
        >
          <ErrorBoundary fallback={(e) => <TabFailed message={e.message} />}>
            <Suspense fallback={<Spinner size="small" label={t('loading')} />}>
              <x.view />
            </Suspense>
          </ErrorBoundary>
        </section>
      ))}
    </main>
  );
}

function Toasts({ children }: { children: React.ReactNode }) {
  const toasterId = useId('sb-toaster');
  const { dispatchToast } = useToastController(toasterId);
  const notify = useCallback<Notify>(
    (text, intent = 'success') =>
      dispatchToast(
        <Toast>
          <ToastTitle>{text}</ToastTitle>
        </Toast>,
        { intent, timeout: 6000 },
      ),
    [dispatchToast],
  );
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Toaster toasterId={toasterId} position="bottom" limit={1} pauseOnHover pauseOnWindowBlur />
    </NotifyContext.Provider>
  );
}

export interface AppProps {
  host: ServiceBookHost;
  locale: Locale;
  theme: ThemeName;
  initialTab?: TabId;
}

export function App({ host, locale, theme, initialTab = 'setup' }: AppProps) {
  const s = useStyles();
  const t = useMemo(() => makeTranslator(locale), [locale]);
  return (
    // Styles go on an inner div: the provider's className is also applied to portals (popups),
    // and a full-height portal node would cover the pane and swallow clicks.
    <FluentProvider theme={THEME_OBJECTS[theme]} lang={locale} data-theme={theme}>
      <div className={s.provider}>
      <I18nContext.Provider value={t}>
        <HostContext.Provider value={host}>
          <WorkbookProvider>
            <Toasts>
              <Pane initialTab={initialTab} />
            </Toasts>
          </WorkbookProvider>
        </HostContext.Provider>
      </I18nContext.Provider>
      </div>
    </FluentProvider>
  );
}
