// Starts a real browser with the built, unpacked extension, through puppeteer-core: Debian's chromium over CDP,
// Debian's firefox-esr over WebDriver BiDi. Never a browser downloaded by a test tool.
// Both give the suite the same small surface (see `Session`), so e2e-suite.mjs is written once for both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumDir, firefoxDir } from './paths.mjs';

export const BROWSERS = {
  chromium: { executable: process.env.BRICKOPTIMA_CHROMIUM || '/usr/bin/chromium', launch: launchChromium },
  firefox: { executable: process.env.BRICKOPTIMA_FIREFOX || '/usr/bin/firefox-esr', launch: launchFirefox }
};

// Firefox gives an extension a random moz-extension:// host per profile; this pref fixes it so tests can open its pages.
const FIREFOX_ID = 'brickoptima@brickoptima.dev';
const FIREFOX_UUID = '6b7e0d43-5c1e-4a8e-9f57-b0c2d3e4f501';

/**
 * What a test needs from a browser:
 *   name, version, extensionDir, extensionUrl(path)
 *   newPage()                      a tab
 *   openExtensionPage(path)        a tab on one of the extension's pages, loaded
 *   inBackground(fn, arg)          runs fn(background global, arg) in the background script / service worker
 *   waitForExtensionPage(part)     the next extension page (e.g. the result window) whose URL contains part
 *   close()
 */
class Session {
  constructor(name, browser, extensionDir, base, cleanup) {
    this.name = name;
    this.browser = browser;
    this.extensionDir = extensionDir;
    this.base = base;
    this.cleanup = cleanup;
  }

  async version() { return this.browser.version(); }

  extensionUrl(path) { return this.base + path; }

  async newPage() {
    const page = await this.browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    return page;
  }

  async openExtensionPage(path, readySelector = 'body') {
    const page = await this.newPage();
    await this.gotoExtension(page, path, readySelector);
    return page;
  }

  async gotoExtension(page, path, readySelector = 'body') {
    await page.goto(this.extensionUrl(path), { waitUntil: 'domcontentloaded' });
    await page.waitForSelector(readySelector);
  }

  async waitForExtensionPage(part, timeout = 30000) {
    const t = await this.browser.waitForTarget((x) => x.url().startsWith(this.base) && x.url().includes(part), { timeout });
    return t.page();
  }

  async close() {
    try { await this.browser.close(); } finally { this.cleanup(); }
  }
}

class ChromiumSession extends Session {
  constructor(browser, worker, base, cleanup) {
    super('chromium', browser, chromiumDir, base, cleanup);
    this.worker = worker;
  }

  async inBackground(fn, arg) {
    return this.worker.evaluate(`(${fn})(self, ${JSON.stringify(arg ?? null)})`);
  }
}

class FirefoxSession extends Session {
  constructor(browser, base, cleanup) {
    super('firefox', browser, firefoxDir, base, cleanup);
    this.host = null;
  }

  // WebDriver BiDi navigates a tab to a moz-extension:// page, but the navigation never reports "loaded" to
  // puppeteer (the page moves to the extension process), so wait for the page's own content instead.
  async gotoExtension(page, path, readySelector = 'body') {
    await page.goto(this.extensionUrl(path), { waitUntil: 'domcontentloaded', timeout: 4000 }).catch(() => {});
    await page.waitForSelector(readySelector, { timeout: 30000 });
  }

  // Firefox's background is an event page: an extension page of ours reaches its global with getBackgroundPage().
  async inBackground(fn, arg) {
    if (!this.host) this.host = await this.openExtensionPage('popup.html', '#recent');
    return this.host.evaluate(`browser.runtime.getBackgroundPage().then((bg) => (${fn})(bg, ${JSON.stringify(arg ?? null)}))`);
  }

  async waitForExtensionPage(part, timeout = 30000) {
    // BiDi reports the new window's context before its extension page has loaded
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      for (const p of await this.browser.pages()) {
        const url = await p.evaluate(() => location.href).catch(() => '');
        if (url.startsWith(this.base) && url.includes(part)) return p;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`no extension page ${part} within ${timeout} ms`);
  }
}

const COMMON_CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync'];

async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'brickoptima-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: BROWSERS.chromium.executable, headless: true, pipe: true, userDataDir: profile,
    enableExtensions: [chromiumDir], args: COMMON_CHROMIUM_ARGS
  });
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/sw.js'), { timeout: 30000 });
    const worker = await target.worker();
    const base = `chrome-extension://${new URL(target.url()).host}/`;
    return new ChromiumSession(browser, worker, base, () => rmSync(profile, { recursive: true, force: true }));
  } catch (e) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}

async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox', protocol: 'webDriverBiDi', executablePath: BROWSERS.firefox.executable, headless: true,
    // the remote agent refuses to navigate to moz-extension:// pages without system access
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
      // answers permissions.request() with "allow" instead of showing the doorhanger no driver can click
      'extensions.webextOptionalPermissionPrompts': false
    }
  });
  try {
    const id = await browser.installExtension(firefoxDir);
    if (id !== FIREFOX_ID) throw new Error(`installed extension id ${id}, expected ${FIREFOX_ID}`);
    return new FirefoxSession(browser, `moz-extension://${FIREFOX_UUID}/`, () => {});
  } catch (e) {
    await browser.close();
    throw e;
  }
}
