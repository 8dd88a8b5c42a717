/**
 * 更新: load the selected row with its history and subtasks; accept it, add a progress or contact
 * note, change status / owner / co-owners, record the result, satisfaction and its dimensions,
 * add or tick off subtasks. Status changes fill their timestamps; a low rating offers to reopen.
 */
import { useEffect, useMemo, useState } from 'react';
import { Button, Checkbox, Combobox, Dropdown, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Option, Radio, RadioGroup, Text, Textarea } from '@fluentui/react-components';
import { AddRegular, ArrowClockwiseRegular, CheckmarkRegular, HistoryRegular, SaveRegular } from '@fluentui/react-icons';
import { LOG_KINDS, type LogKind, type Status } from '../../core/schema/enums';
import type { Subtask } from '../../core/schema/log';
import type { Ticket, TicketField } from '../../core/schema/ticket';
import type { Settings } from '../../core/settings/settings';
import { applyStatusChange } from '../../core/engine/applyStatusChange';
import { withRatings } from '../../core/engine/withRatings';
import { shouldProposeReopen } from '../../core/followup/shouldProposeReopen';
import type { TicketChange, TicketWithHistory } from '../../excel/serviceBookHost';
import { useUpdate } from '../hooks/useUpdate';
import { nowIn } from '../hooks/useTickets';
import { useNotify } from '../hooks/notify';
import { useT } from '../i18n';
import { useReadOnly } from '../hooks/workbookData';
import { TicketFieldInput } from '../components/TicketFieldInput';
import { ErrorBar, Live, Section, showTime, useCommonStyles } from '../components/common';
import { changedFields, choiceFor } from './ticketForm';
import { AgentField } from '../components/AgentField';
import { useAgentName } from '../hooks/useAgentName';

const EDITABLE: readonly TicketField[] = ['status', 'owner', 'coOwners', 'result', 'feedback', 'followUp', 'satisfaction'];
const NOTE_KINDS: readonly LogKind[] = LOG_KINDS.filter((k) => k !== '受理');

interface Note {
  kind: LogKind;
  content: string;
  nextStep: string;
  channel: string;
}
const emptyNote = (): Note => ({ kind: '进度', content: '', nextStep: '', channel: '' });

/** A status change through the engine, so firstResponseAt / resolvedAt are filled as the rules say. */
export function withStatus(t: Ticket, status: Status, at: string, settings: Settings): Ticket {
  if (t.status === status) return t;
  return applyStatusChange(t, status, at, settings).ticket;
}

