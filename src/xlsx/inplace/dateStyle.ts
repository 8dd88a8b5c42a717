/**
 * A cell style showing dates as `yyyy-mm-dd`, for date cells a schema upgrade writes (the
 * dates of Config_Holidays, which the due-soon colour's formula compares as numbers): the
 * workbook's own when it has one, else one appended to the styles part (a number format and a
 * cell format; nothing else in the part changes).
 */

const FORMAT = 'yyyy-mm-dd';

/**
 * The index of a cell format showing `yyyy-mm-dd`, and the styles part when it had to be added to.
 * @example dateStyle('<styleSheet><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>') // { index: 1, xml: '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>' }
 */
export function dateStyle(styles: string): { index: number; xml: string | null } | null {
  const p = /<([\w.-]+:)?styleSheet\b/.exec(styles)?.[1] ?? '';
  const xfsBlock = new RegExp(`<${p}cellXfs\\b[^>]*>([\\s\\S]*?)</${p}cellXfs>`).exec(styles);
  if (!xfsBlock) return null;
  const xfs = [...xfsBlock[1].matchAll(new RegExp(`<${p}xf\\b([^>]*?)(?:/>|>[\\s\\S]*?</${p}xf>)`, 'g'))];
  const fmts = [...styles.matchAll(new RegExp(`<${p}numFmt\\b[^>]*?\\snumFmtId="(\\d+)"[^>]*?\\sformatCode="([^"]*)"`, 'g'))];
  const fmtId = fmts.find((m) => m[2].replace(/\\/g, '') === FORMAT)?.[1];
  if (fmtId !== undefined) {
    const i = xfs.findIndex((m) => new RegExp(`\\snumFmtId="${fmtId}"`).test(m[1]));
    if (i >= 0) return { index: i, xml: null };
  }
  let out = styles;
  let id = fmtId;
  if (id === undefined) {
    id = String(Math.max(163, ...fmts.map((m) => Number(m[1]))) + 1);
    const numFmt = `<${p}numFmt numFmtId="${id}" formatCode="${FORMAT}"/>`;
    const block = new RegExp(`<${p}numFmts\\b[^>]*?(/?)>`).exec(out);
    if (block && block[1] !== '/') out = out.replace(`</${p}numFmts>`, `${numFmt}</${p}numFmts>`).replace(/(<(?:[\w.-]+:)?numFmts\b[^>]*?\scount=")\d+"/, `$1${fmts.length + 1}"`);
    else if (block) out = out.replace(block[0], `<${p}numFmts count="1">${numFmt}</${p}numFmts>`);
    else out = out.replace(new RegExp(`(<${p}styleSheet\\b[^>]*>)`), `$1<${p}numFmts count="1">${numFmt}</${p}numFmts>`);
  }
  const xf = `<${p}xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
  out = out.replace(`</${p}cellXfs>`, `${xf}</${p}cellXfs>`).replace(/(<(?:[\w.-]+:)?cellXfs\b[^>]*?\scount=")\d+"/, `$1${xfs.length + 1}"`);
  return { index: xfs.length, xml: out };
}
