/**
 * A script (话术) ready to read out: `{agent}` becomes the agent's name and `{name}` the
 * customer's, with the greeting that follows it (`{name}先生/女士`) settled from the name itself.
 */

/** What the form knows when a script is shown. */
export interface ScriptContext {
  /** The agent speaking (the form's owner, else the pane's "my name"). */
  agent: string;
  /** The customer as written in the form: 王女士, 李*, 某科技有限公司, or empty. */
  customerName: string;
}

/** Names that already carry their form of address. */
const ADDRESSED = /(先生|女士|小姐|老师|老師|经理|經理|总|總|师傅|師傅)$/;
/** Organisations are greeted by name alone. */
const ORGANISATION = /(公司|集团|集團|中心|门店|門店|商行|工作室|学校|學校|医院|醫院|银行|銀行|协会|協會|酒店|厂|廠|局|院|所|店)$/;

/**
 * The customer's name followed by the greeting `suffix` (先生/女士) only when the name does not
 * settle it: 王女士 stays 王女士, a company drops it, a masked 李* becomes 李 + suffix, and an empty
 * name leaves the polite suffix alone.
 * @example greetingName('王女士', '先生/女士') // → '王女士'
 * @example greetingName('李*', '先生/女士') // → '李先生/女士'
 * @example greetingName('', '先生/女士') // → '先生/女士'
 */
export function greetingName(customerName: string, suffix: string): string {
  const name = customerName.trim().replace(/[*＊]+$/, '');
  if (!name) return suffix;
  if (ADDRESSED.test(name) || ORGANISATION.test(name)) return name;
  return name + suffix;
}

/**
 * A script with `{agent}`, `{name}` (and its greeting) filled from the form; other text unchanged.
 * @example fillScript('尊敬的{name}先生/女士，我是客服{agent}', { agent: '赵敏', customerName: '王女士' }) // → '尊敬的王女士，我是客服赵敏'
 */
export function fillScript(text: string, ctx: ScriptContext): string {
  return text
    .replace(/\{name\}(先生\/女士|先生|女士|小姐)?/g, (_, suffix: string | undefined) => greetingName(ctx.customerName, suffix ?? ''))
    .replace(/\{agent\}/g, ctx.agent.trim());
}
