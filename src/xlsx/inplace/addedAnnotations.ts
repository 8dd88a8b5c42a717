/**
 * Notes and hyperlinks added to cells of an existing package (`archive --append`: what a team hung
 * on the tickets that move into the archive). A hyperlink goes into the sheet's `<hyperlinks>`
 * (made where the schema puts it when there is none), an external one with its relationship. A
 * note goes into the sheet's comments part and its box into the sheet's VML drawing, both made
 * (with their relationships, content types and `<legacyDrawing>`) when the sheet has none.
 * Every other part stays as it was.
 */
import { posix } from 'path';
import { colLetters } from '../read/cellRef';
import { parseRels, relKind, relsPathOf } from '../read/partPaths';
import type { PlanAnnotation } from '../../workbook/types';
import type { TailEdit } from './tailText';
import { xmlText } from './xmlText';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

/** A note or link at a sheet cell: 1-based row and column. */
export interface SheetAnnotation extends Omit<PlanAnnotation, 'row' | 'col'> {
  row: number;
  col: number;
}

/** Elements a worksheet may hold after its hyperlinks, in the schema's order. */
const AFTER_HYPERLINKS = ['printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];
/** Elements a worksheet may hold after its legacyDrawing, in the schema's order. */
const AFTER_LEGACY = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/**
 * `element` put into a sheet's tail before the first of `before` (or before `</worksheet>`).
 * @example insertBefore('</sheetData><pageMargins/></worksheet>', '<hyperlinks/>', ['pageMargins'], '') === '</sheetData><hyperlinks/><pageMargins/></worksheet>'
 */
export function insertBefore(tail: string, element: string, before: readonly string[], prefix: string): string {
  const re = new RegExp(`<${prefix}(?:${before.join('|')})\\b|</${prefix}worksheet>`);
  const m = re.exec(tail);
  const at = m ? m.index : tail.length;
  return tail.slice(0, at) + element + tail.slice(at);
}

/**
 * A sheet tail with hyperlink elements added to its `<hyperlinks>` (made when there is none).
 * @example withHyperlinks('</sheetData><pageMargins/></worksheet>', ['<hyperlink ref="A2" location="S!A1"/>'], '') === '</sheetData><hyperlinks><hyperlink ref="A2" location="S!A1"/></hyperlinks><pageMargins/></worksheet>'
 */
export function withHyperlinks(tail: string, links: readonly string[], prefix: string): string {
  const close = `</${prefix}hyperlinks>`;
  if (tail.includes(close)) return tail.replace(close, links.join('') + close);
  return insertBefore(tail, `<${prefix}hyperlinks>${links.join('')}${close}`, AFTER_HYPERLINKS, prefix);
}

/** A note's box in a VML drawing, as Excel draws a hidden note beside its cell. */
function noteShape(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col}, 15, ${row - 1}, 2, ${col + 2}, 15, ${row + 3}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape>`
  );
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** A new VML drawing holding note boxes. */
function newVml(shapes: string, idmap: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>${SHAPE_TYPE}${shapes}</xml>`
  );
}

/**
 * A comments part with notes added by the author `name`: found among its authors, or added last,
 * so that no note is put under the name of a person who did not write it.
 * @example withComments('<comments><authors><author>lead</author></authors><commentList/></comments>', 'ServiceBook', [['C5', '录音']]) === '<comments><authors><author>lead</author><author>ServiceBook</author></authors><commentList><comment ref="C5" authorId="1"><text><t xml:space="preserve">录音</t></text></comment></commentList></comments>'
 */
export function withComments(xml: string, name: string, notes: readonly (readonly [string, string])[]): string {
  const p = /<([\w.-]+:)?comments\b/.exec(xml)?.[1] ?? '';
  let out = xml.replace(new RegExp(`<${p}authors\\s*/>`), `<${p}authors></${p}authors>`).replace(new RegExp(`<${p}commentList\\s*/>`), `<${p}commentList></${p}commentList>`);
  if (!out.includes(`</${p}authors>`)) out = out.replace(new RegExp(`<${p}comments\\b[^>]*>`), (m) => `${m}<${p}authors></${p}authors>`);
  if (!out.includes(`</${p}commentList>`)) out = out.replace(`</${p}comments>`, `<${p}commentList></${p}commentList></${p}comments>`);
  const authors = [...out.matchAll(new RegExp(`<${p}author>([\\s\\S]*?)</${p}author>|<${p}author\\s*/>`, 'g'))].map((m) => m[1] ?? '');
  let id = authors.indexOf(xmlText(name));
  if (id < 0) {
    id = authors.length;
    out = out.replace(`</${p}authors>`, `<${p}author>${xmlText(name)}</${p}author></${p}authors>`);
  }
  const added = notes.map(([ref, text]) => `<${p}comment ref="${ref}" authorId="${id}"><${p}text><${p}t xml:space="preserve">${xmlText(text)}</${p}t></${p}text></${p}comment>`).join('');
  return out.replace(`</${p}commentList>`, `${added}</${p}commentList>`);
}

