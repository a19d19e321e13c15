// One interface for the browsers of the engines tier: the same test code drives Chromium and Firefox (puppeteer-core:
// CDP and WebDriver BiDi) and WebKitGTK and WPE WebKit (selenium-webdriver: classic WebDriver). Whatever only one
// protocol can do is left out; errors are collected by the test server's probe in every engine alike.

export const ENGINES = ['chromium', 'firefox', 'webkit', 'wpe'] as const;
export type EngineName = (typeof ENGINES)[number];

// A script run in the page: a self-contained function (it is sent as its source) or an expression's text.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type InPage<T> = ((...args: any[]) => T | Promise<T>) | string;

export interface Tab {
  readonly engine: EngineName;
  /** Opens the address and waits for its load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /** Runs a script in the page and returns its (JSON) result; a promise is awaited. */
  run<T>(script: InPage<T>, ...args: unknown[]): Promise<T>;
  /** Clicks the first visible element that matches the selector (and whose text is `text`), as a pointer does. */
  click(selector: string, text?: string): Promise<void>;
  /** Moves the pointer to a point of the viewport. */
  hover(x: number, y: number): Promise<void>;
  /** Types text into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** Presses one key: 'Escape', 'Enter', 'Tab' or a character. */
  press(key: string): Promise<void>;
  /** The viewport as a PNG. */
  screenshot(): Promise<Buffer>;
  /** Sizes the viewport (WPE's headless view stays 800 × 600). */
  resize(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  /** A new tab with its own storage, at 1280 × 900 (WPE: 800 × 600). */
  open(): Promise<Tab>;
  close(): Promise<void>;
}

/** Starts an engine by name; each brings only its own client. */
export async function launch(name: EngineName): Promise<Engine> {
  if (name === 'chromium' || name === 'firefox') return (await import('./puppeteer.ts')).launchPuppeteer(name);
  return (await import('./webdriver.ts')).launchWebDriver(name);
}

/** The engines a run covers: all, or those named in ENGINES (e.g. ENGINES=firefox,webkit). */
export const enginesToRun = (within: readonly EngineName[] = ENGINES): EngineName[] =>
  within.filter((name) => (process.env.ENGINES?.split(',') ?? ENGINES).includes(name));

/** The source of a call of a page script with its arguments. */
export const call = (script: InPage<unknown>, args: unknown[]) =>
  typeof script === 'string' ? script : `(${script})(...${JSON.stringify(args)})`;
