/** Small presentational pieces shared by the tabs. Fluent tokens only: themes decide the colours. */
import type { ReactNode } from 'react';
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useT } from '../i18n';
import type { ProgressState } from '../hooks/useAction';

export const useCommonStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: '0' },
  tight: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: '0' },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: 'center' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: '0',
  },
  muted: { color: tokens.colorNeutralForeground3 },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: '0',
    overflowWrap: 'anywhere',
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  wrap: { overflowWrap: 'anywhere', minWidth: '0' },
  full: { width: '100%', minWidth: '0' },
});

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  const s = useCommonStyles();
  return (
    <section className={s.section} aria-labelledby={id}>
      <Text as="h2" weight="semibold" size={300} id={id}>
        {title}
      </Text>
      {children}
    </section>
  );
}

export function ErrorBar({ error, onDismiss }: { error: string | null; onDismiss?: () => void }) {
  const t = useT();
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
        {error}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions containerAction={<Button appearance="transparent" icon={<DismissRegular />} aria-label={t('dismiss')} onClick={onDismiss} />} />
      )}
    </MessageBar>
  );
}

/** A determinate bar when the host reports progress, an indeterminate one while it has not yet. */
export function Progress({ busy, progress }: { busy: boolean; progress: ProgressState | null }) {
  const t = useT();
  if (!busy) return null;
  const value = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  const hint = progress ? t('setupProgress', { stage: progress.stage, done: progress.done, total: progress.total }) : t('working');
  return (
    <Field validationMessage={hint} validationState="none">
      <ProgressBar value={value} thickness="large" aria-label={hint} />
    </Field>
  );
}

/** Results the screen reader should announce. */
export function Live({ children }: { children: ReactNode }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {children}
    </div>
  );
}

/** "12.5 %" for a 0–1 fraction; "—" for null. */
export const percent = (x: number | null | undefined, digits = 1): string => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(digits)} %`);
/** `2024-05-08T16:30` → `2024-05-08 16:30`. */
export const showTime = (t: string | null | undefined): string => (t ? t.replace('T', ' ') : '—');
