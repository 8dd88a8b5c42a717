/**
 * What a team hung on the cells of a table besides their values: notes (legacy comments, which
 * Excel also writes for every threaded comment) and hyperlinks. `archive` reads them for the rows
 * it moves, so the archive holds them where the working workbook no longer does.
 *
 *   const byTable = await tableAnnotations('book.xlsx', ['Tickets', 'Ticket_Log'])
 *   byTable.get('Tickets') // [{ row: 3, col: 5, note: '客户另有录音' }, { row: 3, col: 2, link: { target: 'https://…' } }]
 */
import type { PlanAnnotation, PlanLink } from '../../workbook/types';
import { parseCellRef, parseRange } from './cellRef';
import { parseRels, relKind, relsPathOf } from './partPaths';
import { readWorkbookParts, tablePartsOf } from './workbookParts';
import { decodeXstring, findAll, parseXml, textOf } from './xml';
import { openZip, type ZipPackage } from './zip';

export type CellLink = PlanLink;
export type CellAnnotation = PlanAnnotation;

/**
 * The notes of a comments part by cell reference, each as its text (every run, the author's line
 * included as Excel writes it).
 * @example notesOf('<comments><commentList><comment ref="B3"><text><r><t>客户另有录音</t></r></text></comment></commentList></comments>') // Map { 'B3' => '客户另有录音' }
 */
export function notesOf(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of findAll(parseXml(xml), 'comment')) {
    const ref = c.attrs.ref;
    if (ref) out.set(ref.trim().toUpperCase(), decodeXstring(findAll(c, 't').map((t) => textOf(t)).join('')));
  }
  return out;
}

/**
 * The hyperlinks of a worksheet's XML by the top-left cell of their range, with their
 * relationship targets resolved.
 * @example linksOf('<worksheet><hyperlinks><hyperlink ref="C5" location="汇总!A1"/></hyperlinks></worksheet>', new Map()) // Map { 'C5' => { location: '汇总!A1' } }
 */
export function linksOf(sheetXml: string, targets: ReadonlyMap<string, string>): Map<string, CellLink> {
  const out = new Map<string, CellLink>();
  const section = /<((?:[\w.-]+:)?)hyperlinks\b[^>]*>[\s\S]*?<\/\1hyperlinks>/.exec(sheetXml);
  if (!section) return out;
  for (const h of findAll(parseXml(section[0]), 'hyperlink')) {
    const ref = (h.attrs.ref ?? '').split(':')[0].trim().toUpperCase();
    const link: CellLink = {};
    const target = targets.get(h.nsAttrs.id ?? '');
    if (target) link.target = target;
    if (h.attrs.location) link.location = h.attrs.location;
    if (h.attrs.tooltip) link.tooltip = h.attrs.tooltip;
    if (ref && (link.target || link.location)) out.set(ref, link);
  }
  return out;
}

/** The notes and hyperlinks on one sheet, by cell reference. */
async function sheetAnnotations(zip: ZipPackage, sheetPart: string): Promise<{ notes: Map<string, string>; links: Map<string, CellLink> }> {
  const rels = parseRels(await zip.text(relsPathOf(sheetPart)), sheetPart);
  const notes = new Map<string, string>();
  for (const r of rels) {
    if (r.external || relKind(r.type) !== 'comments') continue;
    const xml = await zip.text(r.target);
    if (xml) for (const [ref, text] of notesOf(xml)) notes.set(ref, text);
  }
  const targets = new Map(rels.filter((r) => relKind(r.type) === 'hyperlink').map((r) => [r.id, r.target]));
  return { notes, links: linksOf(await hyperlinksSection(zip, sheetPart), targets) };
}

/**
 * A worksheet's `<hyperlinks>` element, streamed past its rows: the part (100,000 tickets' rows)
 * is never one string; empty when the sheet has none.
 */
async function hyperlinksSection(zip: ZipPackage, sheetPart: string): Promise<string> {
  const stream = await zip.stream(sheetPart);
  if (!stream) return '';
  const open = /<(?:[\w.-]+:)?hyperlinks[\s>]/;
  const kept: Buffer[] = [];
  let tail = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (kept.length) {
      kept.push(chunk);
      continue;
    }
    // Tags are ASCII: latin1 finds them in any chunk, a few bytes of the previous one included.
    const text = tail + chunk.toString('latin1');
    const at = text.search(open);
    if (at >= 0) kept.push(Buffer.from(text.slice(at), 'latin1'));
    tail = text.slice(-32);
  }
  const xml = Buffer.concat(kept).toString('utf8');
  const end = /<\/(?:[\w.-]+:)?hyperlinks>/.exec(xml);
  return end ? xml.slice(0, end.index + end[0].length) : '';
}

/** The notes and hyperlinks on the body cells of the named tables, by table. */
export async function tableAnnotations(path: string, tables: readonly string[]): Promise<Map<string, CellAnnotation[]>> {
  const out = new Map<string, CellAnnotation[]>();
  const zip = await openZip(path);
  try {
    const parts = await readWorkbookParts(zip);
    for (const sheet of parts.sheets) {
      if (sheet.kind !== 'worksheet') continue;
      const wanted = (await tablePartsOf(zip, sheet)).filter((t) => tables.includes(t.name));
      if (!wanted.length) continue;
      const { notes, links } = await sheetAnnotations(zip, sheet.part);
      if (!notes.size && !links.size) continue;
      for (const t of wanted) {
        const box = parseRange(t.ref);
        if (!box) continue;
        const top = box.top + t.headerRowCount;
        const bottom = box.bottom - t.totalsRowCount;
        const byCell = new Map<string, CellAnnotation>();
        const at = (ref: string): CellAnnotation | null => {
          const p = parseCellRef(ref);
          if (!p || p.row < top || p.row > bottom || p.col < box.left || p.col > box.right) return null;
          const key = `${p.row}:${p.col}`;
          let a = byCell.get(key);
          if (!a) byCell.set(key, (a = { row: p.row - top, col: p.col - box.left }));
          return a;
        };
        for (const [ref, note] of notes) {
          const a = at(ref);
          if (a) a.note = note;
        }
        for (const [ref, link] of links) {
          const a = at(ref);
          if (a) a.link = link;
        }
        if (byCell.size) out.set(t.name, [...byCell.values()]);
      }
    }
    return out;
  } finally {
    zip.close();
  }
}
