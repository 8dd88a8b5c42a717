/**
 * A table added to a worksheet of an existing package (a schema upgrade: Config_Reserved for a
 * workbook an earlier version wrote): its cells right of everything on the sheet, a new table
 * part with an id and a part name no other table uses, the worksheet's relationship and
 * `<tablePart>` to it, and its content-type override. Every other part stays as it was.
 */
import { posix } from 'path';
import { colLetters, parseRange, rangeRef } from '../read/cellRef';
import { relsPathOf } from '../read/partPaths';
import type { TablePart } from '../read/workbookParts';
import type { ZipPackage } from '../read/zip';
import type { NewTableEdit } from './types';
import { cellXml } from './cellXml';
import { partText, type PartBytes } from './partBytes';
import { cellsOf, parseSheetXml, piecesText, rewriteRows } from './sheetXml';
import { writeTableRows } from './tableRows';
import { xmlText } from './xmlText';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

/**
 * The table part's XML.
 * @example tablePartXml(18, 'Config_Reserved', 'N2:N3', ['保留编号']) // '<?xml …?>\n<table xmlns="…" id="18" name="Config_Reserved" displayName="Config_Reserved" ref="N2:N3" totalsRowShown="0"><autoFilter ref="N2:N3"/><tableColumns count="1"><tableColumn id="1" name="保留编号"/></tableColumns><tableStyleInfo name="TableStyleLight9" …/></table>'
 */
export function tablePartXml(id: number, name: string, ref: string, headers: readonly string[]): string {
  const cols = headers.map((h, i) => `<tableColumn id="${i + 1}" name="${xmlText(h)}"/>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/**
 * The worksheet with one more `<tablePart>`: in its `<tableParts>`, or a new one before the
 * worksheet's own `<extLst>` (its last child) or its end; the relationships namespace is
 * declared on the root when it is not.
 * @example withTablePart('<worksheet xmlns="m" xmlns:r="…/relationships"><sheetData/></worksheet>', 'rId2') === '<worksheet xmlns="m" xmlns:r="…/relationships"><sheetData/><tableParts count="1"><tablePart r:id="rId2"/></tableParts></worksheet>'
 */
export function withTablePart(xml: string, rId: string, prefix = ''): string {
  let out = xml;
  let r = new RegExp(`xmlns:([\\w.-]+)="${REL_NS.replace(/[./]/g, '\\$&')}"`).exec(out)?.[1];
  if (!r) {
    r = 'sbr';
    out = out.replace(new RegExp(`<${prefix}worksheet\\b`), (m) => `${m} xmlns:${r}="${REL_NS}"`);
  }
  const part = `<${prefix}tablePart ${r}:id="${rId}"/>`;
  const existing = new RegExp(`<${prefix}tableParts\\b[^>]*?(?:/>|>([\\s\\S]*?)</${prefix}tableParts>)`).exec(out);
  if (existing) {
    const inner = (existing[1] ?? '') + part;
    const count = (inner.match(new RegExp(`<${prefix}tablePart\\b`, 'g')) ?? []).length;
    return out.replace(existing[0], `<${prefix}tableParts count="${count}">${inner}</${prefix}tableParts>`);
  }
  const end = out.lastIndexOf(`</${prefix}worksheet>`);
  const ext = out.lastIndexOf(`<${prefix}extLst`);
  const lastExtEnd = out.lastIndexOf(`</${prefix}extLst>`);
  // The worksheet's own extLst is its last child: nothing but whitespace between it and the end.
  const at = ext >= 0 && lastExtEnd > ext && out.slice(lastExtEnd + `</${prefix}extLst>`.length, end).trim() === '' ? ext : end;
  return `${out.slice(0, at)}<${prefix}tableParts count="1">${part}</${prefix}tableParts>${out.slice(at)}`;
}

/** Parts the new table changes or adds: the worksheet's text, and the table part, the worksheet's relationships and the content types. */
export async function addNewTable(
  zip: ZipPackage,
  changed: ReadonlyMap<string, PartBytes | null>,
  sheetPart: string,
  sheetText: string,
  nt: NewTableEdit,
  existing: readonly TablePart[],
  dateStyles: readonly boolean[],
): Promise<{ sheet: string; parts: Map<string, string> }> {
  const textOf = async (name: string): Promise<string | null> => {
    const b = changed.get(name);
    return b ? partText(b) : zip.text(name);
  };
  const sheet = parseSheetXml(sheetText);
  // Right of every cell and every table on the sheet.
  let right = 0;
  for (const r of sheet.rows) for (const c of cellsOf(r.inner, sheet.prefix)) right = Math.max(right, c.col);
  for (const t of existing) if (t.sheetPart === sheetPart) right = Math.max(right, parseRange(t.ref)?.right ?? 0);
  const left = right + 2;
  const box = { top: 2, left, bottom: 2 + Math.max(1, nt.rows.length), right: left + nt.headers.length - 1 };
  const placed = { headerRow: 2, left, right: box.right, refBottom: 2 };
  const withRows = piecesText(writeTableRows(sheet, placed, nt.rows.map((cells) => ({ from: null, cells })), dateStyles, nt.headers));
  const captioned = parseSheetXml(withRows);
  const xml = piecesText(rewriteRows(captioned, 1, 1, () => {
    const item = captioned.byRow.get(1);
    const cells = [...(item ? cellsOf(item.inner, captioned.prefix) : []), { col: left, xml: cellXml(`${colLetters(left)}1`, null, nt.caption, false, captioned.prefix) }];
    return { attrs: item?.attrs ?? '', cells: cells.sort((a, b) => a.col - b.col).map((c) => c.xml) };
  }));

  let id = 0;
  for (const t of existing) id = Math.max(id, Number(/<(?:[\w.-]+:)?table\b[^>]*?\sid="(\d+)"/.exec((await textOf(t.part)) ?? '')?.[1] ?? 0));
  const taken = zip.names.map((n) => /^xl\/tables\/table(\d+)\.xml$/i.exec(n)?.[1]).filter(Boolean).map(Number);
  const partName = `xl/tables/table${Math.max(0, ...taken) + 1}.xml`;
  const relsPart = relsPathOf(sheetPart);
  const rels = (await textOf(relsPart)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}"></Relationships>`;
  const rId = `rId${Math.max(0, ...[...rels.matchAll(/\sId="rId(\d+)"/g)].map((m) => Number(m[1]))) + 1}`;
  const target = posix.relative(posix.dirname(sheetPart), partName);
  const parts = new Map<string, string>([
    [partName, tablePartXml(id + 1, nt.table, rangeRef(box), nt.headers)],
    [relsPart, rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="${rId}" Type="${REL_NS}/table" Target="${target}"/></Relationships>`)],
    ['[Content_Types].xml', ((await textOf('[Content_Types].xml')) ?? '').replace('</Types>', `<Override PartName="/${partName}" ContentType="${TABLE_TYPE}"/></Types>`)],
  ]);
  return { sheet: withTablePart(xml, rId, sheet.prefix), parts };
}