export interface PackageText {
  /** A part's text as edited so far, or null when absent. */
  text(name: string): Promise<string | null>;
  /** Every part name the package has or will have. */
  names(): string[];
}

/**
 * The parts and the sheet-tail edits that add `items` to the sheet at `sheetPart` (whose root
 * element has `prefix` and declares the relationships namespace as `r`).
 */
export async function annotationParts(pkg: PackageText, sheetPart: string, items: readonly SheetAnnotation[], prefix: string, r: string): Promise<{ parts: Map<string, string>; tail: TailEdit[] }> {
  const parts = new Map<string, string>();
  const tail: TailEdit[] = [];
  const relsPart = relsPathOf(sheetPart);
  let rels = (await pkg.text(relsPart)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let next = Math.max(0, ...[...rels.matchAll(/\sId="rId(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const addRel = (type: string, target: string, external: boolean): string => {
    const id = `rId${next++}`;
    rels = rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${xmlText(target)}"${external ? ' TargetMode="External"' : ''}/></Relationships>`);
    return id;
  };
  const ref = (a: SheetAnnotation): string => `${colLetters(a.col)}${a.row}`;

  const links = items
    .filter((a) => a.link?.target || a.link?.location)
    .map((a) => {
      const l = a.link!;
      const id = l.target ? ` ${r}:id="${addRel('hyperlink', l.target, true)}"` : '';
      return `<${prefix}hyperlink ref="${ref(a)}"${id}${l.location ? ` location="${xmlText(l.location)}"` : ''}${l.tooltip ? ` tooltip="${xmlText(l.tooltip)}"` : ''}/>`;
    });
  if (links.length) tail.push((t) => withHyperlinks(t, links, prefix));

  const notes = items.filter((a) => a.note !== undefined);
  if (notes.length) {
    const existing = parseRels(rels, sheetPart);
    const comments = existing.find((x) => !x.external && relKind(x.type) === 'comments');
    const vml = existing.find((x) => !x.external && relKind(x.type) === 'vmlDrawing');
    let types = (await pkg.text('[Content_Types].xml')) ?? '';
    const names = pkg.names();
    const nextName = (re: RegExp, make: (n: number) => string): string => make(Math.max(0, ...names.map((n) => Number(re.exec(n)?.[1] ?? 0))) + 1);

    const commentsPart = comments?.target ?? nextName(/^xl\/comments(\d+)\.xml$/i, (n) => `xl/comments${n}.xml`);
    const current = comments ? await pkg.text(commentsPart) : null;
    if (current === null) {
      addRel('comments', posix.relative(posix.dirname(sheetPart), commentsPart), false);
      types = types.replace('</Types>', `<Override PartName="/${commentsPart}" ContentType="${COMMENTS_TYPE}"/></Types>`);
    }
    const empty = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors/><commentList/></comments>`;
    const commentsXml = withComments(current ?? empty, 'ServiceBook', notes.map((a) => [ref(a), a.note!] as const));
    parts.set(commentsPart, commentsXml);

    const vmlPart = vml?.target ?? nextName(/^xl\/drawings\/vmlDrawing(\d+)\.vml$/i, (n) => `xl/drawings/vmlDrawing${n}.vml`);
    const vmlNow = vml ? ((await pkg.text(vmlPart)) ?? '') : '';
    let shapeId = Math.max(1024, ...[...vmlNow.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1])));
    const shapes = notes.map((a) => noteShape(++shapeId, a.row, a.col)).join('');
    if (vml && vmlNow.includes('</xml>')) {
      const typed = vmlNow.includes('_x0000_t202') ? vmlNow : vmlNow.replace(/<\/o:shapelayout>/, (m) => m + SHAPE_TYPE);
      parts.set(vmlPart, typed.replace(/<\/xml>\s*$/, `${shapes}</xml>`));
    } else {
      const idmap = Math.max(0, ...names.map((n) => Number(/vmlDrawing(\d+)\.vml$/i.exec(n)?.[1] ?? 0))) + 1;
      parts.set(vmlPart, newVml(shapes, idmap));
      const id = addRel('vmlDrawing', posix.relative(posix.dirname(sheetPart), vmlPart), false);
      if (!/<Default\b[^>]*Extension="vml"/i.test(types)) types = types.replace('</Types>', `<Default Extension="vml" ContentType="${VML_TYPE}"/></Types>`);
      tail.push((t) => insertBefore(t, `<${prefix}legacyDrawing ${r}:id="${id}"/>`, AFTER_LEGACY, prefix));
    }
    parts.set('[Content_Types].xml', types);
  }
  parts.set(relsPart, rels);
  return { parts, tail };
}
