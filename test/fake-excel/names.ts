/* eslint-disable @typescript-eslint/no-explicit-any -- these members mirror @types/office-js, which types them as any */
/** Defined names (workbook or sheet scope) and the workbook's settings. */
import { formatAddress, parseRect } from './address';
import { FakeCollection, FakeItem } from './base';
import type { Checked } from './checked';
import type { FakeRequestContext } from './context';
import { FakeOfficeError, itemNotFound } from './errors';
import type { NamedItemModel } from './model';
import { FakeRange, RangeTarget } from './range';

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

export class FakeNamedItem extends FakeItem<NamedItemModel> implements Checked<Excel.NamedItem, 'name' | 'formula' | 'comment' | 'type' | 'delete' | 'getRange'> {
  protected readonly scalarNames = ['name', 'formula', 'comment', 'type', 'visible', 'value'];
  protected readonly typeName = 'NamedItem';
  constructor(context: FakeRequestContext, path: string, resolver: () => NamedItemModel | null, instantiate = true) {
    super(context, path, resolver, instantiate);
  }
  protected read(t: NamedItemModel, prop: string): unknown {
    if (prop === 'type') return 'Range';
    if (prop === 'visible') return true;
    if (prop === 'value') return t.formula;
    return (t as unknown as Record<string, unknown>)[prop];
  }
  get name(): string { return this.got('name'); }
  get value(): any { return this.got('value'); }
  // NamedItem.formula is ExcelApi 1.7 (the name, its type and value are 1.1).
  get formula(): any { this.context.office.requireSet('ExcelApi', '1.7', 'NamedItem.formula'); return this.got('formula'); }
  set formula(v: any) { this.context.office.requireSet('ExcelApi', '1.7', 'NamedItem.formula'); this.put('formula', v, (t) => void (t.formula = String(v))); }
  get comment(): string { return this.got('comment'); }
  set comment(v: string) { this.put('comment', v, (t) => void (t.comment = v)); }
  get type(): Excel.NamedItemType | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Range' | 'Error' | 'Array' { return this.got('type'); }
  delete(): void {
    this.call('delete', [], (t) => {
      const m = this.context.office.model;
      m.names = m.names.filter((x) => x !== t);
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange()`, () => {
      const t = this.must();
      const f = t.formula.replace(/^=/, '');
      const bang = f.lastIndexOf('!');
      const sheetName = f.slice(0, bang).replace(/^'|'$/g, '');
      const sheet = this.context.office.model.sheetByName(sheetName);
      if (!sheet) throw new FakeOfficeError('InvalidReference', `Name ${t.name} does not refer to a range.`);
      return { sheet, rect: parseRect(f.slice(bang + 1).replace(/\$/g, '')) };
    });
  }
}

export class FakeNamedItemCollection
  extends FakeCollection<NamedItemModel, FakeNamedItem>
  implements Checked<Excel.NamedItemCollection, 'add' | 'getItem' | 'getItemOrNullObject' | 'getCount'>
{
  protected readonly typeName = 'NamedItemCollection';
  protected readonly itemScalars = ['name', 'formula', 'comment', 'type', 'visible', 'value'];
  /** `scope` resolves to null for the workbook, or to the sheet name. */
  constructor(context: FakeRequestContext, path: string, private readonly scope: () => string | null) {
    super(context, path, () => {
      const sc = scope();
      return context.office.model.names.filter((n) => n.scope === sc);
    }, false);
  }
  protected itemProxy(m: NamedItemModel, i: number): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this.path}[${i}]`, () => m, false);
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this.context.office.requireSet('ExcelApi', '1.4', 'NamedItemCollection.add');
    let made: NamedItemModel | null = null;
    this.call('add', [name, typeof reference === 'string' ? reference : '(range)', comment ?? ''], () => {
      const m = this.context.office.model;
      const scope = this.scope();
      if (!NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new FakeOfficeError('InvalidArgument', `Invalid name ${name}`);
      if (m.names.some((n) => n.scope === scope && n.name.toLowerCase() === name.toLowerCase()) || (scope === null && m.tableByName(name)))
        throw new FakeOfficeError('ItemAlreadyExists', `The name ${name} already exists.`);
      let formula: string;
      if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
      else {
        const t = (reference as unknown as { must(): RangeTarget }).must();
        formula = `=${formatAddress(t.sheet.name, t.rect)}`;
      }
      made = { name, formula, comment: comment ?? '', scope };
      m.names.push(made);
    });
    return new FakeNamedItem(this.context, `${this.path}.add(${name})`, () => made);
  }
  private find(name: string): NamedItemModel | null {
    return this.must().find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this.path}.getItem(${name})`, () => {
      const n = this.find(name);
      if (!n) throw itemNotFound(`name ${name}`);
      return n;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this.path}.getItemOrNullObject(${name})`, () => this.find(name));
  }
}

interface SettingModel {
  key: string;
}

export class FakeSetting extends FakeItem<SettingModel> implements Checked<Excel.Setting, 'key' | 'value' | 'delete'> {
  protected readonly scalarNames = ['key', 'value'];
  protected readonly typeName = 'Setting';
  constructor(context: FakeRequestContext, path: string, resolver: () => SettingModel | null, instantiate = true) {
    super(context, path, resolver, instantiate);
  }
  protected read(t: SettingModel, prop: string): unknown {
    if (prop === 'key') return t.key;
    const raw = this.context.office.model.settings.get(t.key);
    return raw === undefined ? null : JSON.parse(raw);
  }
  get key(): string { return this.got('key'); }
  get value(): any { return this.got('value'); }
  set value(v: any) { this.put('value', v, (t) => void this.context.office.model.settings.set(t.key, JSON.stringify(v))); }
  delete(): void {
    this.call('delete', [], (t) => void this.context.office.model.settings.delete(t.key));
  }
}

export class FakeSettingCollection
  extends FakeCollection<SettingModel, FakeSetting>
  implements Checked<Excel.SettingCollection, 'add' | 'getItem' | 'getItemOrNullObject' | 'getCount'>
{
  protected readonly typeName = 'SettingCollection';
  protected readonly itemScalars = ['key', 'value'];
  constructor(context: FakeRequestContext) {
    super(context, 'workbook.settings', () => [...context.office.model.settings.keys()].map((key) => ({ key })), false);
  }
  protected itemProxy(m: SettingModel, i: number): FakeSetting {
    return new FakeSetting(this.context, `${this.path}[${i}]`, () => m, false);
  }
  add(key: string, value: string | number | boolean | Date | any[] | any): FakeSetting {
    this.call('add', [key, value], () => void this.context.office.model.settings.set(key, JSON.stringify(value)));
    return new FakeSetting(this.context, `${this.path}.add(${key})`, () => ({ key }));
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, `${this.path}.getItem(${key})`, () => {
      if (!this.context.office.model.settings.has(key)) throw itemNotFound(`setting ${key}`);
      return { key };
    });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, `${this.path}.getItemOrNullObject(${key})`, () => (this.context.office.model.settings.has(key) ? { key } : null));
  }
}
