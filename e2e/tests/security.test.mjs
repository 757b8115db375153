// Attacker-controlled URLs and the strict CSP: hundreds of random, overlong and malformed
// query strings each give a working page (with a notice when something was dropped), no
// script error, no CSP violation and no request to another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CSP, DIST, clean, ready, start, stop, watchedPage } from '../lib.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(() => stop({ server, browser }));

/** A deterministic generator (mulberry32), so a failure can be replayed. */
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['q', 'doc', 's', 'source', 'with', 'topic', 'kind', 'from', 'to', 'asof', 'entity', 'event', 'theme', 'compare', 'claim', 'outlet', 'compare-outlet', 'embed', 'color', 'window', 'events', 'zz', '', '%', '__proto__', 'constructor'];
const PIECES = ['%', '%%', '%E2%82', '%FF', '%00', '%0A', '<script>', '"', "'", '&', '=', '#', '+', '..', '/', '\\', 'javascript:alert(1)', '🙂', 'ש', '\u202E', 'e\u0301', '2024-02-30', '9999-99-99', '2024-01-01..2024-02-01', '0001..9999', 'all', '-1', '1e309', 'NaN', ' ', '\t'];

function randomQuery(next) {
  const pairs = [];
  const n = Math.floor(next() * 6) + 1;
  for (let i = 0; i < n; i++) {
    const key = KEYS[Math.floor(next() * KEYS.length)];
    let value = '';
    const parts = Math.floor(next() * 5);
    for (let j = 0; j < parts; j++) value += PIECES[Math.floor(next() * PIECES.length)];
    if (next() < 0.1) value += 'x'.repeat(2000 + Math.floor(next() * 5000));
    const raw = next() < 0.5 ? value : encodeURIComponent(value);
    pairs.push(next() < 0.1 ? key : `${key}=${raw}`);
  }
  return pairs.join(next() < 0.2 ? '&&' : '&');
}

test('the page is served under the strict CSP and breaks none of it', async () => {
  const w = await watchedPage(browser, server.origin);
  const violations = [];
  await w.page.exposeFunction('reportViolation', (v) => violations.push(v));
  await w.page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  const response = await w.page.goto(server.url);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await ready(w.page);
  for (const q of ['?q=court', '?asof=2010-01-01', '?entity=vladimir-putin', '?embed=1', '?color=dark']) {
    await w.page.goto(server.url + q);
    await w.page.locator('.tl, .tl__none').first().waitFor();
  }
  // Scrubbing sets the handle's position through the CSS object model, which the CSP allows.
  await w.page.getByRole('slider', { name: 'Timeline' }).focus();
  await w.page.keyboard.press('Home');
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('asof'));
  assert.deepEqual(violations, []);
  assert.deepEqual(w.problems, []);
  assert.deepEqual(w.foreign, []);
  await w.page.close();
});

