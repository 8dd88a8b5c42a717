/**
 * The command speaks the run's language: `--locale`, else LC_ALL / LC_MESSAGES / LANG, else zh-CN —
 * its results, its own errors, commander's argument errors and `--help`.
 */
import * as path from 'path';
import { sbIn, tempDir, writeGridGbCsv } from './helpers';

jest.setTimeout(60_000);

const han = /[\u4e00-\u9fff]/;
const dir = tempDir('sb-locale-');
const p = (f: string): string => path.join(dir, f);

describe('--help', () => {
  it('is Simplified Chinese when the environment names no language', async () => {
    const r = await sbIn({ LANG: 'C.UTF-8' }, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('用法： servicebook [选项] [命令]');
    expect(r.out).toContain('命令：');
    expect(r.out).toMatch(/^ {2}init \[选项\] +新建结构化工作簿$/m);
    expect(r.out).not.toMatch(/Usage:|Options:|display help/);
  });

  it('follows LANG (zh_TW) for a command’s help, defaults included', async () => {
    const r = await sbIn({ LANG: 'zh_TW.UTF-8' }, 'stats', '--help');
    expect(r.out).toContain('用法： servicebook stats [選項] <inputs...>');
    expect(r.out).toContain('選項：');
    expect(r.out).toContain('參數：');
    expect(r.out).toMatch(/統計週期：week \| month \| quarter \| all（預設：month）/);
    expect(r.out).toContain('顯示說明');
  });

  it('is English with --locale en-US, whatever LANG says, with no Chinese left', async () => {
    const r = await sbIn({ LANG: 'zh_CN.UTF-8' }, 'init', '--locale', 'en-US', '--help');
    expect(r.out).toContain('Usage: servicebook init [options]');
    expect(r.out).toContain('create a structured workbook');
    expect(r.out).toContain('(default: standard)');
    expect(r.out).not.toMatch(han);
    const top = await sbIn({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, 'help');
    expect(top.out).toContain('Commands:');
    expect(top.out).not.toMatch(han);
  });
});

describe('argument errors', () => {
  it('commander’s own errors are in the run’s language, one line, exit 2', async () => {
    const missing = await sbIn({ LANG: 'en_US.UTF-8' }, 'init');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe("servicebook: option '-o, --output <file>' is required (run servicebook --help for usage)\n");

    const typo = await sbIn({}, 'stats', 'a.xlsx', '--perod', 'week');
    expect(typo.code).toBe(2);
    expect(typo.err).toBe('servicebook：未知的选项「--perod」（是否要用 --period？）（运行 servicebook --help 查看用法）\n');

    const cmd = await sbIn({ LANG: 'zh_TW.UTF-8' }, 'statz');
    expect(cmd.err).toMatch(/^servicebook：未知的命令「statz」（是否要用 stats？）/);

    const extra = await sbIn({ LANG: 'en_US.UTF-8' }, 'validate', 'a.xlsx', 'b.xlsx');
    expect(extra.err).toMatch(/too many arguments: expected 1, got 2/);

    const noValue = await sbIn({ LANG: 'en_US.UTF-8' }, 'stats', 'a.xlsx', '--period');
    expect(noValue.err).toMatch(/option '--period <kind>' needs a value/);

    const noInput = await sbIn({}, 'validate');
    expect(noInput.err).toMatch(/缺少参数 <input>/);
  });

  it('the command’s own checks follow --locale, and a bad --locale is reported in LANG’s language', async () => {
    const bad = await sbIn({ LANG: 'en_US.UTF-8' }, 'stats', 'a.xlsx', '--period', 'year');
    expect(bad.err).toBe('servicebook: --period must be week, month, quarter or all: year\n');
    const badLocale = await sbIn({ LANG: 'zh_TW.UTF-8' }, 'init', '-o', p('x.xlsx'), '--locale', 'fr-FR');
    expect(badLocale.code).toBe(2);
    expect(badLocale.err).toBe('servicebook：--locale 應為 zh-CN | zh-TW | en-US：fr-FR\n');
    const badPreset = await sbIn({}, 'init', '-o', p('x.xlsx'), '--preset', 'nope', '--locale=en-US');
    expect(badPreset.err).toMatch(/^servicebook: --preset must be standard \| /);
  });
});

describe('results and row problems', () => {
  it('validate prints its problems and its total in the chosen language', async () => {
    const csv = p('rows.csv');
    writeGridGbCsv(csv, [
      ['受理时间', '客户名称', '问题描述', '处理状态'],
      ['2024-03-01 10:00', '王女士', '', '处理中'],
    ]);
    const en = await sbIn({}, 'validate', csv, '--locale', 'en-US');
    expect(en.code).toBe(1);
    expect(en.out).toMatch(/^Row 2, "Description" is empty: record the customer's actual problem\.$/m);
    expect(en.out).toMatch(/^\d+ problems$/m);
    const tw = await sbIn({ LANG: 'zh_TW.UTF-8' }, 'validate', csv, '--json');
    const json = JSON.parse(tw.out) as { problems: { code: string; message: string }[] };
    expect(json.problems.find((x) => x.code === 'missingDescription')?.message).toMatch(/^第 2 列「問題描述」為空/);
  });

  it('init reports in the chosen language', async () => {
    const r = await sbIn({ LANG: 'en_US.UTF-8' }, 'init', '-o', p('en.xlsx'), '--as-of', '2024-03-31T23:00');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Created ${p('en.xlsx')}: 0 tickets (preset standard)\n`);
  });
});
