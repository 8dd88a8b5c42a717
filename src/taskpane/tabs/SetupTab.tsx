/**
 * 开始: choose a preset, then set up a new structured workbook or convert the current sheet —
 * detect the table, let the user confirm or correct each header's field, import with progress.
 */
import { useEffect, useMemo, useState } from 'react';
import { Badge, Button, Dropdown, Field, Option, Text, useId } from '@fluentui/react-components';
import { ArrowImportRegular, SearchRegular, TableAddRegular } from '@fluentui/react-icons';
import { PRESETS } from '../../core/presets/index';
import { maskContact } from '../../core/privacy/maskContact';
import { redactSecrets } from '../../core/privacy/redactSecrets';
import { FIELD_META } from '../../core/schema/fieldMeta';
import { TICKET_FIELDS, type TicketField } from '../../core/schema/ticket';
import type { ColumnGuess, TableGuess } from '../../core/headers/types';
import { useSetup } from '../hooks/useSetup';
import type { SetupSummary } from '../../excel/serviceBookHost';
import type { FeatureKey } from '../../excel/requirements';
import { useT } from '../i18n';
import { useReadOnly } from '../hooks/workbookData';
import { ErrorBar, Live, percent, Progress, Section, useCommonStyles } from '../components/common';
import { applyMapping, COMPOUND, EXTRA, mappingValue } from './mapping';

/** What setup or import did around the team's own sheets, and what this Excel could not add. */
function SetupNotes({ summary }: { summary: SetupSummary }) {
  const t = useT();
  const s = useCommonStyles();
  const skipped = summary.skipped.filter((k): k is FeatureKey => k in FEATURE_KEYS);
  return (
    <>
      {summary.renamed.map((r) => (
        <Text key={r.from} size={200} className={s.wrap} data-testid="setup-renamed">
          {t('setupRenamed', r)}
        </Text>
      ))}
      {skipped.length > 0 && (
        <Text size={200} className={s.wrap} data-testid="setup-skipped">
          {t('setupSkipped', { features: skipped.map((k) => t(`feature.${k}`)).join(t('listSep')) })}
        </Text>
      )}
    </>
  );
}

const FEATURE_KEYS: Record<string, true> = { dataValidation: true, conditionalFormats: true, pivotTables: true };

const confidenceColor = (c: number) => (c >= 0.9 ? 'success' : c >= 0.6 ? 'warning' : 'danger');