export default function UpdateTab() {
  const t = useT();
  // A workbook of a newer ServiceBook is read-only here: every writing button is off.
  const readOnly = useReadOnly();
  const s = useCommonStyles();
  const notify = useNotify();
  const { settings, status, load, save, saveSubtasks } = useUpdate();
  const [loaded, setLoaded] = useState<TicketWithHistory | null>(null);
  const [edit, setEdit] = useState<Ticket | null>(null);
  const [note, setNote] = useState<Note>(emptyNote);
  const [subtasks, setSubtasks] = useState<Subtask[]>([]);
  const [newSub, setNewSub] = useState({ title: '', owner: '' });
  const [nothing, setNothing] = useState(false);
  const agent = useAgentName();
  const [needAgent, setNeedAgent] = useState(false);

  useEffect(() => {
    const r = load.result;
    if (r === undefined) return;
    setNothing(r === null);
    setLoaded(r);
    setEdit(r ? { ...r.ticket } : null);
    setSubtasks(r ? r.subtasks : []);
    setNote(emptyNote());
  }, [load.result]);

  const reopen = useMemo(() => (edit && settings ? shouldProposeReopen(edit, settings) : false), [edit, settings]);

  if (!status?.structured || !settings) return <Text>{t('noWorkbook')}</Text>;

  const by = agent.name;
  const setField = (f: TicketField, v: unknown) => {
    if (!edit) return;
    if (f === 'status' && typeof v === 'string') setEdit(withStatus(edit, v as Status, nowIn(settings), settings));
    else setEdit({ ...edit, [f]: v } as Ticket);
  };

  const buildChange = (base: Ticket): TicketChange | null => {
    if (!loaded) return null;
    const now = nowIn(settings);
    let next = base;
    const content = note.content.trim();
    if (content) next = { ...next, progress: content, lastUpdateAt: now };
    const fields = changedFields(loaded.ticket, next);
    const change: TicketChange = { fields };
    if (content) change.note = { kind: note.kind, content, nextStep: note.nextStep.trim(), channel: note.channel.trim() };
    return Object.keys(fields).length || change.note ? change : null;
  };

  const doSave = async (base: Ticket) => {
    if (!loaded) return;
    if (!agent.name) {
      setNeedAgent(true);
      return;
    }
    const change = buildChange(base);
    if (!change) {
      notify(t('updateNoChange'), 'info');
      return;
    }
    const saved = await save.run(loaded.ticket, change, by);
    if (!saved) return;
    notify(t('updateSaved', { id: saved.id }));
    const log = change.note
      ? [...loaded.log, { ticketId: saved.id, at: saved.lastUpdateAt ?? nowIn(settings), kind: change.note.kind, channel: change.note.channel, content: change.note.content, nextStep: change.note.nextStep, by, status: null }]
      : loaded.log;
    setLoaded({ ...loaded, ticket: saved, log });
    setEdit({ ...saved });
    setNote(emptyNote());
  };

  const accept = () => {
    if (!edit) return;
    const now = nowIn(settings);
    let next: Ticket = { ...edit, acceptedAt: edit.acceptedAt ?? now };
    if (next.status === '待受理' || next.status === null) next = withStatus(next, '处理中', now, settings);
    setEdit(next);
  };

  const writeSubtasks = async (list: Subtask[]) => {
    if (!loaded) return;
    const ok = await saveSubtasks.run(loaded.ticket.id, list);
    if (ok) setSubtasks(list);
  };

  const dims = settings.ratingDimensions;

  return (
    <div className={s.stack}>
      <div className={s.row}>
        <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={() => void load.run()} disabled={load.busy} data-testid="load-selected">
          {t('updateLoad')}
        </Button>
      </div>
      <ErrorBar error={load.error} onDismiss={load.clearError} />
      <Live>
        {nothing && <Text>{t('updateNothing')}</Text>}
        {loaded && (
          <Text weight="semibold" data-testid="loaded-ticket">
            {t('updateLoaded', { id: loaded.ticket.id, row: loaded.row })}
          </Text>
        )}
      </Live>

      {loaded && edit && (
        <>
          <div className={s.card}>
            <Text className={s.wrap}>
              {edit.customerName} · {t.enumLabel(edit.category)} · {t.enumLabel(edit.priority)}
            </Text>
            {edit.description && (
              <Text size={200} className={s.wrap}>
                {edit.description}
              </Text>
            )}
            <Text size={200} className={s.muted}>
              {t('newPreviewResponse', { at: showTime(edit.responseDue) })} · {t('newPreviewResolve', { at: showTime(edit.resolveDue) })}
            </Text>
          </div>
          <div className={s.row}>
            {edit.acceptedAt ? (
              <Text size={200}>{t('updateAccepted', { at: showTime(edit.acceptedAt) })}</Text>
            ) : (
              <Button icon={<CheckmarkRegular />} onClick={accept} data-testid="accept">
                {t('updateAccept')}
              </Button>
            )}
          </div>

          {EDITABLE.map((f) => (
            <TicketFieldInput key={f} field={f} value={edit[f]} onChange={(v) => setField(f, v)} choice={choiceFor(f, settings, edit)} required={f === 'status'} />
          ))}

          {dims.length > 0 && (
            <Section title={t('updateRatingsTitle')}>
              {dims.map((d) => (
                <Field key={d} label={t('updateRatingLabel', { dimension: d })}>
                  <RadioGroup
                    layout="horizontal"
                    value={edit.ratings[d] ? String(edit.ratings[d]) : ''}
                    onChange={(_, x) => setEdit(withRatings(edit, { ...edit.ratings, [d]: Number(x.value) }))}
                  >
                    {[1, 2, 3, 4, 5].map((n) => (
                      <Radio key={n} value={String(n)} label={String(n)} />
                    ))}
                  </RadioGroup>
                </Field>
              ))}
            </Section>
          )}

          {reopen && (
            <MessageBar intent="warning" layout="multiline" data-testid="reopen-offer">
              <MessageBarBody>
                <MessageBarTitle>{t('updateReopenTitle')}</MessageBarTitle>
                {t('updateReopenBody', { rating: edit.satisfaction ?? '' })}
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => void doSave(withStatus(edit, '重新打开', nowIn(settings), settings))} disabled={readOnly || save.busy} data-testid="reopen">
                  {t('updateReopen')}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}

          <Section title={t('updateNoteTitle')}>
            <Field label={t('updateNoteKind')}>
              <Dropdown
                value={t.enumLabel(note.kind)}
                selectedOptions={[note.kind]}
                onOptionSelect={(_, d) => d.optionValue && setNote({ ...note, kind: d.optionValue as LogKind })}
              >
                {NOTE_KINDS.map((k) => (
                  <Option key={k} value={k}>
                    {t.enumLabel(k)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={t('updateNoteChannel')}>
              <Combobox
                freeform
                value={note.channel}
                onOptionSelect={(_, d) => setNote({ ...note, channel: d.optionValue ?? '' })}
                onChange={(e) => setNote({ ...note, channel: e.target.value })}
              >
                {settings.lists.channels.map((c) => (
                  <Option key={c} value={c}>
                    {c}
                  </Option>
                ))}
              </Combobox>
            </Field>
            <Field label={t('updateNoteContent')}>
              <Textarea value={note.content} onChange={(_, d) => setNote({ ...note, content: d.value })} resize="vertical" data-testid="note-content" />
            </Field>
            <Field label={t('updateNoteNext')}>
              <Input value={note.nextStep} onChange={(_, d) => setNote({ ...note, nextStep: d.value })} />
            </Field>
          </Section>

          {(needAgent || !agent.name) && <AgentField name={agent.name} onChange={agent.setName} missing={needAgent} />}
          <ErrorBar error={save.error} onDismiss={save.clearError} />
          <div className={s.row}>
            <Button appearance="primary" icon={<SaveRegular />} onClick={() => void doSave(edit)} disabled={readOnly || save.busy} data-testid="save-update">
              {t('updateSave')}
            </Button>
          </div>
          <Live>{save.result && !save.busy ? <Text data-testid="update-done">{t('updateSaved', { id: save.result.id })}</Text> : null}</Live>

          <Section title={t('updateSubtasksTitle')}>
            {subtasks.length === 0 ? (
              <Text size={200} className={s.muted}>
                {t('updateSubtasksNone')}
              </Text>
            ) : (
              subtasks.map((st, i) => (
                <Checkbox
                  key={`${st.title}-${i}`}
                  checked={st.status === '已完成'}
                  disabled={saveSubtasks.busy}
                  label={`${st.title}${st.owner ? ` · ${st.owner}` : ''}${st.due ? ` · ${showTime(st.due)}` : ''}`}
                  aria-label={t('updateSubtaskDone', { title: st.title })}
                  onChange={(_, d) => void writeSubtasks(subtasks.map((x, j) => (j === i ? { ...x, status: d.checked ? '已完成' : '进行中' } : x)))}
                />
              ))
            )}
            <Field label={t('updateSubtaskNew')}>
              <Input value={newSub.title} onChange={(_, d) => setNewSub({ ...newSub, title: d.value })} data-testid="subtask-title" />
            </Field>
            <Field label={t('updateSubtaskOwner')}>
              <Combobox
                freeform
                value={newSub.owner}
                onOptionSelect={(_, d) => setNewSub({ ...newSub, owner: d.optionValue ?? '' })}
                onChange={(e) => setNewSub({ ...newSub, owner: e.target.value })}
              >
                {settings.lists.owners.map((c) => (
                  <Option key={c} value={c}>
                    {c}
                  </Option>
                ))}
              </Combobox>
            </Field>
            <div className={s.row}>
              <Button
                data-testid="subtask-add"
                icon={<AddRegular />}
                disabled={readOnly || !newSub.title.trim() || saveSubtasks.busy}
                onClick={() => {
                  const st: Subtask = { ticketId: loaded.ticket.id, title: newSub.title.trim(), owner: newSub.owner.trim(), status: '待处理', due: null, dependsOn: '', needs: '' };
                  void writeSubtasks([...subtasks, st]).then(() => setNewSub({ title: '', owner: '' }));
                }}
              >
                {t('updateSubtaskAdd')}
              </Button>
            </div>
            <ErrorBar error={saveSubtasks.error} onDismiss={saveSubtasks.clearError} />
          </Section>

          <Section title={t('updateHistoryTitle')}>
            {loaded.log.length === 0 ? (
              <Text size={200} className={s.muted}>
                {t('updateHistoryNone')}
              </Text>
            ) : (
              <ol className={s.list} aria-label={t('updateHistoryTitle')} data-testid="history">
                {loaded.log.map((e, i) => (
                  <li key={i}>
                    <Text size={200} className={s.wrap}>
                      <HistoryRegular aria-hidden /> {showTime(e.at)} · {t.enumLabel(e.kind)}
                      {e.by ? ` · ${e.by}` : ''}：{e.content}
                      {e.nextStep ? ` → ${e.nextStep}` : ''}
                    </Text>
                  </li>
                ))}
              </ol>
            )}
          </Section>
        </>
      )}
    </div>
  );
}
