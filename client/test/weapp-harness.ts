/**
 * Loads a page of the REAL weapp build (`dist/weapp`) into miniprogram-simulate (j-component, with
 * WeChat's own `wcc` compiling the WXML) and mounts it, so a test runs what WeChat runs: the build's
 * webpack chunks, Taro's runtime, the React reconciler, `base.wxml`'s templates and `setData`.
 *
 * - Needs a jest `jsdom` environment and the weapp build (`npm run build:weapp`; `npm test` builds it).
 * - One page per test file: the chunks register on `wx.webpackJsonp` and Taro's runtime keeps module
 *   state (`Current.app`, the page's document), so a second load in one module registry is refused.
 * - The cloud is a fake: `wx.cloud.callFunction` answers from the handler you pass, asynchronously.
 * - Every `setData` (the page's and each Taro `custom-wrapper` / `comp`) is recorded with its JSON size.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The weapp build; `LAOMO_WEAPP_DIR` points the harness at another build (e.g. a benchmark's variant). */
export const WEAPP_DIR = process.env.LAOMO_WEAPP_DIR
  ? path.resolve(process.env.LAOMO_WEAPP_DIR)
  : path.resolve(__dirname, '..', '..', 'dist', 'weapp');

/** What the fake cloud receives: what `Taro.cloud.callFunction` passes to `wx.cloud.callFunction`. */
export interface CloudCall {
  name: string;
  data: { action: string; data?: unknown; requestId?: string };
}

/** Returns the function's result (the reply envelope). Throw (e.g. `{ errCode: -1, errMsg }`) to fail the call. */
export type CallFunctionHandler = (call: CloudCall) => unknown;

export interface SetDataCall {
  /** UTF-8 byte length of `JSON.stringify(payload)`: what crosses from the logic to the view layer. */
  bytes: number;
  /** Who called `setData`: `page`, or Taro's `custom-wrapper` / `comp` custom component. */
  source: string;
  /** The payload's top-level keys: Taro's data paths (`root.cn`, `root.cn.[0].cn.[2].cn`, `i.cn`…). */
  keys: string[];
  /** Milliseconds since `loadWeappPage` started. */
  at: number;
}

export interface LoadOptions {
  callFunction: CallFunctionHandler;
  /** The page query, passed to `onLoad`. */
  query?: Record<string, string>;
  /** Initial storage (`wx.getStorageSync`). */
  storage?: Record<string, unknown>;
  /** Default `waitFor` timeout, ms (5000). */
  timeoutMs?: number;
}

/** The part of j-component's `RootComponent` these tests use. */
export interface SimComponent {
  dom: HTMLElement;
  data: Record<string, unknown>;
  instance: Record<string, unknown>;
  querySelector(selector: string): SimComponent | undefined;
  querySelectorAll(selector: string): SimComponent[];
  dispatchEvent(eventName: string, options?: Record<string, unknown>): void;
  attach(parent: Element): void;
  detach(): void;
}

export interface WeappPage {
  /** The mounted page. `root.dom.innerHTML` is the rendered tree, custom components flattened in. */
  root: SimComponent;
  /** Every `setData`, in call order, from the first render on. */
  setDataCalls: SetDataCall[];
  /** Every `wx.cloud.callFunction`, in call order. */
  cloudCalls: CloudCall[];
  /**
   * Polls every 10 ms until `selector` matches at least one rendered element (resolves with them),
   * or until `fn` returns a truthy value (resolves with it). On timeout, rejects with what rendered.
   */
  waitFor(selector: string, timeoutMs?: number): Promise<Element[]>;
  waitFor<T>(fn: () => T, timeoutMs?: number): Promise<T>;
  /** Rendered elements matching `.class` / `#id` compounds, descendant combinators and `,` lists. */
  queryAll(selector: string): Element[];
  /** The rendered text, whitespace collapsed. */
  text(): string;
  /** A `tap` on a rendered element, through the simulator's event path to Taro's `eh` handler. */
  tap(element: Element): void;
  /**
   * A keystroke in a rendered `input` / `textarea`: an `input` event whose detail carries the field's
   * whole new value (as WeChat sends it), through the same event path as `tap`.
   */
  input(element: Element, value: string): void;
  /** Sum of `bytes` of `setDataCalls.slice(from, to)`. */
  setDataBytes(from?: number, to?: number): number;
}

