/** The agent's name (记录人): typed once, remembered on this computer, used as "by whom" in the log. */
import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useT } from '../i18n';

export function AgentField({ name, onChange, missing }: { name: string; onChange: (name: string) => void; missing?: boolean }) {
  const t = useT();
  const [text, setText] = useState(name);
  useEffect(() => setText(name), [name]);
  return (
    <Field label={t('agentLabel')} hint={t('agentHint')} required validationMessage={missing && !text.trim() ? t('agentMissing') : undefined}>
      <Input value={text} onChange={(_, d) => setText(d.value)} onBlur={() => onChange(text)} data-testid="agent-name" />
    </Field>
  );
}
