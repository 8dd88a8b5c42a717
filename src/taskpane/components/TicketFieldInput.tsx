/**
 * One ticket field as a labelled Fluent control, chosen by the field's kind in FIELD_META:
 * text → Input, longText → Textarea, datetime → datetime-local Input, closed enum → Dropdown,
 * open list → Combobox (free text allowed), names → Input (comma separated), rating → RadioGroup.
 */
import { useEffect, useState } from 'react';
import { Combobox, Dropdown, Field, Input, Option, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { FIELD_VOCABULARY } from '../../core/i18n/fieldVocabulary';
import { canonicalOrSelf } from '../../core/i18n/vocabulary';
import { FIELD_META } from '../../core/schema/fieldMeta';
import type { TicketField } from '../../core/schema/ticket';
import { useT } from '../i18n';

export interface FieldChoice {
  /** Closed list: only these values (Dropdown); open list: suggestions (Combobox). */
  options: readonly string[];
  closed: boolean;
}

export interface TicketFieldInputProps {
  field: TicketField;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur?: () => void;
  choice?: FieldChoice;
  error?: string;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  /** Overrides the schema label (e.g. a rating dimension). */
  label?: string;
}

export const splitNames = (s: string): string[] =>
  s
    .split(/[,，、;；\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Keeps what is typed (separators included) while handing the parsed list upwards. */
function NamesInput({ names, onChange, onBlur, disabled, testId }: { names: string[]; onChange: (v: unknown) => void; onBlur?: () => void; disabled?: boolean; testId: string }) {
  const [raw, setRaw] = useState(names.join('、'));
  const joined = names.join('、');
  useEffect(() => {
    if (splitNames(raw).join('、') !== joined) setRaw(joined);
    // Only an outside change of the list resets the text (raw is deliberately not a dependency).
  }, [joined]);
  return (
    <Input
      value={raw}
      onChange={(_, d) => {
        setRaw(d.value);
        onChange(splitNames(d.value));
      }}
      onBlur={onBlur}
      disabled={disabled}
      data-testid={testId}
    />
  );
}

export function TicketFieldInput({ field, value, onChange, onBlur, choice, error, hint, required, disabled, label }: TicketFieldInputProps) {
  const t = useT();
  const meta = FIELD_META[field];
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('、') : String(value);
  const fieldProps = {
    label: label ?? meta.labels[t.locale],
    required,
    hint,
    validationMessage: error,
    validationState: error ? ('error' as const) : ('none' as const),
  };
  const testId = `field-${field}`;
  /** Open lists show and accept the vocabulary's words (Online chat ⇄ 在线客服). */
  const kind = FIELD_VOCABULARY[field];

  if (meta.kind === 'rating') {
    return (
      <Field {...fieldProps}>
        <RadioGroup layout="horizontal" value={text} onChange={(_, d) => onChange(Number(d.value))} disabled={disabled} data-testid={testId}>
          {[1, 2, 3, 4, 5].map((n) => (
            <Radio key={n} value={String(n)} label={String(n)} />
          ))}
        </RadioGroup>
      </Field>
    );
  }
  if (choice && choice.closed) {
    return (
      <Field {...fieldProps}>
        <Dropdown
          value={text ? t.enumLabel(text) : ''}
          selectedOptions={text ? [text] : []}
          onOptionSelect={(_, d) => onChange(d.optionValue ? d.optionValue : null)}
          onBlur={onBlur}
          disabled={disabled}
          data-testid={testId}
        >
          {!required && <Option value="">{t('notSet')}</Option>}
          {choice.options.map((o) => (
            <Option key={o} value={o}>
              {t.enumLabel(o)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  }
  if (choice) {
    return (
      <Field {...fieldProps}>
        <Combobox
          freeform
          value={t.enumLabel(text)}
          selectedOptions={text && choice.options.includes(text) ? [text] : []}
          onOptionSelect={(_, d) => d.optionValue !== undefined && onChange(d.optionValue)}
          onChange={(e) => onChange(kind ? canonicalOrSelf(kind, e.target.value) : e.target.value)}
          onBlur={onBlur}
          disabled={disabled}
          data-testid={testId}
        >
          {choice.options.map((o) => (
            <Option key={o} value={o} text={t.enumLabel(o)}>
              {t.enumLabel(o)}
            </Option>
          ))}
        </Combobox>
      </Field>
    );
  }
  if (meta.kind === 'longText') {
    return (
      <Field {...fieldProps}>
        <Textarea value={text} onChange={(_, d) => onChange(d.value)} onBlur={onBlur} disabled={disabled} resize="vertical" data-testid={testId} />
      </Field>
    );
  }
  if (meta.kind === 'datetime') {
    return (
      <Field {...fieldProps}>
        <Input type="datetime-local" value={text} onChange={(_, d) => onChange(d.value || null)} onBlur={onBlur} disabled={disabled} data-testid={testId} />
      </Field>
    );
  }
  if (meta.kind === 'names') {
    return (
      <Field {...fieldProps} hint={hint ?? t('newNamesHint')}>
        <NamesInput names={Array.isArray(value) ? (value as string[]) : splitNames(text)} onChange={onChange} onBlur={onBlur} disabled={disabled} testId={testId} />
      </Field>
    );
  }
  return (
    <Field {...fieldProps}>
      <Input value={text} onChange={(_, d) => onChange(d.value)} onBlur={onBlur} disabled={disabled} data-testid={testId} />
    </Field>
  );
}
