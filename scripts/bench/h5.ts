/**
 * Group 6: the H5 build in headless Chromium with 4× CPU throttling: first contentful paint, the
 * first story card on screen, and the JavaScript bytes loaded by then, against a blank page served
 * by the same runner.
 */
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium, PHONE } from '../../client/e2e/browser';
import { startRunnerChild } from './child';
import { buildClient, nowMs, ROOT, type BenchContext } from './common';
import type { Group, Row } from './report';
import { formatBytes, formatMs, formatRatio, median, ratio } from './stats';

export const CPU_THROTTLING = 4;
const CARD = '.story-card__title';
const BLANK_HTML =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>blank</title></head>' +
  '<body><p>劳模</p></body></html>';

/** Marks the frame after a story card is first laid out with a height (`window.__laomoFirstCard`, ms since navigation). */
const FIRST_CARD_OBSERVER = `(() => {
  const done = () => {
    const shown = [...document.querySelectorAll(${JSON.stringify(CARD)})].some((el) => el.getBoundingClientRect().height > 0);
    if (!shown) return false;
    requestAnimationFrame(() => { window.__laomoFirstCard = performance.now(); });
    return true;
  };
  const mo = new MutationObserver(() => { if (done()) mo.disconnect(); });
  mo.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

interface Sample {
  fcp: number;
  firstCard: number | null;
  jsBytes: number;
  jsFiles: number;
}

async function loadOnce(browser: Browser, url: string, app: boolean): Promise<Sample> {
  const context: BrowserContext = await browser.newContext(PHONE);
  try {
    if (app) await context.addInitScript(FIRST_CARD_OBSERVER);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (app) {
      await page.waitForFunction(() => (window as unknown as { __laomoFirstCard?: number }).__laomoFirstCard, null, {
        timeout: 120_000,
        polling: 50,
      });
    }
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
      timeout: 30_000,
      polling: 50,
    });
    return await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
      const firstCard = (window as unknown as { __laomoFirstCard?: number }).__laomoFirstCard ?? null;
      const until = firstCard ?? fcp;
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (e) => (e.initiatorType === 'script' || /\.js(\?|$)/.test(e.name)) && e.startTime <= until,
      );
      return {
        fcp,
        firstCard,
        jsBytes: scripts.reduce((n, e) => n + e.encodedBodySize, 0),
        jsFiles: scripts.length,
      };
    });
  } finally {
    await context.close();
  }
}

export async function runH5(ctx: BenchContext): Promise<Group> {
  const started = nowMs();
  const runs = ctx.quick ? 2 : 5;
  buildClient('h5');
  const h5 = path.join(ROOT, 'dist', 'h5');
  // The build plus a blank page, served by the same runner: symlinks, so dist/h5 is untouched.
  const site = mkdtempSync(path.join(os.tmpdir(), 'laomo-bench-h5-'));
  for (const entry of readdirSync(h5)) symlinkSync(path.join(h5, entry), path.join(site, entry));
  writeFileSync(path.join(site, 'blank.html'), BLANK_HTML);
  const data = mkdtempSync(path.join(os.tmpdir(), 'laomo-bench-h5-data-'));
  const runner = await startRunnerChild(data, site);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const app: Sample[] = [];
    const blank: Sample[] = [];
    ctx.log(`  ${runs} runs each of the app and the blank page, ${CPU_THROTTLING}× CPU throttling…`);
    // One untimed load warms the runner's file cache and Chromium's process pool.
    await loadOnce(browser, `${runner.url}/`, true);
    for (let i = 0; i < runs; i++) {
      app.push(await loadOnce(browser, `${runner.url}/`, true));
      blank.push(await loadOnce(browser, `${runner.url}/blank.html`, false));
    }
    const fcp = median(app.map((s) => s.fcp));
    const blankFcp = median(blank.map((s) => s.fcp));
    const card = median(app.map((s) => s.firstCard ?? Number.NaN));
    const js = median(app.map((s) => s.jsBytes));
    const files = median(app.map((s) => s.jsFiles));
    const rows: Row[] = [
      {
        figure: 'first contentful paint of home (median)',
        unit: 'ms',
        value: fcp,
        floor: { label: 'blank page FCP', value: blankFcp },
        ratio: ratio(fcp, blankFcp),
      },
      {
        figure: 'first story card on screen (median)',
        unit: 'ms',
        value: card,
        floor: { label: 'blank page FCP', value: blankFcp },
        ratio: ratio(card, blankFcp),
      },
      {
        figure: 'JavaScript of the first screen',
        unit: 'bytes',
        value: js,
        floor: { label: 'blank page', value: median(blank.map((s) => s.jsBytes)) },
        note: `${files} files`,
      },
    ];
    return {
      headline:
        `H5 at ${CPU_THROTTLING}× CPU throttling: first contentful paint ${formatMs(fcp)} (${formatRatio(ratio(fcp, blankFcp))} ` +
        `a blank page), first story card ${formatMs(card)}, ${formatBytes(js)} of JavaScript.`,
      id: 'h5',
      n: 6,
      title: 'H5 build in headless Chromium, 4× CPU throttling',
      method: [
        'The H5 build (`dist/h5`, rebuilt when stale) served by the runner in a child process (demo seed, its own ' +
          'data folder), opened at `/` in Debian’s Chromium through playwright-core (`client/e2e/browser.ts`, the ' +
          `phone viewport), a fresh context per load (cold cache), with \`Emulation.setCPUThrottlingRate { rate: ${CPU_THROTTLING} }\` ` +
          'over CDP. FCP is the `first-contentful-paint` paint entry; “first story card” is the frame after the ' +
          `first visible \`${CARD}\` (a MutationObserver added before the page’s scripts); JavaScript bytes are ` +
          'the `encodedBodySize` of the script resources fetched by then (the runner does not compress).',
        `Floor: a blank page (one line of text) served by the same runner, same throttling. ${runs} loads of each, ` +
          'alternating, after one untimed load; medians. Loopback: no network latency, so these are CPU and ' +
          'parsing costs.',
      ],
      rows,
      extra: [
        {
          title: 'Each load',
          head: ['load', 'FCP', 'first card', 'JS bytes', 'blank FCP'],
          align: ['r', 'r', 'r', 'r', 'r'],
          rows: app.map((s, i) => [
            String(i + 1),
            formatMs(s.fcp),
            s.firstCard == null ? '—' : formatMs(s.firstCard),
            formatBytes(s.jsBytes),
            formatMs(blank[i]!.fcp),
          ]),
        },
      ],
      notes: ['No budget yet in the issue for this group: the figures are tracked as ratios to the blank page.'],
      seconds: (nowMs() - started) / 1000,
    };
  } finally {
    await browser?.close();
    await runner.stop();
    rmSync(site, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
}