type Dict = Record<string, unknown>;
type Fn = (this: unknown, ...args: unknown[]) => unknown;

interface SimulateModule {
  load(componentPath: string, tagName: string, options?: Dict): string;
  render(id: string, properties?: Dict): SimComponent;
}

interface Exparser {
  Event: {
    create(name: string, detail: Dict, options: Dict): unknown;
    dispatchEvent(target: unknown, event: unknown): void;
  };
}

/** The component instance (`this`) as far as the shims need it. */
interface Caller {
  setData: (data: Dict, cb?: () => void) => void;
  _exparserNode?: { $$?: Element };
  [key: string]: unknown;
}

/** A rendered DOM element and the simulator's node behind it. */
type SimElement = Element & { __wxElement?: { id?: string } };

/** Set on the test file's global once a page is loaded. */
const LOADED = '__laomoWeappPageLoaded';

/** Throws the message the test runner shows when the build is missing. */
export function assertWeappBuilt(pagePath = 'pages/index/index'): void {
  const needed = ['app.js', 'app.json', 'base.wxml', `${pagePath}.js`, `${pagePath}.json`, `${pagePath}.wxml`];
  const missing = needed.filter((f) => !existsSync(path.join(WEAPP_DIR, f)));
  if (missing.length) {
    throw new Error(
      `The weapp build is missing (${missing.map((f) => path.join(WEAPP_DIR, f)).join(', ')}): run npm run build:weapp ` +
        '(npm test builds it before running jest).',
    );
  }
}

function byteLength(payload: unknown): number {
  return Buffer.byteLength(JSON.stringify(payload) ?? '', 'utf8');
}

/**
 * The simulator prefixes each class with the tag of the component that rendered it (`page--story-feed`,
 * `custom-wrapper--story-card`); the page is loaded as `page`, Taro's components keep their names.
 */
const classPrefixes = new Set(['page--']);

/** Adds the tag of every custom component the page uses, at any depth, to `classPrefixes`. */
function collectClassPrefixes(jsonFile: string, seen = new Set<string>()): void {
  if (seen.has(jsonFile) || !existsSync(jsonFile)) return;
  seen.add(jsonFile);
  const using = (JSON.parse(readFileSync(jsonFile, 'utf8')) as { usingComponents?: Record<string, string> })
    .usingComponents;
  for (const [tag, target] of Object.entries(using ?? {})) {
    classPrefixes.add(`${tag}--`);
    const base = target.startsWith('/') ? path.join(WEAPP_DIR, target) : path.resolve(path.dirname(jsonFile), target);
    collectClassPrefixes(`${base}.json`, seen);
  }
}

function hasClass(el: Element, name: string): boolean {
  return Array.from(el.classList).some((c) => c === name || [...classPrefixes].some((p) => c === p + name));
}

