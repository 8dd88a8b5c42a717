/**
 * The check rules of the numbers that must never be stored: PRC resident ID cards (GB 11643:
 * 18 characters, a valid birth date, the weighted check character, last may be X; the old
 * 15-digit form with a yyMMdd birth date) and bank cards (16–19 digits, Luhn, starting like a
 * card: 3, 4, 5, 6, 9 or 2221–2720, so date-prefixed order numbers such as 2023100800… are not).
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/**
 * An 18-character ID number with a valid birth date and check character.
 * @example isIdCard18('11010519491231002X') === true && isIdCard18('110105194912310021') === false
 */
export function isIdCard18(s: string): boolean {
  if (!/^[1-9]\d{16}[\dXx]$/.test(s)) return false;
  const y = +s.slice(6, 10);
  if (y < 1900 || y > 2099 || !validDate(y, +s.slice(10, 12), +s.slice(12, 14))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += +s[i] * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === s[17].toUpperCase();
}

/**
 * The ID check character of 17 digits.
 * @example idCheckChar('11010519491231002') === 'X'
 */
export function idCheckChar(d17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += +d17[i] * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

/**
 * A 15-digit (pre-1999) ID number: area and a valid 19yy birth date.
 * @example isIdCard15('110105491231002') === true
 */
export function isIdCard15(s: string): boolean {
  return /^[1-9]\d{14}$/.test(s) && validDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
}

/**
 * The Luhn (mod 10) check of a digit string.
 * @example luhnValid('4111111111111111') === true && luhnValid('4111111111111112') === false
 */
export function luhnValid(s: string): boolean {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = +s[s.length - 1 - i];
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const cardPrefix = (s: string): boolean => /^[345369]/.test(s) || (+s.slice(0, 4) >= 2221 && +s.slice(0, 4) <= 2720);

/**
 * A bank-card number: 16–19 digits, a card's first digit, Luhn.
 * @example isBankCard('6222021001123456780') === false && isBankCard('4111111111111111') === true
 */
export function isBankCard(s: string): boolean {
  return /^\d{16,19}$/.test(s) && cardPrefix(s) && luhnValid(s);
}
