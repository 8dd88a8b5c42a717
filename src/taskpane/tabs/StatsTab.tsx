/**
 * 统计: pick a period (this week, last week, this month, this quarter, custom), refresh the
 * statistics sheet, and read the key figures with their change against the previous period.
 * Past a busy year of tickets it advises archiving, with the command that does it.
 */
import { useState } from 'react';
import { Button, Dropdown, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Option, Text, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import { ADVISED_KEEP, ARCHIVE_ADVISED_TICKETS, isArchiveAdvised } from '../../core/archive/archiveAdvice';
import type { StatsReport } from '../../core/stats/computeStats';
import { LEVELS } from '../../core/schema/enums';
import { useStats } from '../hooks/useStats';
import { nowIn } from '../hooks/useTickets';
import { useNotify } from '../hooks/notify';
import { useT, type MessageKey } from '../i18n';
import { useReadOnly } from '../hooks/workbookData';
import { ErrorBar, Live, percent, Progress, Section, useCommonStyles } from '../components/common';
import { lastDayOf, PERIOD_CHOICES, periodFor, type PeriodChoice } from './periods';

const CHOICE_LABEL: Record<PeriodChoice, MessageKey> = {
  thisWeek: 'statsThisWeek',
  lastWeek: 'statsLastWeek',
  thisMonth: 'statsThisMonth',
  quarter: 'statsQuarter',
  custom: 'statsCustom',
};

const useStyles = makeStyles({
  figures: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS },
  value: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  command: { display: 'block', fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere', userSelect: 'all', marginBlock: tokens.spacingVerticalXS },
});

type Kind = 'count' | 'rate' | 'score';
interface Figure {
  label: MessageKey;
  value: (r: StatsReport) => number | null;
  change: (r: StatsReport) => number | null;
  kind: Kind;
}
const FIGURES: Figure[] = [
  { label: 'statsReceived', value: (r) => r.received, change: (r) => r.change.received, kind: 'count' },
  { label: 'statsResolved', value: (r) => r.resolved, change: (r) => r.change.resolved, kind: 'count' },
  { label: 'statsBacklog', value: (r) => r.backlog, change: (r) => r.change.backlog, kind: 'count' },
  { label: 'statsOverdueOpen', value: (r) => r.overdueOpen, change: (r) => r.change.overdueOpen, kind: 'count' },
  { label: 'statsOnTimeResponse', value: (r) => r.onTimeResponseRate, change: (r) => r.change.onTimeResponseRate, kind: 'rate' },
  { label: 'statsOnTimeResolution', value: (r) => r.onTimeResolutionRate, change: (r) => r.change.onTimeResolutionRate, kind: 'rate' },
  { label: 'statsCsat', value: (r) => r.csat.mean, change: (r) => r.change.csatMean, kind: 'score' },
  { label: 'statsSatisfiedShare', value: (r) => r.csat.satisfiedShare, change: (r) => r.change.csatSatisfiedShare, kind: 'rate' },
  { label: 'statsReopened', value: (r) => r.reopened, change: (r) => r.change.reopened, kind: 'count' },
];

const signed = (x: number, digits: number): string => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(digits)}`;

export default function StatsTab() {
  const t = useT();
  // A workbook of a newer ServiceBook is read-only here: every writing button is off.
  const readOnly = useReadOnly();
  const s = useCommonStyles();
  const st = useStyles();
  const notify = useNotify();
  const { settings, status, refresh } = useStats();
  const [choice, setChoice] = useState<PeriodChoice>('thisWeek');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const report = refresh.result;

  if (!status?.structured) return <Text>{t('noWorkbook')}</Text>;

  const period = periodFor(choice, nowIn(settings), from, to);
  const badRange = choice === 'custom' && from !== '' && to !== '' && period === null;

  const show = (x: number | null, kind: Kind): string => (x === null ? '—' : kind === 'rate' ? percent(x) : kind === 'score' ? x.toFixed(2) : String(x));
  const showChange = (x: number | null, kind: Kind): string => {
    if (x === null) return t('statsNoPrevious');
    if (x === 0) return t('statsNoChange');
    const v = kind === 'rate' ? t('statsPoints', { value: signed(x * 100, 1) }) : signed(x, kind === 'score' ? 2 : 0);
    return t('statsChange', { value: v });
  };

  const run = async () => {
    if (!period) return;
    const r = await refresh.run(period);
    if (r) notify(t('statsRefreshed', { start: period.start.slice(0, 10), end: lastDayOf(period) }));
  };

  return (
    <div className={s.stack}>
      {isArchiveAdvised(status.ticketCount) && (
        <MessageBar intent="warning" layout="multiline" data-testid="archive-advice">
          <MessageBarBody>
            <MessageBarTitle>{t('statsArchiveTitle')}</MessageBarTitle>
            {t('statsArchiveBody', { count: status.ticketCount, limit: ARCHIVE_ADVISED_TICKETS })}
            <code className={st.command}>{t('statsArchiveCommand', { keep: ADVISED_KEEP })}</code>
            {t('statsArchiveClose')}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('statsPeriod')}>
        <Dropdown value={t(CHOICE_LABEL[choice])} selectedOptions={[choice]} onOptionSelect={(_, d) => d.optionValue && setChoice(d.optionValue as PeriodChoice)} data-testid="period">
          {PERIOD_CHOICES.map((c) => (
            <Option key={c} value={c}>
              {t(CHOICE_LABEL[c])}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {choice === 'custom' && (
        <>
          <Field label={t('statsFrom')}>
            <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
          </Field>
          <Field label={t('statsTo')} validationMessage={badRange ? t('statsBadRange') : undefined} validationState={badRange ? 'error' : 'none'}>
            <Input type="date" value={to} onChange={(_, d) => setTo(d.value)} />
          </Field>
        </>
      )}
      {period && (
        <Text size={200} className={s.muted}>
          {period.start.slice(0, 10)} – {lastDayOf(period)}
        </Text>
      )}
      <div className={s.row}>
        <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={() => void run()} disabled={readOnly || refresh.busy || !period} data-testid="stats-refresh">
          {t('statsRefresh')}
        </Button>
      </div>
      <Progress busy={refresh.busy} progress={refresh.progress} />
      <ErrorBar error={refresh.error} onDismiss={refresh.clearError} />
      <Live>
        {report && !refresh.busy && (
          <Text size={200} data-testid="stats-done">
            {t('statsRefreshed', { start: report.period.start.slice(0, 10), end: lastDayOf(report.period) })}
          </Text>
        )}
      </Live>
      {report && (
        <>
          <div className={st.figures} data-testid="figures">
            {FIGURES.map((f) => {
              const c = f.change(report);
              return (
                <div key={f.label} className={s.card} role="group" aria-label={t(f.label)}>
                  <Text size={200}>{t(f.label)}</Text>
                  <Text className={st.value}>{show(f.value(report), f.kind)}</Text>
                  <Text size={200} className={s.muted}>
                    {c !== null && c > 0 ? <ArrowUpRegular aria-hidden /> : c !== null && c < 0 ? <ArrowDownRegular aria-hidden /> : null} {showChange(c, f.kind)}
                  </Text>
                </div>
              );
            })}
          </div>
          <Section title={t('statsResolutionHours')}>
            <ul className={s.list}>
              {LEVELS.map((l) => (
                <li key={l}>
                  <Text size={200}>
                    {t.enumLabel(l)}：{report.resolutionHours[l].mean ?? '—'}（n={report.resolutionHours[l].count}）
                  </Text>
                </li>
              ))}
            </ul>
          </Section>
          {report.topTypes.length > 0 && (
            <Section title={t('statsTopTypes')}>
              <ol className={s.list}>
                {report.topTypes.map((x) => (
                  <li key={x.category}>
                    <Text size={200}>
                      {t.enumLabel(x.category)} · {x.count} · {x.share} %
                    </Text>
                  </li>
                ))}
              </ol>
            </Section>
          )}
        </>
      )}
    </div>
  );
}
