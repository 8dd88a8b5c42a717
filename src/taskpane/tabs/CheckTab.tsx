/**
 * 检查: check every row (completion, renumbering, problems); problems in a DataGrid whose rows
 * select the offending cell; lists of overdue, due soon, escalated, needing progress, revisits.
 */
import { useMemo } from 'react';
import {
  Badge,
  Button,
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { ClipboardTaskListLtrRegular, LocationArrowRegular } from '@fluentui/react-icons';
import type { Problem } from '../../core/validation/problem';
import { localiseProblem, columnLabel } from '../../core/validation/problem';
import type { Ticket } from '../../core/schema/ticket';
import { configProblemLine } from '../../workbook/configMessages';
import { useCheck } from '../hooks/useCheck';
import { useT, type MessageKey } from '../i18n';
import { useReadOnly } from '../hooks/workbookData';
import { ErrorBar, Live, Progress, Section, showTime, useCommonStyles } from '../components/common';

const useStyles = makeStyles({
  grid: { minWidth: '0', width: '100%' },
  cell: { whiteSpace: 'normal', overflowWrap: 'anywhere', paddingTop: '4px', paddingBottom: '4px' },
});

const LISTS: { key: 'overdue' | 'dueSoon' | 'escalated' | 'needsProgress' | 'revisitsDue'; label: MessageKey }[] = [
  { key: 'overdue', label: 'checkOverdue' },
  { key: 'dueSoon', label: 'checkDueSoon' },
  { key: 'escalated', label: 'checkEscalated' },
  { key: 'needsProgress', label: 'checkNeedsProgress' },
  { key: 'revisitsDue', label: 'checkRevisits' },
];

export default function CheckTab() {
  const t = useT();
  // A workbook of a newer ServiceBook is read-only here: every writing button is off.
  const readOnly = useReadOnly();
  const s = useCommonStyles();
  const g = useStyles();
  const { status, check, goTo, selectError, clearSelectError } = useCheck();
  const report = check.result;

  const columns: TableColumnDefinition<Problem>[] = useMemo(
    () => [
      createTableColumn<Problem>({
        columnId: 'where',
        renderHeaderCell: () => `${t('checkRow')} / ${t('checkField')}`,
        renderCell: (p) => {
          const column = columnLabel(p.field, t.locale);
          return (
            <Button
              appearance="transparent"
              size="small"
              icon={<LocationArrowRegular />}
              aria-label={t('checkGoTo', { row: p.row, column })}
              onClick={() => goTo(p.row, p.field)}
            >
              {p.row} · {column}
            </Button>
          );
        },
      }),
      createTableColumn<Problem>({
        columnId: 'message',
        renderHeaderCell: () => t('checkMessage'),
        renderCell: (p) => <Text size={200}>{localiseProblem(p, t.locale)}</Text>,
      }),
    ],
    [t, goTo],
  );

  if (!status?.structured) return <Text>{t('noWorkbook')}</Text>;

  const line = (x: Ticket) =>
    t('checkTicketLine', { id: x.id, customer: x.customerName || '—', status: t.enumLabel(x.status) }) +
    (x.resolveDue ? ` · ${t('newPreviewResolve', { at: showTime(x.resolveDue) })}` : '') +
    (x.escalation ? ` · ${t.enumLabel(x.escalation)}` : '');

  return (
    <div className={s.stack}>
      <div className={s.row}>
        <Button appearance="primary" icon={<ClipboardTaskListLtrRegular />} onClick={() => void check.run()} disabled={readOnly || check.busy} data-testid="check-run">
          {t('checkRun')}
        </Button>
      </div>
      <Progress busy={check.busy} progress={check.progress} />
      <ErrorBar error={check.error} onDismiss={check.clearError} />
      <ErrorBar error={selectError} onDismiss={clearSelectError} />
      <Live>
        {report && !check.busy && (
          <Text className={s.wrap} data-testid="check-done">
            {t('checkDone', { asOf: showTime(report.asOf), completed: report.completed, renumbered: report.renumbered.length, problems: report.problems.length })}
          </Text>
        )}
      </Live>
      {report && (
        <>
          {report.configProblems.map((p) => (
            // A year Config_Holidays does not cover, a mistyped setting, a deleted table or column: where, what is wrong and how to fix it (the command's line).
            <MessageBar key={`${p.table}-${p.row}-${p.code ?? p.message}-${String(p.params?.year ?? '')}`} intent="warning" layout="multiline" data-testid="config-problem">
              <MessageBarBody>{configProblemLine(p, t.locale)}</MessageBarBody>
            </MessageBar>
          ))}
          {report.renumbered.length > 0 && (
            <ul className={s.list}>
              {report.renumbered.map((r) => (
                <li key={`${r.row}-${r.to}`}>
                  <Text size={200}>{t('checkRenumbered', r)}</Text>
                </li>
              ))}
            </ul>
          )}
          <Section title={t('checkProblemsTitle')}>
            {report.problems.length === 0 ? (
              <Text size={200}>{t('checkProblemsNone')}</Text>
            ) : (
              <DataGrid
                items={report.problems}
                columns={columns}
                getRowId={(p: Problem) => `${p.row}-${p.field}-${p.code}`}
                size="small"
                className={g.grid}
                aria-label={t('checkProblemsTitle')}
                data-testid="problems"
              >
                <DataGridHeader>
                  <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell className={g.cell}>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
                </DataGridHeader>
                <DataGridBody<Problem>>
                  {({ item, rowId }) => (
                    <DataGridRow<Problem> key={rowId}>{({ renderCell }) => <DataGridCell className={g.cell}>{renderCell(item)}</DataGridCell>}</DataGridRow>
                  )}
                </DataGridBody>
              </DataGrid>
            )}
          </Section>
          {LISTS.map(({ key, label }) => {
            const items = report[key];
            return (
              <Section key={key} title={`${t(label)}`}>
                <div>
                  <Badge appearance="tint" color={items.length ? (key === 'overdue' ? 'danger' : 'warning') : 'success'} data-testid={`count-${key}`}>
                    {items.length}
                  </Badge>
                </div>
                {items.length === 0 ? (
                  <Text size={200} className={s.muted}>
                    {t('checkListEmpty')}
                  </Text>
                ) : (
                  <ul className={s.list} aria-label={t(label)}>
                    {items.map((x) => (
                      <li key={x.id}>
                        <Text size={200} className={s.wrap}>
                          {line(x)}
                        </Text>
                      </li>
                    ))}
                  </ul>
                )}
              </Section>
            );
          })}
        </>
      )}
    </div>
  );
}