export default function SetupTab() {
  const t = useT();
  // A workbook of a newer ServiceBook is read-only here: every writing button is off.
  const readOnly = useReadOnly();
  const s = useCommonStyles();
  const { setup, detect, convert, status } = useSetup();
  const [presetId, setPresetId] = useState<string>(status?.preset ?? 'standard');
  const [guess, setGuess] = useState<TableGuess | null>(null);
  const presetLabelId = useId('preset');
  const busy = setup.busy || detect.busy || convert.busy;

  const detection = detect.result;
  useEffect(() => {
    if (!detection) return;
    setGuess(detection.guess);
    if (detection.presetGuess?.id) setPresetId(detection.presetGuess.id);
  }, [detection]);

  const preset = PRESETS.find((p) => p.id === presetId) ?? PRESETS[0];
  const fieldOptions = useMemo(() => TICKET_FIELDS.map((f) => ({ value: f, label: FIELD_META[f].labels[t.locale] })), [t.locale]);
  const labelOf = (value: string): string => {
    if (value === EXTRA) return t('setupKeepExtra');
    if (value.startsWith(COMPOUND)) return t('setupCompound', { kind: value.slice(COMPOUND.length) });
    return FIELD_META[value as TicketField]?.labels[t.locale] ?? value;
  };
  const sample = (c: ColumnGuess): string => {
    const rows = detection?.preview ?? [];
    const row = rows.find((r) => r[c.index] !== undefined && r[c.index] !== null && String(r[c.index]) !== c.header);
    if (!row) return '';
    // The preview never shows a full phone number, e-mail address, ID-card or bank-card number.
    const text = redactSecrets(String(row[c.index]), { contacts: true }).text;
    return c.field === 'contact' ? maskContact(text) : text;
  };

  return (
    <div className={s.stack}>
      <Field label={{ children: t('setupPresetLabel'), id: presetLabelId }} hint={t('setupPresetHint')}>
        <Dropdown
          aria-labelledby={presetLabelId}
          value={preset?.labels[t.locale] ?? presetId}
          selectedOptions={[presetId]}
          onOptionSelect={(_, d) => d.optionValue && setPresetId(d.optionValue)}
          disabled={busy}
          data-testid="preset"
        >
          {PRESETS.map((p) => (
            <Option key={p.id} value={p.id}>
              {p.labels[t.locale]}
            </Option>
          ))}
        </Dropdown>
      </Field>

      <Section title={t('setupNewTitle')}>
        <div className={s.row}>
          <Button appearance="primary" icon={<TableAddRegular />} disabled={readOnly || busy} onClick={() => void setup.run(presetId)} data-testid="setup-new">
            {t('setupNewButton')}
          </Button>
        </div>
        <Progress busy={setup.busy} progress={setup.progress} />
        <ErrorBar error={setup.error} onDismiss={setup.clearError} />
        <Live>
          {setup.result && !setup.busy ? (
            <div className={s.tight}>
              <Text data-testid="setup-done">{t('setupNewDone')}</Text>
              <SetupNotes summary={setup.result} />
            </div>
          ) : null}
        </Live>
      </Section>

      <Section title={t('setupConvertTitle')}>
        <div className={s.row}>
          <Button icon={<SearchRegular />} disabled={busy} onClick={() => void detect.run()} data-testid="detect">
            {t('setupDetectButton')}
          </Button>
        </div>
        <Progress busy={detect.busy} progress={detect.progress} />
        <ErrorBar error={detect.error} onDismiss={detect.clearError} />
        <Live>
          {detection && (
            <Text className={s.wrap}>
              {detection.guess
                ? t('setupDetected', {
                    sheet: detection.sheetName,
                    header: detection.guess.headerRow + 1,
                    first: detection.guess.firstDataRow + 1,
                    last: detection.guess.lastDataRow + 1,
                  })
                : t('setupNotDetected')}{' '}
              {detection.guess && detection.presetGuess
                ? t('setupPresetGuess', {
                    preset: PRESETS.find((p) => p.id === detection.presetGuess.id)?.labels[t.locale] ?? detection.presetGuess.id,
                    confidence: percent(detection.presetGuess.confidence, 0),
                  })
                : null}
            </Text>
          )}
        </Live>
        {guess && (
          <>
            <Text as="h3" weight="semibold">
              {t('setupMappingTitle')}
            </Text>
            <Text size={200} className={s.muted}>
              {t('setupMappingHint')}
            </Text>
            <div className={s.tight} data-testid="mapping">
              {guess.columns.map((c, i) => {
                const value = mappingValue(c);
                const ex = sample(c);
                return (
                  <div key={c.index} className={s.card}>
                    <Field
                      label={`${t('setupSourceHeader')}：${c.header || `#${c.index + 1}`}`}
                      hint={ex ? `${t('setupPreview')}：${ex.slice(0, 60)}` : undefined}
                    >
                      <Dropdown
                        value={labelOf(value)}
                        selectedOptions={[value]}
                        disabled={busy}
                        onOptionSelect={(_, d) =>
                          d.optionValue && setGuess({ ...guess, columns: guess.columns.map((x, j) => (j === i ? applyMapping(x, d.optionValue!) : x)) })
                        }
                      >
                        <Option value={EXTRA}>{t('setupKeepExtra')}</Option>
                        {c.compound && <Option value={COMPOUND + c.compound}>{labelOf(COMPOUND + c.compound)}</Option>}
                        {fieldOptions.map((o) => (
                          <Option key={o.value} value={o.value}>
                            {o.label}
                          </Option>
                        ))}
                      </Dropdown>
                    </Field>
                    <div>
                      <Badge appearance="tint" color={confidenceColor(c.confidence)}>
                        {t('setupConfidence', { value: percent(c.confidence, 0) })}
                      </Badge>
                    </div>
                  </div>
                );
              })}
            </div>
            <div className={s.row}>
              <Button
                appearance="primary"
                icon={<ArrowImportRegular />}
                disabled={readOnly || busy}
                onClick={() => void convert.run(guess, presetId)}
                data-testid="import"
              >
                {t('setupImportButton')}
              </Button>
            </div>
          </>
        )}
        <Progress busy={convert.busy} progress={convert.progress} />
        <ErrorBar error={convert.error} onDismiss={convert.clearError} />
        <Live>
          {convert.result && !convert.busy && (
            <div className={s.tight} data-testid="import-done">
              <Text className={s.wrap}>
                {t('setupImportDone', {
                  imported: convert.result.imported,
                  numbered: convert.result.numbered,
                  problems: convert.result.problems.length,
                  redactions: convert.result.redactions,
                })}
              </Text>
              <SetupNotes summary={convert.result} />
              {convert.result.unmapped.length > 0 && (
                <Text size={200} className={s.wrap}>
                  {t('setupUnmapped', { columns: convert.result.unmapped.join('、') })}
                </Text>
              )}
            </div>
          )}
        </Live>
      </Section>
    </div>
  );
}