/** `.a.b#c` → a test on one element. Only classes and ids: the simulator's DOM has no other stable handles. */
function compound(part: string): (el: SimElement) => boolean {
  const tokens = [...part.matchAll(/([.#])([\w-]+)/g)];
  if (!tokens.length || tokens.map((t) => t[0]).join('') !== part) {
    throw new Error(`Unsupported selector "${part}": use .class and #id (e.g. ".story-card .story-card__title")`);
  }
  return (el) =>
    tokens.every(([, kind, name]) => (kind === '.' ? hasClass(el, name) : (el.__wxElement?.id ?? el.id) === name));
}

function matcher(selector: string): (el: SimElement) => boolean {
  const alternatives = selector.split(',').map((alt) => alt.trim().split(/\s+/).map(compound));
  return (el) =>
    alternatives.some((chain) => {
      // The last compound matches the element; the others match ancestors, in order.
      if (!chain[chain.length - 1](el)) return false;
      let i = chain.length - 2;
      for (let up = el.parentElement; up && i >= 0; up = up.parentElement) if (chain[i](up)) i -= 1;
      return i < 0;
    });
}

export async function loadWeappPage(pagePath: string, options: LoadOptions): Promise<WeappPage> {
  assertWeappBuilt(pagePath);
  const g = globalThis as unknown as Dict;
  if (g[LOADED]) {
    throw new Error(`loadWeappPage: ${String(g[LOADED])} is already loaded: one page per test file.`);
  }
  g[LOADED] = pagePath;

  const started = Date.now();
  const setDataCalls: SetDataCall[] = [];
  const cloudCalls: CloudCall[] = [];

  // miniprogram-simulate installs `wx` (mocked APIs), `Component` and `Behavior` when required.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const simulate = require('miniprogram-simulate') as SimulateModule;
  // The exparser instance j-component renders with (for `tap`), resolved through the simulator.
  const jComponentDir = path.dirname(
    require.resolve('j-component', { paths: [path.dirname(require.resolve('miniprogram-simulate'))] }),
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exparser = require(require.resolve('miniprogram-exparser', { paths: [jComponentDir] })) as Exparser;
  const wx = g.wx as Dict;

  // ---- wx: the simulator's storage APIs are stateless mocks; make them a real store. ----
  const storage = new Map<string, unknown>(Object.entries(options.storage ?? {}));
  Object.assign(wx, {
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
  });

  // ---- wx.cloud: the simulator has none. ----
  wx.cloud = {
    init() {},
    callFunction(params: { name: string; data: CloudCall['data']; success?: Fn; fail?: Fn; complete?: Fn }) {
      // A copy, as if serialized over the wire: later mutation by the page cannot change the record.
      const call = JSON.parse(JSON.stringify({ name: params.name, data: params.data })) as CloudCall;
      cloudCalls.push(call);
      const reply = new Promise<Dict>((resolve, reject) => {
        setTimeout(() => {
          try {
            const result = JSON.parse(JSON.stringify(options.callFunction(call) ?? null)) as unknown;
            resolve({ result, errMsg: 'cloud.callFunction:ok', requestID: `fake-${cloudCalls.length}` });
          } catch (error) {
            reject(error);
          }
        }, 0);
      });
      reply.then(
        (res) => (params.success?.(res), params.complete?.(res)),
        (err: unknown) => (params.fail?.(err), params.complete?.(err)),
      );
      return reply;
    },
  };

  // ---- App / getApp / getCurrentPages ----
  let app: Dict | null = null;
  const pages: Caller[] = [];
  g.App = (config: Dict) => {
    app = config;
  };
  g.getApp = () => app;
  g.getCurrentPages = () => pages;

  // ---- Component: record every setData of every component created from now on. ----
  const simComponent = g.Component as (config: Dict) => void;
  const component = (config: Dict) => {
    const lifetimes: Dict = { ...((config.lifetimes as Dict | undefined) ?? {}) };
    const created = (lifetimes.created ?? config.created) as Fn | undefined;
    lifetimes.created = function (this: Caller, ...args: unknown[]) {
      const original = this.setData;
      const source = this._exparserNode?.$$?.tagName.toLowerCase() ?? 'component';
      this.setData = (data: Dict, cb?: () => void) => {
        setDataCalls.push({ bytes: byteLength(data), source, keys: Object.keys(data), at: Date.now() - started });
        original.call(this, data, cb);
      };
      return created?.apply(this, args);
    };
    simComponent({ ...config, lifetimes });
  };
  g.Component = component;

  // ---- Page: Taro's page config as a Component whose lifetimes drive the page lifecycle. ----
  g.Page = (config: Dict) => {
    const methods: Dict = {};
    for (const [key, value] of Object.entries(config)) if (typeof value === 'function') methods[key] = value;
    const query = { ...(options.query ?? {}) };
    component({
      data: config.data ?? {},
      options: config.options,
      methods,
      lifetimes: {
        created(this: Caller) {
          this.route = pagePath;
          this.__route__ = pagePath;
          this.options = query;
          pages.splice(0, pages.length, this);
        },
        attached(this: Caller) {
          (this.onLoad as Fn).call(this, query);
          (this.onShow as Fn | undefined)?.call(this);
        },
        ready(this: Caller) {
          (this.onReady as Fn | undefined)?.call(this);
        },
        detached(this: Caller) {
          (this.onHide as Fn | undefined)?.call(this);
          (this.onUnload as Fn | undefined)?.call(this);
        },
      },
    });
  };

  // ---- The app: app.js requires the runtime chunks itself (./common, ./vendors, ./taro, ./runtime). ----
  const appJs = path.join(WEAPP_DIR, 'app.js');
  for (const [, chunk] of readFileSync(appJs, 'utf8').matchAll(/require\("\.\/([\w./-]+)"\)/g)) {
    if (!existsSync(path.join(WEAPP_DIR, `${chunk}.js`))) {
      throw new Error(`dist/weapp/app.js requires ./${chunk}.js, which is missing: run npm run build:weapp`);
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(appJs);
  const appConfig = app as Dict | null;
  if (!appConfig) throw new Error('dist/weapp/app.js did not call App(): is dist/weapp a Taro weapp build?');
  const launch = { path: pagePath, query: options.query ?? {}, scene: 1001, referrerInfo: {} };
  (appConfig.onLaunch as Fn | undefined)?.call(appConfig, launch);
  (appConfig.onShow as Fn | undefined)?.call(appConfig, launch);

  // ---- The page: wcc compiles dist/weapp's WXML (base.wxml's <import>/<template>/<wxs>). ----
  collectClassPrefixes(path.join(WEAPP_DIR, `${pagePath}.json`));
  const id = simulate.load(path.join(WEAPP_DIR, pagePath), 'page', {
    compiler: 'official',
    rootPath: WEAPP_DIR,
    compilerOptions: { maxBuffer: 16 * 1024 * 1024 },
  });
  const root = simulate.render(id);
  const parent = document.createElement('div');
  document.body.appendChild(parent);
  root.attach(parent); // attached → onLoad → Taro mounts the React tree → setData

  const queryAll = (selector: string): Element[] => {
    const test = matcher(selector);
    return Array.from(root.dom.querySelectorAll('*')).filter((el) => test(el as SimElement));
  };
  const text = () => (root.dom.textContent ?? '').replace(/\s+/g, ' ').trim();

  async function waitFor(target: string | (() => unknown), timeoutMs = options.timeoutMs ?? 5000): Promise<unknown> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    for (;;) {
      try {
        const found = typeof target === 'string' ? queryAll(target) : target();
        if (Array.isArray(found) ? found.length : found) return found;
      } catch (error) {
        if (typeof target === 'string' && /Unsupported selector/.test(String(error))) throw error;
        lastError = error;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `waitFor(${typeof target === 'string' ? target : 'condition'}) timed out after ${timeoutMs} ms` +
            (lastError ? `; last error: ${String(lastError)}` : '') +
            `\nsetData calls: ${setDataCalls.length}; cloud calls: ${JSON.stringify(cloudCalls)}` +
            `\nrendered text: ${text().slice(0, 800)}` +
            `\nrendered HTML: ${root.dom.innerHTML.slice(0, 2000)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  const tap = (element: Element) => {
    const node = (element as SimElement).__wxElement;
    if (!node) throw new Error('tap: not an element rendered by the simulator');
    const event = exparser.Event.create(
      'tap',
      { x: 0, y: 0 },
      { bubbles: true, composed: true, capturePhase: true, extraFields: { touches: [], changedTouches: [] } },
    );
    exparser.Event.dispatchEvent(node, event);
  };

  const input = (element: Element, value: string) => {
    const node = (element as SimElement).__wxElement;
    if (!node) throw new Error('input: not an element rendered by the simulator');
    const event = exparser.Event.create(
      'input',
      { value, cursor: value.length, keyCode: 0 },
      { bubbles: false, composed: false, capturePhase: false },
    );
    exparser.Event.dispatchEvent(node, event);
  };

  const setDataBytes = (from = 0, to = setDataCalls.length) =>
    setDataCalls.slice(from, to).reduce((sum, c) => sum + c.bytes, 0);

  return {
    root,
    setDataCalls,
    cloudCalls,
    waitFor: waitFor as WeappPage['waitFor'],
    queryAll,
    text,
    tap,
    input,
    setDataBytes,
  };
}
