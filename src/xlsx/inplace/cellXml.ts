/**
 * One new cell as worksheet XML. Text is always an inline string (never a formula, whatever it
 * starts with, and the shared-string part is left untouched); a date is a serial number when
 * the cell's style shows dates (only a PlanDateTime is a date: a string is text), else `yyyy-mm-dd hh:mm` text (which every reader of ours reads
 * back); a formula carries its cached result. `style` is the cell's existing style index.
 * `date1904`: the workbook counts dates from 1904 (its serials are 1462 less).
 */
import { isPlanDateTime, isPlanFormula, type PlanCell } from '../../workbook/types';
import { toMinutes } from '../../core/time/localDateTime';
import { xmlText } from './xmlText';
import { DAYS_1900_TO_1904 } from '../read/sheet';

const EPOCH_SERIAL = 25569;

/**
 * Excel serial of a local date-time.
 * @example localToSerial('1970-01-02T12:00') === 25570.5
 */
export const localToSerial = (t: string): number => EPOCH_SERIAL + toMinutes(t) / 1440;

/**
 * @example cellXml('B7', 3, 'x<y', false) === '<c r="B7" s="3" t="inlineStr"><is><t xml:space="preserve">x&lt;y</t></is></c>'
 * @example cellXml('C2', null, 12.5, false) === '<c r="C2"><v>12.5</v></c>'
 */
export function cellXml(ref: string, style: number | null, v: PlanCell, styleIsDate: boolean, prefix = '', date1904 = false): string {
  const c = `${prefix}c`;
  const s = style ? ` s="${style}"` : '';
  const open = `<${c} r="${ref}"${s}`;
  if (v === null || v === undefined || v === '') return `${open}/>`;
  if (typeof v === 'number') return Number.isFinite(v) ? `${open}><${prefix}v>${v}</${prefix}v></${c}>` : `${open}/>`;
  if (typeof v === 'boolean') return `${open} t="b"><${prefix}v>${v ? 1 : 0}</${prefix}v></${c}>`;
  if (isPlanFormula(v)) {
    const f = `<${prefix}f>${xmlText(v.formula.replace(/^=/, ''))}</${prefix}f>`;
    const r = v.result;
    if (r === null || r === undefined) return `${open}>${f}</${c}>`;
    if (typeof r === 'number') return `${open}>${f}<${prefix}v>${r}</${prefix}v></${c}>`;
    if (typeof r === 'boolean') return `${open} t="b">${f}<${prefix}v>${r ? 1 : 0}</${prefix}v></${c}>`;
    return `${open} t="str">${f}<${prefix}v>${xmlText(r)}</${prefix}v></${c}>`;
  }
  if (isPlanDateTime(v) && styleIsDate && !Number.isNaN(toMinutes(v.datetime))) return `${open}><${prefix}v>${localToSerial(v.datetime) - (date1904 ? DAYS_1900_TO_1904 : 0)}</${prefix}v></${c}>`;
  const shown = isPlanDateTime(v) ? v.datetime.replace('T', ' ') : v;
  return `${open} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${xmlText(shown)}</${prefix}t></${prefix}is></${c}>`;
}
