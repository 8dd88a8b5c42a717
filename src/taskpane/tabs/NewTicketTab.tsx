/**
 * 登记: the intake form generated from FIELD_META — the fields of every call first (customer,
 * contact, channel, description, category, urgency), the rest folded under "more fields" — inline
 * validation, the contact masked as it is typed, the customer's earlier tickets, suggestions with
 * reasons, a preview of the number and the due times, scripts and a VIP greeting filled from the
 * form ({agent}, {name}); submit writes the row and its first log line.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular, DocumentAddRegular, DismissRegular } from '@fluentui/react-icons';
import { PRESETS } from '../../core/presets/index';
import { emptyTicket, type Ticket, type TicketField } from '../../core/schema/ticket';
import { maskContact } from '../../core/privacy/maskContact';
import { validateTicket } from '../../core/validation/validateTicket';
import { localiseProblem } from '../../core/validation/problem';
import { customerHistory } from '../../core/engine/customerHistory';
import { suggestForTicket } from '../../core/engine/suggest';
import { fillScript } from '../../core/engine/fillScript';
import { wordFor } from '../../core/i18n/vocabulary';
import { nextTicketNumber } from '../../core/numbering/nextTicketNumber';
import { numbersInUse } from '../../core/numbering/reservedNumbers';
import { computeDueTimes } from '../../core/sla/computeDueTimes';
import { useNewTicket } from '../hooks/useNewTicket';
import { nowIn } from '../hooks/useTickets';
import { useNotify } from '../hooks/notify';
import { useT } from '../i18n';
import { useReadOnly } from '../hooks/workbookData';
import { TicketFieldInput } from '../components/TicketFieldInput';
import { CustomerHistoryCard } from '../components/CustomerHistoryCard';
import { ErrorBar, Live, Section, showTime, useCommonStyles } from '../components/common';
import { choiceFor, customerKey, intakeFieldsFor, receivedAtOnSubmit, REQUIRED_FIELDS, splitIntakeFields } from './ticketForm';
import { AgentField } from '../components/AgentField';
import { useAgentName } from '../hooks/useAgentName';
import { priorityReasonLabel, readSuggested, type Suggested } from './suggestions';

const SCRIPTS_SHOWN = 4;

const useStyles = makeStyles({
  /** Two short fields side by side; Fluent's dropdowns give up their 250 px minimum to fit. */
  pair: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    '& .fui-Input, & .fui-Dropdown, & .fui-Combobox': { minWidth: '0', width: '100%', boxSizing: 'border-box' },
    '& .fui-Input__input, & .fui-Combobox__input': { minWidth: '0', width: '100%' },
  },
});

function freshDraft(now: string): Ticket {
  return { ...emptyTicket(), receivedAt: now };
}

