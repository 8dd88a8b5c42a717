/**
 * Offline checks of the add-in manifest, shared by `npm run validate` and the jest test:
 * well-formed XML, the elements Office requires, zh-CN and zh-TW overrides for every string,
 * every resid defined, icons of the declared sizes, the ribbon's functions registered by the
 * commands page, and every URL mapped to a file the production build emits (dist/ after
 * `npm run build`, else the source file webpack copies or renders there).
 * No dependencies: a small strict XML reader is enough for a manifest.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const ORIGIN = 'https://localhost:3000/';
const LOCALES = ['zh-CN', 'zh-TW'];
/** dist/ file → the source the build makes it from. */
const SOURCES = { 'taskpane.html': 'src/taskpane/taskpane.html', 'commands.html': 'src/commands/commands.html' };

// ------------------------------------------------------------------ XML reader

function lineOf(text, index) {
  return text.slice(0, index).split('\n').length;
}

/** Parses XML into { name, attrs, children, text }; throws on anything not well-formed. */
function parseXml(text) {
  let i = 0;
  const fail = (msg) => {
    throw new Error(`XML line ${lineOf(text, i)}: ${msg}`);
  };
  const ENTITY = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
  const checkText = (s, at) => {
    for (let k = s.indexOf('&'); k >= 0; k = s.indexOf('&', k + 1))
      if (!ENTITY.test(s.slice(k))) {
        i = at + k;
        fail('bad entity');
      }
    if (s.includes('<')) fail('stray <');
  };
  const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const skipMisc = () => {
    for (;;) {
      const ws = /^\s*/.exec(text.slice(i))[0];
      i += ws.length;
      if (text.startsWith('<?', i)) {
        const e = text.indexOf('?>', i);
        if (e < 0) fail('unterminated <?');
        i = e + 2;
      } else if (text.startsWith('<!--', i)) {
        const e = text.indexOf('-->', i);
        if (e < 0) fail('unterminated comment');
        i = e + 3;
      } else return;
    }
  };
  const NAME = /^[A-Za-z_][\w.:-]*/;
  function element() {
    if (text[i] !== '<') fail('expected <');
    i++;
    const m = NAME.exec(text.slice(i));
    if (!m) fail('bad tag name');
    const node = { name: m[0], attrs: {}, children: [], text: '' };
    i += m[0].length;
    for (;;) {
      const ws = /^\s*/.exec(text.slice(i))[0];
      i += ws.length;
      if (text.startsWith('/>', i)) {
        i += 2;
        return node;
      }
      if (text[i] === '>') {
        i++;
        break;
      }
      if (!ws) fail('expected space before attribute');
      const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(text.slice(i));
      if (!a) fail(`bad attribute in <${node.name}>`);
      if (a[1] in node.attrs) fail(`duplicate attribute ${a[1]}`);
      const raw = a[3] ?? a[4];
      checkText(raw, i);
      node.attrs[a[1]] = decode(raw);
      i += a[0].length;
    }
    for (;;) {
      const lt = text.indexOf('<', i);
      if (lt < 0) fail(`unclosed <${node.name}>`);
      const chunk = text.slice(i, lt);
      checkText(chunk, i);
      node.text += decode(chunk);
      i = lt;
      if (text.startsWith('<!--', i)) {
        const e = text.indexOf('-->', i);
        if (e < 0) fail('unterminated comment');
        i = e + 3;
      } else if (text.startsWith('<![CDATA[', i)) {
        const e = text.indexOf(']]>', i);
        if (e < 0) fail('unterminated CDATA');
        node.text += text.slice(i + 9, e);
        i = e + 3;
      } else if (text.startsWith('</', i)) {
        const close = new RegExp(`^</${node.name.replace(/[.]/g, '\\.')}\\s*>`).exec(text.slice(i));
        if (!close) fail(`</…> does not close <${node.name}>`);
        i += close[0].length;
        node.text = node.text.trim();
        return node;
      } else node.children.push(element());
    }
  }
  skipMisc();
  const root = element();
  skipMisc();
  if (i < text.length) fail('content after the root element');
  return root;
}

// ------------------------------------------------------------------ helpers

const local = (n) => n.name.replace(/^.*:/, '');
const kids = (n, name) => n.children.filter((c) => local(c) === name);
const kid = (n, name) => kids(n, name)[0];
function* walk(n) {
  yield n;
  for (const c of n.children) yield* walk(c);
}

