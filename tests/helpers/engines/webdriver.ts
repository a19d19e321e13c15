import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { findVisible } from './puppeteer.ts';
import { call, type Engine, type InPage, type Tab } from './tab.ts';

const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// GTK keeps MiniBrowser's window at least 447 px wide; without its widgets' minimum sizes a page can be 375 px.
const GTK_CSS = 'button, entry, headerbar, toolbar, box { min-width: 0; min-height: 0; padding: 0; margin: 0; }';
const KEYS: Record<string, string> = { Escape: Key.ESCAPE, Enter: Key.ENTER, Tab: Key.TAB };

/** WebKitGTK (MiniBrowser on Xvfb, through WebKitWebDriver) or WPE WebKit (cog, headless, through WPEWebDriver). */
export async function launchWebDriver(name: 'webkit' | 'wpe'): Promise<Engine> {
  const home = mkdtempSync(join(tmpdir(), `engines-${name}-`));
  const children: ChildProcess[] = [];
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: home };
  if (name === 'webkit') {
    mkdirSync(join(home, 'gtk-3.0'));
    writeFileSync(join(home, 'gtk-3.0', 'gtk.css'), GTK_CSS);
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    children.push(xvfb);
    env.DISPLAY = `:${(await firstLine(xvfb)).trim()}`;
  }
  const driverBinary = name === 'webkit' ? 'WebKitWebDriver' : 'WPEWebDriver';
  let server = '';
  let driverProcess: ChildProcess | undefined;
  const startDriver = async () => {
    driverProcess?.kill();
    const port = await freePort();
    driverProcess = spawn(driverBinary, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
    children.push(driverProcess);
    server = `http://127.0.0.1:${port}`;
    await ready(server);
  };
  await startDriver();
  // Commands do not wait for a page to load (they would wait for a held script): goto and reload wait for it instead.
  const capabilities = {
    pageLoadStrategy: 'none',
    ...(name === 'webkit'
      ? { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } }
      : { browserName: 'cog', 'wpe:browserOptions': { binary: 'cog', args: ['--automation', '--platform=headless'] } }),
  };
  return {
    name,
    async open() {
      // Once in some runs WebKitWebDriver took a new session and never started its browser: the session is asked
      // for again from a new driver, rather than the run waiting for ever.
      const session = () => new Builder().usingServer(server).withCapabilities(capabilities).build();
      const driver = await within(session(), 90_000).catch(async () => {
        await startDriver();
        return within(session(), 90_000);
      });
      await driver.manage().setTimeouts({ script: 120_000, pageLoad: 180_000 });
      const opened = tab(name, driver);
      await opened.resize(1280, 900);
      return opened;
    },
    async close() {
      for (const child of children.reverse()) child.kill();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

function tab(engine: 'webkit' | 'wpe', driver: WebDriver): Tab {
  const run = <T>(script: InPage<T>, ...args: unknown[]) =>
    driver
      .executeAsyncScript<T>(
        `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => ${call(script, args)}).then(done, (e) => done({ __error: String(e && e.stack || e) }));`,
      )
      .then((result) => {
        const error = (result as { __error?: string } | null)?.__error;
        if (error) throw new Error(error);
        return result;
      });
  return {
    engine,
    goto: (url) => loaded(driver, run, () => driver.get(url), url),
    reload: () => loaded(driver, run, () => driver.navigate().refresh()),
    url: () => driver.getCurrentUrl(),
    run,
    async click(selector, text) {
      const element = await driver.wait(
        async () => (await run(findVisible, selector, text ?? null)) as WebElement | null,
        120_000,
      );
      await element!.click();
    },
    hover: (x, y) =>
      driver
        .actions()
        .move({ x: Math.round(x), y: Math.round(y) })
        .perform(),
    type: (text) => driver.actions().sendKeys(text).perform(),
    press: (key) =>
      driver
        .actions()
        .sendKeys(KEYS[key] ?? key)
        .perform(),
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
    async resize(width, height) {
      if (engine === 'wpe') return;
      // The window's frame is not the page's: size it, then again by the difference the page reports, until the
      // page is the size asked for (under load the first answer can come before the window has taken its size).
      let frame = { width, height };
      for (let attempt = 0; attempt < 5; attempt++) {
        await driver.manage().window().setRect(frame);
        const [innerW, innerH] = (await run(() => [innerWidth, innerHeight])) as number[];
        if (innerW === width && innerH === height) return;
        if (!(innerW! > 0 && innerH! > 0)) continue;
        frame = {
          width: Math.max(width, Math.round(frame.width + width - innerW!)),
          height: Math.max(height, Math.round(frame.height + height - innerH!)),
        };
      }
      throw new Error(`the window could not be sized for a page of ${width}×${height}`);
    },
    close: () => driver.quit(),
  };
}

/** Navigates, then waits for the new document's load event (a change of fragment alone keeps the document). */
async function loaded(driver: WebDriver, run: Tab['run'], navigate: () => Promise<void>, url?: string) {
  const before = await run(() => [performance.timeOrigin, location.href] as const).catch(() => [0, ''] as const);
  const page = (address: string) => address.split('#')[0];
  const sameDocument = url?.includes('#') && page(url) === page(before[1]);
  await navigate();
  await driver.wait(async () => {
    const now = await run(() => [performance.timeOrigin, document.readyState] as const).catch(() => null);
    return now?.[1] === 'complete' && (sameDocument || now[0] !== before[0]);
  }, 180_000);
}

/** The promise's value, or a rejection once `ms` have passed without one. */
const within = <T>(promise: Promise<T>, ms: number) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });

const firstLine = (child: ChildProcess) =>
  new Promise<string>((resolve, reject) => {
    child.stdio[3]!.once('data', (data: Buffer) => resolve(data.toString()));
    child.once('exit', () => reject(new Error('Xvfb exited')));
  });

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Waits until the driver answers /status (it takes a moment to listen). */
async function ready(server: string) {
  for (let tries = 0; ; tries++) {
    const ok = await fetch(`${server}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (tries > 600) throw new Error(`${server} never answered`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