export default function NewTicketTab() {
  const t = useT();
  // A workbook of a newer ServiceBook is read-only here: every writing button is off.
  const readOnly = useReadOnly();
  const s = useCommonStyles();
  const local = useStyles();
  const notify = useNotify();
  // The ticket list (customer history, number preview) is read once the agent starts a ticket,
  // not when the tab opens: a year's table is 100,000 rows.
  const [started, setStarted] = useState(false);
  const { settings, status, tickets, listError, add } = useNewTicket(started);
  const [draft, setDraft] = useState<Ticket>(() => freshDraft(nowIn(settings)));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [masked, setMasked] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const [showAllScripts, setShowAllScripts] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  // The received time is taken at submission unless the agent typed one.
  const [receivedTyped, setReceivedTyped] = useState(false);
  const agent = useAgentName();

  const preset = settings ? PRESETS.find((p) => p.id === settings.preset) : undefined;
  const fields = useMemo(() => intakeFieldsFor(preset?.columns), [preset]);
  const { everyCall, more } = useMemo(() => splitIntakeFields(fields), [fields]);

  const set = (field: TicketField, value: unknown) => {
    if (field === 'contact' && typeof value === 'string') {
      // Mask as soon as a full number or address is there, so the clear value never stays in the form.
      const m = settings?.masking.contacts === false ? value : maskContact(value);
      setMasked(m !== value);
      value = m;
    }
    setStarted(true);
    if (field === 'receivedAt') setReceivedTyped(true);
    setDraft((d) => ({ ...d, [field]: value }) as Ticket);
  };
  const touch = (field: string) => setTouched((x) => (x.has(field) ? x : new Set(x).add(field)));

  const problems = useMemo(() => {
    if (!settings) return new Map<string, string>();
    const map = new Map<string, string>();
    for (const p of validateTicket(draft, 0, settings)) {
      if (!fields.includes(p.field as TicketField) || map.has(p.field)) continue;
      map.set(p.field, localiseProblem(p, t.locale));
    }
    for (const f of REQUIRED_FIELDS) {
      const v = draft[f];
      if (fields.includes(f) && !map.has(f) && (v === null || (typeof v === 'string' && !v.trim()))) map.set(f, t('newRequired'));
    }
    return map;
  }, [draft, settings, fields, t]);

  const deferred = useDeferredValue(draft);
  const history = useMemo(() => {
    const key = customerKey(deferred);
    if (!key || !tickets) return null;
    return customerHistory(tickets, key);
  }, [deferred, tickets]);

  const suggestion = useMemo(() => (settings ? suggestForTicket(deferred, settings) : null), [deferred, settings]);
  const suggested = useMemo(() => {
    const out: { field: TicketField; key: 'newSuggestCategory' | 'newSuggestPriority' | 'newSuggestDepartment' | 'newSuggestOwner'; s: Suggested }[] = [];
    if (!suggestion) return out;
    const push = (field: TicketField, key: (typeof out)[number]['key'], x: unknown) => {
      const r = readSuggested(x);
      if (r) out.push({ field, key, s: r });
    };
    push('category', 'newSuggestCategory', suggestion.category);
    push('priority', 'newSuggestPriority', {
      value: suggestion.priority,
      reasons: suggestion.priorityReasonDetails.map((r) => priorityReasonLabel(r, t)),
    });
    push('department', 'newSuggestDepartment', suggestion.department);
    push('owner', 'newSuggestOwner', suggestion.owner);
    return out;
  }, [suggestion, t]);

  const preview = useMemo(() => {
    if (!settings || !tickets) return null;
    const at = deferred.receivedAt ?? nowIn(settings);
    const priority = deferred.priority ?? suggestion?.priority ?? null;
    let id = '';
    try {
      id = nextTicketNumber(settings.numbering.pattern, at, numbersInUse(settings.numbering, tickets.map((x) => x.id)));
    } catch {
      id = '';
    }
    const due = computeDueTimes({ receivedAt: deferred.receivedAt, priority, customerLevel: deferred.customerLevel }, settings);
    return { id, ...due };
  }, [deferred, settings, tickets, suggestion]);

  if (!status?.structured || !settings) return <Text>{t('noWorkbook')}</Text>;

  const submit = async () => {
    setSubmitted(true);
    if (problems.size > 0) {
      // A folded field with a problem opens its fold, so the agent sees what to fix.
      if (more.some((f) => problems.has(f))) setMoreOpen(true);
      return;
    }
    if (!agent.name) return;
    const saved = await add.run({ ...draft, receivedAt: receivedAtOnSubmit(draft, receivedTyped, nowIn(settings)) }, agent.name);
    if (!saved) return;
    setReceivedTyped(false);
    notify(t('newSubmitted', { id: saved.id }));
    setDraft({ ...freshDraft(nowIn(settings)), channel: draft.channel, owner: draft.owner });
    setTouched(new Set());
    setSubmitted(false);
    setMasked(false);
  };
  const copy = (text: string) => {
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(text),
      () => undefined,
    );
  };
  const allScripts = suggestion?.scripts ?? [];
  const scripts = showAllScripts ? allScripts : allScripts.slice(0, SCRIPTS_SHOWN);
  // Suggestions sit right after the words they are drawn from, before the fields they fill.
  const suggestAfter: TicketField = fields.includes('description') ? 'description' : fields[fields.length - 1];
  // Nothing to suggest from until the agent has written what the customer wants.
  const suggestions = suggested.length > 0 && (draft.description.trim() || draft.subject.trim()) && (
        <Section title={t('newSuggestTitle')}>
          <div className={s.tight} data-testid="suggestions">
            {suggested.map(({ field, key, s: x }) => (
              <div key={field} className={s.card}>
                <div className={s.row}>
                  <Text>{t(key, { value: t.enumLabel(x.value) })}</Text>
                  {draft[field] !== x.value && (
                    <Button size="small" appearance="subtle" icon={<CheckmarkRegular />} onClick={() => set(field, x.value)} aria-label={`${t('newSuggestApply')} ${t(key, { value: t.enumLabel(x.value) })}`}>
                      {t('newSuggestApply')}
                    </Button>
                  )}
                </div>
                {x.reasons.length > 0 && (
                  <Text size={200} className={s.muted}>
                    {t('newReasons', { reasons: x.reasons.join(t('newReasonSep')) })}
                  </Text>
                )}
              </div>
            ))}
          </div>
        </Section>
      );
  // The agent speaking is the ticket's owner as typed in the form, else the one recording the call ("my name").
  const scriptContext = { agent: draft.owner || agent.name, customerName: draft.customerName };
  const vipText = draft.customerLevel === 'VIP' ? suggestion?.vipGreeting : undefined;
  // Scripts are kept as the workbook stores them (canonical); the agent reads them in the pane's language.
  const vip = vipText ? fillScript(wordFor('script', vipText, t.locale), scriptContext) : undefined;

  const fieldBlock = (f: TicketField) => (
    <div key={f} className={s.tight}>
      <TicketFieldInput
        field={f}
        value={draft[f]}
        onChange={(v) => set(f, v)}
        onBlur={() => touch(f)}
        choice={choiceFor(f, settings, draft)}
        required={REQUIRED_FIELDS.includes(f)}
        error={submitted || touched.has(f) ? problems.get(f) : undefined}
        hint={f === 'contact' && masked ? t('newContactMasked') : undefined}
      />
      {(f === 'customerName' || (f === 'contact' && !fields.includes('customerName'))) && history && (
        <CustomerHistoryCard history={history} />
      )}
      {f === suggestAfter && suggestions}
    </div>
  );

  return (
    <form
      className={s.stack}
      noValidate
      aria-label={t('newTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {everyCall.map((row) =>
        row.length === 1 ? (
          fieldBlock(row[0])
        ) : (
          <div key={row.join('+')} className={local.pair}>
            {row.map(fieldBlock)}
          </div>
        ),
      )}
      {more.length > 0 && (
        <Accordion collapsible openItems={moreOpen ? ['more'] : []} onToggle={(_, d) => setMoreOpen(d.openItems.includes('more'))}>
          <AccordionItem value="more">
            <AccordionHeader data-testid="more-fields" size="small">
              {t('newMoreFields', { count: more.length })}
            </AccordionHeader>
            <AccordionPanel>
              <div className={s.stack}>{more.map(fieldBlock)}</div>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      <ErrorBar error={listError} />
      {preview && (
        <Section title={t('newPreviewTitle')}>
          <div className={s.card} data-testid="preview">
            <Text>{t('newPreviewId', { id: preview.id || '—' })}</Text>
            <Text>{t('newPreviewResponse', { at: showTime(preview.responseDue) })}</Text>
            <Text>{t('newPreviewResolve', { at: showTime(preview.resolveDue) })}</Text>
          </div>
        </Section>
      )}


      <ErrorBar error={add.error} onDismiss={add.clearError} />
      <Live>
        {submitted && problems.size > 0 ? <Text>{t('newInvalid')}</Text> : null}
        {add.result && !add.busy ? (
          <Text data-testid="new-done">
            {t('newSubmitted', { id: add.result.id })}
          </Text>
        ) : null}
      </Live>
      <div className={s.row}>
        <Button type="submit" appearance="primary" icon={<DocumentAddRegular />} disabled={readOnly || add.busy} data-testid="submit-ticket">
          {t('newSubmit')}
        </Button>
        <Button
          icon={<DismissRegular />}
          disabled={add.busy}
          onClick={() => {
            setDraft(freshDraft(nowIn(settings)));
            setReceivedTyped(false);
            setTouched(new Set());
            setSubmitted(false);
            setMasked(false);
          }}
        >
          {t('newReset')}
        </Button>
      </div>
      <AgentField name={agent.name} onChange={agent.setName} missing={submitted} />
      <Section title={t('newScriptsTitle')}>
        {vip && (
          <div className={s.card} data-testid="vip-greeting">
            <Text weight="semibold">{t('newVipGreeting')}</Text>
            <Text className={s.wrap}>{vip}</Text>
          </div>
        )}
        {scripts.length === 0 && !vip ? (
          <Text size={200} className={s.muted}>
            {t('newScriptsNone')}
          </Text>
        ) : (
          scripts.map((sc, i) => {
            const text = fillScript(wordFor('script', sc.text, t.locale), scriptContext);
            return (
              <div key={`${sc.scenario}-${i}`} className={s.card} data-testid="script">
                <div className={s.row}>
                  <Text weight="semibold">{wordFor('scriptScenario', sc.scenario, t.locale)}</Text>
                  <Tooltip content={copied === text ? t('newCopied') : t('newCopy')} relationship="label">
                    <Button size="small" appearance="subtle" icon={<CopyRegular />} onClick={() => copy(text)} />
                  </Tooltip>
                </div>
                <Text className={s.wrap}>{text}</Text>
              </div>
            );
          })
        )}
        {allScripts.length > SCRIPTS_SHOWN && (
          <div>
            <Button size="small" appearance="secondary" onClick={() => setShowAllScripts((x) => !x)} aria-expanded={showAllScripts}>
              {showAllScripts ? t('newScriptsLess') : t('newScriptsMore', { count: allScripts.length })}
            </Button>
          </div>
        )}
      </Section>
    </form>
  );
}