/** Width and height of a PNG file from its IHDR chunk, or null. */
function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Where the file behind a URL is: dist/ when built, else its source. */
function fileFor(url, root, useDist) {
  if (!url.startsWith(ORIGIN)) return { rel: null, file: null };
  const rel = decodeURIComponent(url.slice(ORIGIN.length).split(/[?#]/)[0]);
  if (useDist) return { rel, file: path.join(root, 'dist', rel) };
  return { rel, file: path.join(root, SOURCES[rel] ?? rel) };
}

/**
 * dist/ counts only when it comes from a build of this manifest (the build copies it there);
 * otherwise the sources the build copies or renders are checked.
 */
function distIsCurrent(dir, manifest) {
  const built = path.join(dir, 'dist', manifest);
  if (!fs.existsSync(path.join(dir, 'dist', 'taskpane.html')) || !fs.existsSync(built)) return false;
  return fs.readFileSync(built, 'utf8') === fs.readFileSync(path.join(dir, manifest), 'utf8');
}

// ------------------------------------------------------------------ checks

function checkManifest(root, opts = {}) {
  const dir = opts.root ?? path.join(__dirname, '..');
  const useDist = opts.useDist ?? distIsCurrent(dir, opts.manifest ?? 'manifest.xml');
  const errors = [];
  const err = (m) => errors.push(m);
  let xml;
  try {
    xml = parseXml(fs.readFileSync(path.join(dir, opts.manifest ?? 'manifest.xml'), 'utf8'));
  } catch (e) {
    return { errors: [e.message], urls: [], useDist };
  }
  if (local(xml) !== 'OfficeApp') err('root element must be OfficeApp');
  if (xml.attrs['xsi:type'] !== 'TaskPaneApp') err('OfficeApp xsi:type must be TaskPaneApp');

  // Required elements, in the order the schema wants them.
  const ORDER = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
  const seen = xml.children.map(local).filter((n) => ORDER.includes(n));
  for (const n of ORDER) if (!seen.includes(n)) err(`missing <${n}>`);
  if (seen.join() !== ORDER.filter((n) => seen.includes(n)).join()) err(`elements out of schema order: ${seen.join(', ')}`);
  const id = kid(xml, 'Id')?.text ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) err('Id must be a GUID');
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(kid(xml, 'Version')?.text ?? '')) err('Version must be n.n.n.n');
  if ((kid(xml, 'Permissions')?.text ?? '') !== 'ReadWriteDocument') err('Permissions must be ReadWriteDocument');
  const hosts = kids(kid(xml, 'Hosts') ?? { children: [] }, 'Host').map((h) => h.attrs.Name);
  if (!hosts.includes('Workbook')) err('Hosts must include Workbook');
  const sets = [...walk(kid(xml, 'Requirements') ?? { children: [] })].filter((n) => local(n) === 'Set');
  const excel = sets.find((s) => s.attrs.Name === 'ExcelApi');
  const ver = excel ? excel.attrs.MinVersion ?? kid(xml, 'Requirements').children[0]?.attrs.DefaultMinVersion : null;
  if (!excel || !ver || Number(ver.split('.')[1]) < 7) err('Requirements must ask for ExcelApi 1.7 or later');
  for (const name of ['DisplayName', 'Description']) {
    const n = kid(xml, name);
    if (!n?.attrs.DefaultValue) err(`<${name}> needs DefaultValue`);
    for (const l of LOCALES) if (!kids(n ?? { children: [] }, 'Override').some((o) => o.attrs.Locale === l && o.attrs.Value)) err(`<${name}> lacks the ${l} override`);
  }

  // Resources: every resid defined, every string overridden in zh-CN and zh-TW.
  const vo = kid(xml, 'VersionOverrides');
  const resources = vo ? kid(vo, 'Resources') : null;
  const defined = new Map();
  if (!resources) err('VersionOverrides has no Resources');
  else
    for (const group of resources.children)
      for (const r of group.children) {
        const rid = r.attrs.id;
        if (!rid) continue;
        if (defined.has(rid)) err(`resource ${rid} defined twice`);
        defined.set(rid, { kind: local(group), node: r });
        if (local(group) === 'ShortStrings' || local(group) === 'LongStrings') {
          const max = local(group) === 'ShortStrings' ? 125 : 250;
          const values = [r.attrs.DefaultValue, ...kids(r, 'Override').map((o) => o.attrs.Value)];
          if (values.some((v) => !v || v.length > max)) err(`string ${rid}: every value must be 1–${max} characters`);
          for (const l of LOCALES) if (!kids(r, 'Override').some((o) => o.attrs.Locale === l)) err(`string ${rid} lacks the ${l} override`);
        }
      }
  const used = new Set();
  for (const n of walk(vo ?? { children: [] }))
    if (n.attrs && n.attrs.resid) {
      used.add(n.attrs.resid);
      if (!defined.has(n.attrs.resid)) err(`resid ${n.attrs.resid} is not defined`);
    }
  for (const rid of defined.keys()) if (!used.has(rid)) err(`resource ${rid} is never used`);

  // Ribbon: a group on TabHome with ShowTaskpane and the two ExecuteFunction commands.
  const all = vo ? [...walk(vo)] : [];
  const tab = all.find((n) => local(n) === 'OfficeTab');
  if (tab?.attrs.id !== 'TabHome') err('the group must sit on the Home tab (OfficeTab id="TabHome")');
  const actions = all.filter((n) => local(n) === 'Action').map((a) => ({ type: a.attrs['xsi:type'], fn: kid(a, 'FunctionName')?.text }));
  if (!actions.some((a) => a.type === 'ShowTaskpane')) err('no ShowTaskpane button');
  const fns = actions.filter((a) => a.type === 'ExecuteFunction').map((a) => a.fn);
  for (const f of ['checkRows', 'refreshStats']) if (!fns.includes(f)) err(`no ExecuteFunction button for ${f}`);
  if (!all.some((n) => local(n) === 'FunctionFile')) err('ExecuteFunction needs a FunctionFile');
  const commandsSrc = path.join(dir, 'src/commands/commands.ts');
  const commandsText = fs.existsSync(commandsSrc) ? fs.readFileSync(commandsSrc, 'utf8') : '';
  for (const f of fns) if (!commandsText.includes(`associate('${f}'`)) err(`src/commands/commands.ts does not associate ${f}`);
  for (const icon of all.filter((n) => local(n) === 'Icon')) {
    const sizes = kids(icon, 'Image').map((im) => im.attrs.size);
    for (const s of ['16', '32', '80']) if (!sizes.includes(s)) err(`an <Icon> lacks the ${s} px image`);
  }

  // URLs: each maps to a file the build emits; images have their declared size.
  const urls = [];
  const addUrl = (url, where, size) => urls.push({ url, where, size });
  addUrl(kid(xml, 'IconUrl')?.attrs.DefaultValue, 'IconUrl', 32);
  addUrl(kid(xml, 'HighResolutionIconUrl')?.attrs.DefaultValue, 'HighResolutionIconUrl', 64);
  addUrl(kid(xml, 'SupportUrl')?.attrs.DefaultValue, 'SupportUrl');
  addUrl(kid(kid(xml, 'DefaultSettings') ?? { children: [] }, 'SourceLocation')?.attrs.DefaultValue, 'SourceLocation');
  for (const [rid, { kind, node }] of defined)
    if (kind === 'Images' || kind === 'Urls') addUrl(node.attrs.DefaultValue, rid, kind === 'Images' ? Number((/(\d+)x\1/.exec(rid) ?? [])[1]) || undefined : undefined);
  for (const icon of all.filter((n) => local(n) === 'Icon'))
    for (const im of kids(icon, 'Image')) {
      const d = defined.get(im.attrs.resid);
      if (d) addUrl(d.node.attrs.DefaultValue, im.attrs.resid, Number(im.attrs.size));
    }
  const files = [];
  const once = new Set();
  for (const u of urls) {
    const key = `${u.url}|${u.size ?? ''}`;
    if (once.has(key)) continue;
    once.add(key);
    if (!u.url) {
      err(`${u.where} has no URL`);
      continue;
    }
    const { rel, file } = fileFor(u.url, dir, useDist);
    if (!rel) {
      err(`${u.where}: ${u.url} is not served by the add-in (${ORIGIN})`);
      continue;
    }
    files.push(rel);
    if (!fs.existsSync(file)) {
      err(`${u.where}: ${u.url} → ${path.relative(dir, file)} does not exist`);
      continue;
    }
    if (u.size && /\.png$/i.test(file)) {
      const s = pngSize(file);
      if (!s || s.width !== u.size || s.height !== u.size) err(`${u.where}: ${rel} is ${s ? `${s.width}×${s.height}` : 'not a PNG'}, expected ${u.size}×${u.size}`);
    }
  }
  for (const size of [16, 32, 64, 80]) if (!fs.existsSync(path.join(dir, useDist ? 'dist/assets' : 'assets', `icon-${size}.png`))) err(`assets/icon-${size}.png is missing`);
  return { errors, urls: [...new Set(files)].sort(), useDist };
}

module.exports = { parseXml, checkManifest, pngSize };
