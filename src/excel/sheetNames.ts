/** Sheet-name quoting for references in formulas and names. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

export function colLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** `A1` from 1-based row and column. */
export const a1 = (row: number, col: number): string => `${colLetters(col)}${row}`;
