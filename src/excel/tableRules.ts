/**
 * The Tickets sheet's list validations and row colours, written by setup and widened as the
 * table grows (ticketRulesFor in src/workbook gives the rules for the rows to cover).
 */
import type { Locale } from '../core/schema/fieldMeta';
import { GROWTH_ROWS } from '../workbook/plan/names';
import { columnKeysOf, ticketRulesFor } from '../workbook/plan/ticketRules';
import type { ConditionalFormatPlan, ValidationPlan } from '../workbook/types';
import type { BlockWriter } from './blockWriter';
import { rangeAt } from './rangeAt';
import type { Capabilities } from './requirements';
import type { Session } from './session';
import type { WorkbookState } from './workbookState';
import { word } from '../core/i18n/words';

const hex = (c: string): string => (c.startsWith('#') ? c : `#${c}`);

/** A dropdown list from a defined name (never INDIRECT: some hosts show no dropdown for it). */
export function addListValidation(range: Excel.Range, v: ValidationPlan, locale: Locale): void {
  range.dataValidation.clear();
  range.dataValidation.rule = { list: { inCellDropDown: true, source: `=${v.listName}` } };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: v.strict ? 'Stop' : 'Warning',
    title: 'ServiceBook',
    message: word(v.strict ? 'validation.strict' : 'validation.open', locale),
  };
  if (v.prompt) range.dataValidation.prompt = { showPrompt: true, title: 'ServiceBook', message: v.prompt };
}

/** A formula conditional format (the overdue / due-soon row colours). */
export function addColour(ws: Excel.Worksheet, cf: ConditionalFormatPlan): void {
  const f = ws.getRange(cf.ref).conditionalFormats.add('Custom');
  f.custom.rule.formula = `=${cf.formula}`;
  f.custom.format.fill.color = hex(cf.style.fill);
  f.custom.format.font.color = hex(cf.style.font);
  f.stopIfTrue = cf.stopIfTrue;
  f.priority = cf.priority - 1;
}

/**
 * When the probe of `loadState` found the rules ending near the table's last row, queues them
 * again over the table and GROWTH_ROWS more rows (the old colours replaced, not stacked). No
 * extra sync: it rides on the operation's own write request.
 */
export async function widenTicketRules(writer: BlockWriter, s: Session, caps: Capabilities, state: WorkbookState, locale: Locale): Promise<void> {
  const shape = state.shapes.Tickets;
  if (!state.rulesShort || !shape || !caps.conditionalFormats || shape.headerRow !== 1 || shape.firstColumn !== 1) return;
  const coverTo = shape.headerRow + shape.bodyRows + GROWTH_ROWS;
  const rules = ticketRulesFor(state.settings, locale, shape.sheet, shape.headers, coverTo, state.holidayNames);
  if (!rules) return;
  await writer.add(4000, () => {
    const ws = s.workbook.worksheets.getItem(shape.sheet);
    rangeAt(ws, shape.headerRow, 0, coverTo - shape.headerRow, shape.headers.length).conditionalFormats.clearAll();
    for (const cf of rules.conditionalFormats) addColour(ws, cf);
    if (!caps.dataValidation) return;
    const keys = columnKeysOf(shape.headers);
    for (const v of rules.validations) {
      const col = keys.indexOf(v.column);
      if (col < 0) continue;
      addListValidation(rangeAt(ws, v.fromRow - 1, col, v.toRow - v.fromRow + 1, 1), v, locale);
    }
  });
  state.rulesShort = false;
}
