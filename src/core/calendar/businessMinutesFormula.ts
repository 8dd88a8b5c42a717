/**
 * The business calendar written in Excel's formula language: the open minutes between two moments,
 * so a conditional format can count business time exactly as `businessMinutesBetween` does.
 *
 * The weekly windows and the make-up-day windows are constants taken from the compiled calendar;
 * holidays and make-up days are read live from the Config_Holidays table through two defined
 * names (its date and day-type columns), so a holiday a supervisor adds counts at once.
 *
 * For `from ≤ to`, with A = INT(from) and B = INT(to):
 *   open(A…B−1) = Σₖ lengthₖ × (weekday-k days in [A, B))
 *               − Σ holidays in [A, B) (their weekday's length)
 *               + Σ make-up days in [A, B) that are not holidays (make-up length − weekday's length)
 *   result      = open(A…B−1) + openBefore(to) − openBefore(from)
 * where openBefore(m) is the open time of m's day before m (0 on a holiday, the make-up windows on
 * a make-up day). Each row of the table counts once: a date listed twice, or as both a holiday and
 * a make-up day, is a configuration problem the config reader reports (`compileCalendar` counts it
 * once, holidays first); de-duplicating inside the formula would cost a table scan per row.
 */
import type { BusinessCalendar, DayWindows } from './compileCalendar';

/** Where the formula finds the holiday table, and the words its day-type column uses. */
export interface HolidayRefs {
  /** A defined name (or range) of the dates of Config_Holidays. */
  dates: string;
  /** A defined name (or range) of the day types, row by row beside `dates`. */
  types: string;
  /** Words that mark a holiday (a blank day type is a holiday too), in every locale. */
  holidayWords: readonly string[];
  /** Words that mark a make-up working day, in every locale. */
  makeupWords: readonly string[];
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const unique = (words: readonly string[]): string[] => [...new Set(words)];

const lengthOf = (w: DayWindows): number => {
  let total = 0;
  for (let i = 0; i < w.length; i += 2) total += w[i + 1] - w[i];
  return total;
};

/** Excel's WEEKDAY(d, 2): Monday 1 … Sunday 7; the calendar's weekly[] is Sunday 0 … Saturday 6. */
const weeklyOfExcelDay = (cal: BusinessCalendar, k: number): DayWindows => cal.weekly[k % 7];
const EXCEL_DAYS = [1, 2, 3, 4, 5, 6, 7];

/**
 * The open minutes of a day before the minute-of-day `x`, for fixed windows.
 * @example openBeforeFormula([540, 720, 780, 1080], 'X') // 'MAX(0,MIN(X,720)-540)+MAX(0,MIN(X,1080)-780)'
 */
export function openBeforeFormula(w: DayWindows, x: string): string {
  if (w.length === 0) return '0';
  const parts: string[] = [];
  for (let i = 0; i < w.length; i += 2) parts.push(`MAX(0,MIN(${x},${w[i + 1]})-${w[i]})`);
  return parts.join('+');
}

/**
 * 1 on the rows of the holiday table whose day type is one of `words` (or blank, when asked), as an array.
 * @example rowsOfKind('T', ['调休上班'], false) // '((T="调休上班")>0)'
 */
export function rowsOfKind(types: string, words: readonly string[], blank: boolean): string {
  const tests = [...unique(words).map((w) => `(${types}=${quote(w)})`), ...(blank ? [`(${types}="")`] : [])];
  return `((${tests.join('+')})>0)`;
}

/** Weekdays (Excel numbering) grouped by identical windows, closed days left out. */
function weekdayGroups(cal: BusinessCalendar): { days: number[]; windows: DayWindows }[] {
  const groups: { days: number[]; windows: DayWindows }[] = [];
  for (const k of EXCEL_DAYS) {
    const w = weeklyOfExcelDay(cal, k);
    if (w.length === 0) continue;
    const g = groups.find((x) => x.windows.length === w.length && x.windows.every((v, i) => v === w[i]));
    if (g) g.days.push(k);
    else groups.push({ days: [k], windows: w });
  }
  return groups;
}

/** A test that WEEKDAY(d,2) is one of `days`: `<=5` for Monday–Friday, else OR of equalities. */
function weekdayIn(d: string, days: number[]): string {
  const wd = `WEEKDAY(${d},2)`;
  if (days.every((k, i) => k === i + 1)) return `${wd}<=${days.length}`;
  return `OR(${days.map((k) => `${wd}=${k}`).join(',')})`;
}

/**
 * The open minutes between `from` and `to` (`from ≤ to`, both Excel date-time expressions), on
 * `cal` with holidays read through `refs`.
 * @example businessMinutesFormula(compileCalendar({ ...settings.calendar, weekly: [[], [], [], [], [], [], []], makeupWindows: [] }), 'SB_AsOf', '$V2', refs) // '0'
 */
export function businessMinutesFormula(cal: BusinessCalendar, from: string, to: string, refs: HolidayRefs): string {
  if (cal.alwaysClosed) return '0';
  const A = `INT(${from})`;
  const B = `INT(${to})`;
  const groups = weekdayGroups(cal);
  // Whole days of each weekday in [A, B): INT((B − A − 1 − MOD(k − WEEKDAY(A), 7) + 7) / 7).
  const countOf = (k: number): string => `INT((${B}-${A}-1-MOD(${k}-WEEKDAY(${A},2),7)+7)/7)`;
  const whole = groups.map((g) => `${lengthOf(g.windows)}*(${g.days.map(countOf).join('+')})`);
  const holidayRow = rowsOfKind(refs.types, refs.holidayWords, true);
  const makeupRow = rowsOfKind(refs.types, refs.makeupWords, false);
  const rowLength = `CHOOSE(WEEKDAY(${refs.dates},2),${EXCEL_DAYS.map((k) => lengthOf(weeklyOfExcelDay(cal, k))).join(',')})`;
  const adjust = `SUMPRODUCT((${refs.dates}>=${A})*(${refs.dates}<${B})*IFERROR(${makeupRow}*(${lengthOf(cal.makeupWindows)}-${rowLength})-${holidayRow}*${rowLength},0))`;

  const openBefore = (m: string): string => {
    const day = `INT(${m})`;
    const x = `MOD(${m},1)*1440`;
    let regular = '0';
    for (const g of [...groups].reverse()) regular = `IF(${weekdayIn(day, g.days)},${openBeforeFormula(g.windows, x)},${regular})`;
    const on = (kind: string): string => `SUMPRODUCT((${refs.dates}=${day})*${kind})>0`;
    return `IF(${on(holidayRow)},0,IF(${on(makeupRow)},${openBeforeFormula(cal.makeupWindows, x)},${regular}))`;
  };
  return `(${whole.length ? whole.join('+') : '0'}+${adjust}+${openBefore(to)}-${openBefore(from)})`;
}
