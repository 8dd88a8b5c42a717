/**
 * Small XML parts (workbook, relationships, tables, styles) as a light element tree, parsed with
 * saxes. Element names drop their prefix (`x:sheet` → `sheet`; some writers prefix the main
 * namespace). Unprefixed attributes are in `attrs`, prefixed ones (r:id) in `nsAttrs`, both by
 * local name.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  nsAttrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** `x:sheet` → `sheet`. @example localName('x:sheet') === 'sheet' */
export const localName = (qname: string): string => {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
};

/** Parses a whole (small) document; throws on malformed XML. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlElement = { name: '#document', attrs: {}, nsAttrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let error: Error | null = null;
  parser.on('error', (e) => {
    error = error ?? e;
  });
  parser.on('opentag', (tag) => {
    const el: XmlElement = { name: localName(tag.name), attrs: {}, nsAttrs: {}, children: [], text: '' };
    for (const [k, v] of Object.entries(tag.attributes as Record<string, string>)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      const i = k.indexOf(':');
      if (i < 0) el.attrs[k] = v;
      else el.nsAttrs[k.slice(i + 1)] = v;
    }
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => {
    stack[stack.length - 1].text += t;
  });
  parser.on('cdata', (t) => {
    stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (error) throw error;
  return root;
}

/** Every descendant element named `name`, in document order. */
export function findAll(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (c.name === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}

/** The first descendant named `name`, or null. */
export function findFirst(el: XmlElement, name: string): XmlElement | null {
  for (const c of el.children) {
    if (c.name === name) return c;
    const d = findFirst(c, name);
    if (d) return d;
  }
  return null;
}

/** All text of an element and its descendants (e.g. a rich-text shared string). */
export function textOf(el: XmlElement, skip: ReadonlySet<string> = new Set()): string {
  if (skip.has(el.name)) return '';
  return el.text + el.children.map((c) => textOf(c, skip)).join('');
}

/**
 * Decodes OOXML's `_xHHHH_` escapes (control characters in ST_Xstring).
 * @example decodeXstring('a_x000D_b') === 'a\rb'
 */
export const decodeXstring = (s: string): string => (s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s);
