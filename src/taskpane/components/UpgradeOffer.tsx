/**
 * The offer to complete a workbook an earlier version wrote (or whose Config tables or names were
 * deleted): what is missing, one button, and what was added. The host adds only what is missing.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { UpgradeSummary } from '../../excel/serviceBookHost';
import { useT } from '../i18n';
import type { Action } from '../hooks/useAction';

const itemsOf = (u: UpgradeSummary, sep: string): string => [...u.tables, ...u.names].join(sep);

export function UpgradeOffer({ needed, action }: { needed: UpgradeSummary | undefined; action: Action<[], UpgradeSummary> }) {
  const t = useT();
  const done = action.result;
  return (
    <>
      {needed && (
        <MessageBar intent="warning" layout="multiline" data-testid="upgrade-offer">
          <MessageBarBody>{t('upgradeOffer', { items: itemsOf(needed, t('listSep')) })}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" size="small" disabled={action.busy} onClick={() => void action.run()} data-testid="upgrade-run">
              {t('upgradeRun')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {action.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{action.error}</MessageBarBody>
        </MessageBar>
      )}
      {done && (done.tables.length > 0 || done.names.length > 0) && (
        <MessageBar intent="success" layout="multiline" data-testid="upgrade-done">
          <MessageBarBody>{done.sheet ? t('upgradeDoneSheet', { items: itemsOf(done, t('listSep')), sheet: done.sheet }) : t('upgradeDone', { items: itemsOf(done, t('listSep')) })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
