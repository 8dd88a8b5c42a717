/**
 * The proxy side of the fake: every API object is a proxy that resolves its document object
 * during `sync()`, queues writes and method calls, and exposes only properties that were loaded
 * and synced (reading any other one throws PropertyNotLoaded, as Office.js does).
 */
import { FakeOfficeError, itemNotFound, propertyNotLoaded } from './errors';
import type { FakeRequestContext } from './context';

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown> | undefined;

/** Splits a load option into scalar properties of this object and paths into navigation children. */
export function parseLoad(option: LoadOption, scalars: readonly string[]): { props: string[]; nav: Map<string, string[]> } {
  const paths: string[] = [];
  const addText = (t: string | string[]) => (Array.isArray(t) ? t : t.split(',')).forEach((x) => x.trim() && paths.push(x.trim()));
  if (option === undefined) paths.push(...scalars);
  else if (typeof option === 'string' || Array.isArray(option)) addText(option);
  else if ('select' in option || 'expand' in option) {
    const o = option as { select?: string | string[]; expand?: string | string[] };
    if (o.select) addText(o.select);
    if (o.expand) addText(o.expand);
  } else {
    const walk = (o: Record<string, unknown>, prefix: string) => {
      for (const [k, v] of Object.entries(o)) {
        if (k.startsWith('$')) continue;
        if (v === true) paths.push(prefix + k);
        else if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}/`);
      }
    };
    walk(option, '');
  }
  const props: string[] = [];
  const nav = new Map<string, string[]>();
  for (const p of paths) {
    const [head, ...rest] = p.split('/');
    if (rest.length === 0) props.push(head);
    else nav.set(head, [...(nav.get(head) ?? []), rest.join('/')]);
  }
  return { props, nav };
}

export abstract class FakeClientObject<T> {
  private memo: { value: T | null } | null = null;
  protected readonly loadedProps = new Map<string, unknown>();
  /** Scalar properties `load()` without arguments loads, and that `read()` knows. */
  protected abstract readonly scalarNames: readonly string[];
  protected abstract readonly typeName: string;

  protected constructor(
    readonly context: FakeRequestContext,
    protected readonly path: string,
    protected readonly resolver: () => T | null,
    instantiate = true,
  ) {
    if (instantiate) context.enqueue({ instantiate: path }, () => void this.target());
  }

  /** The document object, resolved once, in queue order, during a sync. */
  protected target(): T | null {
    if (!this.memo) this.memo = { value: this.resolver() };
    return this.memo.value;
  }

  protected must(): T {
    const t = this.target();
    if (t === null) throw itemNotFound(this.path);
    return t;
  }

  get isNullObject(): boolean {
    if (!this.memo) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.memo.value === null;
  }

  /** Reads a scalar property from the document (runs during sync). */
  protected abstract read(t: T, prop: string): unknown;

  /** Navigation children by name, for load paths like `format/fill/color`. */
  protected child(name: string): FakeClientObject<unknown> | undefined {
    if (this.scalarNames.includes(name) || name === 'isNullObject' || name === 'items') return undefined;
    const v = (this as unknown as Record<string, unknown>)[name];
    return v instanceof FakeClientObject ? v : undefined;
  }

  load(option?: LoadOption): this {
    const { props, nav } = parseLoad(option, this.scalarNames);
    for (const [name, rest] of nav) {
      const c = this.child(name);
      if (!c) throw new FakeOfficeError('InvalidArgument', `${this.typeName} has no navigation property ${name}`);
      c.load(rest);
    }
    for (const p of props) {
      if (!this.scalarNames.includes(p) && !this.child(p))
        throw new FakeOfficeError('InvalidArgument', `${this.typeName} has no property ${p}`);
      if (this.child(p)) this.child(p)!.load();
    }
    const scalars = props.filter((p) => this.scalarNames.includes(p));
    if (scalars.length)
      this.context.enqueue({ load: this.path, select: scalars }, () => {
        const t = this.target();
        const data: Record<string, unknown> = {};
        for (const p of scalars) data[p] = t === null ? null : this.read(t, p);
        return { data, commit: () => scalars.forEach((p) => this.loadedProps.set(p, data[p])) };
      });
    return this;
  }

  /** A loaded property, or PropertyNotLoaded. */
  protected got<V>(prop: string): V {
    if (!this.loadedProps.has(prop)) throw propertyNotLoaded(this.typeName, prop);
    return this.loadedProps.get(prop) as V;
  }

  /** Queues a property write; it reaches the document at sync (a null object ignores it). */
  protected put(prop: string, value: unknown, apply: (t: T) => void): void {
    this.context.enqueue({ set: this.path, prop, value }, () => {
      const t = this.target();
      if (t !== null) apply(t);
    });
    this.loadedProps.delete(prop);
  }

  /** Queues a method call. */
  protected call(method: string, args: unknown[], apply: (t: T) => void): void {
    this.context.enqueue({ call: this.path, method, args }, () => {
      const t = this.target();
      if (t !== null) apply(t);
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedProps);
  }
}

/** `ClientResult<T>`: its value is readable after the sync that computed it. */
export class FakeClientResult<V> {
  private done = false;
  private v: V | undefined;
  constructor(context: FakeRequestContext, json: unknown, compute: () => V) {
    context.enqueue(json, () => {
      const data = compute();
      return { data, commit: () => ((this.v = data), (this.done = true)) };
    });
  }
  get value(): V {
    if (!this.done) throw propertyNotLoaded('ClientResult', 'value');
    return this.v as V;
  }
}

/** Collections: `items` after a load, each item with the loaded properties. */
export abstract class FakeCollection<M, P extends FakeClientObject<M>> extends FakeClientObject<M[]> {
  private loadedItems: P[] | null = null;
  protected readonly scalarNames: readonly string[] = [];
  protected abstract itemProxy(m: M, index: number): P;
  protected abstract itemScalars: readonly string[];

  protected read(): unknown {
    return undefined;
  }

  /** Collections are live: their members are looked up at every use. */
  protected override target(): M[] | null {
    return this.resolver();
  }

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, 'items');
    return this.loadedItems;
  }

  override load(option?: LoadOption): this {
    let inner: LoadOption = undefined;
    if (typeof option === 'string' || Array.isArray(option)) {
      const parts = (Array.isArray(option) ? option : option.split(',')).map((x) => x.trim().replace(/^items\//, '')).filter((x) => x && x !== 'items');
      inner = parts.length ? parts : undefined;
    } else if (option && typeof option === 'object') inner = option;
    // Instantiate item proxies inside the sync (the collection's members are known only then).
    const holder: { items: P[] } = { items: [] };
    this.context.enqueue({ load: this.path, items: inner ?? '*' }, () => {
      const list = this.must();
      holder.items = list.map((m, i) => this.itemProxy(m, i));
      const data: Record<string, unknown>[] = [];
      for (const it of holder.items) {
        const { props } = parseLoad(inner, this.itemScalars);
        const row: Record<string, unknown> = {};
        for (const p of props.filter((x) => this.itemScalars.includes(x))) row[p] = (it as unknown as { readNow(p: string): unknown }).readNow(p);
        data.push(row);
      }
      return {
        data,
        commit: () => {
          holder.items.forEach((it, i) => (it as unknown as { setLoaded(d: Record<string, unknown>): void }).setLoaded(data[i]));
          this.loadedItems = holder.items;
        },
      };
    });
    return this;
  }

  getCount(): FakeClientResult<number> {
    this.context.office.requireSet('ExcelApi', '1.4', `${this.typeName}.getCount`);
    return new FakeClientResult(this.context, { call: this.path, method: 'getCount' }, () => this.must().length);
  }
}

/** Items built during a sync bypass the queue: they resolve to a known document object. */
export abstract class FakeItem<T> extends FakeClientObject<T> {
  protected constructor(context: FakeRequestContext, path: string, resolver: () => T | null, instantiate: boolean) {
    super(context, path, resolver, instantiate);
  }
  readNow(prop: string): unknown {
    return this.read(this.must(), prop);
  }
  setLoaded(d: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(d)) this.loadedProps.set(k, v);
    void this.target();
  }
}