test('hundreds of hostile query strings each render a working page', async () => {
  const next = rng(20251122);
  let w = await watchedPage(browser, server.origin);
  const foreign = [];
  let withNotice = 0;
  const runs = 300;
  // Now and then (twice in a day of CI runs, never when the test runs alone, not replayable
  // with the same queries) a navigation of this long run in one tab does not come up within
  // the wait. The query is then loaded again once: a page that a query breaks (a trap, a
  // script error) breaks again and fails the test, and what the stalled tab showed is
  // printed. More than two stalls fail it too.
  const stalls = [];
  const shown = () => w.page.locator('.layout__main .tl, .layout__main .tl__none').first().waitFor({ timeout: 30000 });
  for (let i = 0; i < runs; i++) {
    // A fresh tab every 60 queries: after about 130 navigations in one tab, Chromium once
    // could not reserve the memory of a new wasm instance (`WebAssembly.instantiate(): Out
    // of memory`), a limit of the tab's address space, not of the page. What each tab saw
    // is checked before it closes.
    if (i > 0 && i % 60 === 0) {
      assert.equal(await w.page.evaluate(() => typeof window.__pwned), 'undefined');
      foreign.push(...w.foreign);
      await w.page.close();
      w = await watchedPage(browser, server.origin);
    }
    const q = randomQuery(next);
    await w.page.goto(`${server.url}?${q}`);
    await shown().catch(async (first) => {
      // (A tab that does not answer within 5 s says so.)
      const seen = await Promise.race([
        w.page.evaluate(() => `${document.readyState}; ${document.body?.innerText.slice(0, 160)}`).catch((e) => String(e)),
        new Promise((ok) => setTimeout(() => ok('no answer in 5 s'), 5000)),
      ]);
      stalls.push(`query ${i}: ${q.slice(0, 120)}: ${first.message.split('\n')[0]}; the tab: ${seen}`);
      await w.page.reload();
      await shown().catch((e) => { throw new Error(`query ${i}: ${q.slice(0, 200)}: ${e.message}`); });
    });
    const notice = await w.page.locator('.notices').textContent();
    if (notice.includes('partly unusable')) withNotice++;
    // What follows a raw '#' is the fragment, not the query.
    // Unknown keys, and ids (or outlet keys) no story has.
    if (/(^|&)(zz|%|__proto__|constructor|compare|claim|outlet|compare-outlet)=/.test(q.split('#')[0])) assert.match(notice, /partly unusable/, q);
    assert.deepEqual(w.problems, [], `query ${i}: ${q.slice(0, 200)}`);
  }
  if (stalls.length) console.log(`stalled navigations, each shown on a reload:\n${stalls.join('\n')}`);
  assert.ok(stalls.length <= 2, stalls.join('\n'));
  assert.ok(withNotice > runs / 2, `${withNotice} notices`);
  assert.equal(await w.page.evaluate(() => typeof window.__pwned), 'undefined');
  foreign.push(...w.foreign);
  assert.deepEqual(foreign, []);
  await w.page.close();
});

test('every id key is checked against the story: a link naming what it lacks says so and opens nothing empty', async () => {
  const w = await watchedPage(browser, server.origin);
  for (const [q, what] of [
    ['compare=no-such-document', 'document “no-such-document”'],
    ['claim=no-such-claim', 'claim “no-such-claim”'],
    ['outlet=no-such-outlet', 'outlet “no-such-outlet”'],
    ['compare-outlet=no-such-outlet', 'outlet “no-such-outlet”'],
    ['doc=no-such-document&s=3', 'document “no-such-document”'],
  ]) {
    await w.page.goto(`${server.url}?${q}`);
    await ready(w.page);
    const notice = w.page.locator('.notices');
    await notice.filter({ hasText: 'partly unusable' }).waitFor();
    assert.match(await notice.textContent(), new RegExp(`there is no ${what} in this story`), q);
    // Nothing is opened empty: no comparison, no card, no filter left on.
    assert.equal(await w.page.locator('#cmp-heading, #claim-card-title').count(), 0, q);
    await w.page.locator('.layout__overview').waitFor({ state: 'visible', timeout: 15000 });
  }
  clean(w);
  await w.page.close();
});

test('a trap of the wasm (what every panic ends in) shows an alert with a way back, served and from disk', async () => {
  // The page served under the strict CSP, and the single file opened from disk (its handler
  // is inlined in its one module script).
  for (const [url, origin] of [[server.url, server.origin], [pathToFileURL(join(DIST, 'story.html')).href, 'null']]) {
    const w = await watchedPage(browser, origin);
    await w.page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.exportsOfWasm = e.detail.wasm; }));
    await w.page.goto(`${url}?q=taliban`);
    await w.page.locator('.results__passage').first().waitFor();
    assert.equal(await w.page.locator('.panic').count(), 0, `${url}: an alert before any trap`);
    // An impossible allocation aborts inside the wasm: the trap (`unreachable`) a panic ends
    // in, uncaught, from a task of the page as an event handler's would be.
    await w.page.evaluate(() => setTimeout(() => window.exportsOfWasm.__wbindgen_malloc(0xfffffff0, 1)));
    const panel = w.page.locator('.panic[role=alert]');
    await panel.waitFor();
    assert.match(await panel.textContent(), /this view stopped working/);
    assert.deepEqual(w.problems.map((p) => /^pageerror: .*unreachable/.test(p)), [true], `${url}: ${w.problems}`);
    // The way back: the default view, working, and no alert.
    await panel.getByRole('link', { name: 'Reload the default view' }).click();
    await ready(w.page);
    assert.equal(new URL(w.page.url()).search, '');
    assert.equal(await w.page.locator('.panic').count(), 0);
    assert.deepEqual(w.foreign, []);
    await w.page.close();
  }
});
