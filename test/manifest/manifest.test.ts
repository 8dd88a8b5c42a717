/**
 * The manifest parses, carries every element and translation Office needs, and every resource it
 * references is a file the production build emits: checked against the sources webpack copies
 * or renders (build-free), and against webpack.config.js's own output names.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

interface Check {
  errors: string[];
  urls: string[];
  useDist: boolean;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest, parseXml } = require('../../scripts/manifest-check.js') as {
  checkManifest: (x: null, o: { root?: string; manifest?: string; useDist?: boolean }) => Check;
  parseXml: (s: string) => unknown;
};

const root = path.join(__dirname, '..', '..');

describe('manifest.xml', () => {
  it('passes the offline checks against the files the build copies', () => {
    const r = checkManifest(null, { root, useDist: false });
    expect(r.errors).toEqual([]);
    expect(r.urls).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png']));
  });

  it('names only files that webpack.config.js emits', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const make = require(path.join(root, 'webpack.config.js')) as (env: unknown, argv: unknown) => { plugins: { patterns?: { from: string }[]; userOptions?: { filename?: string } }[] };
    const config = make({}, { mode: 'production' });
    const pages = config.plugins.map((p) => p.userOptions?.filename).filter(Boolean);
    const copied = config.plugins.flatMap((p) => p.patterns ?? []).map((x) => x.from);
    const { urls } = checkManifest(null, { root, useDist: false });
    for (const u of urls) {
      if (u.startsWith('assets/')) expect(copied).toContain('assets/*');
      else expect(pages).toContain(u);
    }
  });

  it('catches a missing translation, an undefined resid and a missing icon', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    fs.cpSync(path.join(root, 'assets'), path.join(dir, 'assets'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'src/commands'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'src/taskpane'), { recursive: true });
    fs.copyFileSync(path.join(root, 'src/commands/commands.ts'), path.join(dir, 'src/commands/commands.ts'));
    fs.copyFileSync(path.join(root, 'src/commands/commands.html'), path.join(dir, 'src/commands/commands.html'));
    fs.writeFileSync(path.join(dir, 'src/taskpane/taskpane.html'), '<html></html>');
    const good = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
    fs.writeFileSync(path.join(dir, 'manifest.xml'), good);
    expect(checkManifest(null, { root: dir, useDist: false }).errors).toEqual([]);

    const broken = good
      .replace('<bt:Override Locale="zh-TW" Value="檢查列" />', '')
      .replace('<Label resid="Group.Label" />', '<Label resid="Nope.Label" />');
    fs.writeFileSync(path.join(dir, 'manifest.xml'), broken);
    fs.rmSync(path.join(dir, 'assets/check-80.png'));
    const errors = checkManifest(null, { root: dir, useDist: false }).errors.join('\n');
    expect(errors).toMatch(/CheckRows\.Label lacks the zh-TW override/);
    expect(errors).toMatch(/resid Nope\.Label is not defined/);
    expect(errors).toMatch(/check-80\.png does not exist/);
  });

  it('rejects XML that is not well-formed', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(/does not close/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate attribute/);
    expect(() => parseXml('<a>&nbsp;</a>')).toThrow(/bad entity/);
    expect(parseXml('<?xml version="1.0"?><!-- c --><a k="&amp;"><b/>t</a>')).toMatchObject({ name: 'a', attrs: { k: '&' } });
  });
});
