/**
 * The 登记 form's view of a customer's earlier tickets (core/engine/customerHistory): how sure the
 * match is — certain by customer id, likely by the name with the contact, only possible when the
 * name itself is masked — and the newest few; or what to fill in to see them.
 */
import { Text } from '@fluentui/react-components';
import type { CustomerHistory } from '../../core/engine/customerHistory';
import { useT, type MessageKey } from '../i18n';
import { showTime, useCommonStyles } from './common';

const SHOWN = 5;
const CONFIDENCE: Record<NonNullable<CustomerHistory['confidence']>, MessageKey> = {
  certain: 'newHistoryCertain',
  likely: 'newHistoryLikely',
  possible: 'newHistoryPossible',
};

export function CustomerHistoryCard({ history }: { history: CustomerHistory }) {
  const t = useT();
  const s = useCommonStyles();
  return (
    <div className={s.card} data-testid="customer-history" role="region" aria-label={t('newHistoryTitle')}>
      <Text weight="semibold">{t('newHistoryTitle')}</Text>
      {history.confidence === null ? (
        <Text size={200}>{t('newHistoryNeedKey')}</Text>
      ) : (
        <>
          <Text size={200} data-testid="history-confidence" className={history.confidence === 'certain' ? undefined : s.muted}>
            {t(CONFIDENCE[history.confidence])}
          </Text>
          {history.tickets.length === 0 ? (
            <Text size={200}>{t('newHistoryNone')}</Text>
          ) : (
            <>
              <Text size={200}>{t('newHistoryCount', { count: history.tickets.length })}</Text>
              <ul className={s.list}>
                {history.tickets.slice(0, SHOWN).map((h) => (
                  <li key={h.id}>
                    <Text size={200} className={s.wrap}>
                      {h.id} · {showTime(h.receivedAt)} · {t.enumLabel(h.category)} · {t.enumLabel(h.status)}
                      {h.subject || h.description ? ` · ${(h.subject || h.description).slice(0, 40)}` : ''}
                    </Text>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
