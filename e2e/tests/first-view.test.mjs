// The prerendered first view (scripts/prerender.mjs): index.html carries a snapshot of the
// app's first view, shown before the wasm runs, inert, in the place the app's view will take,
// with what the app shows; the app replaces it; an address with a query (another view) never
// shows it. Served under the page's strict Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { clean, ready, start, stop, watchedPage } from '../lib.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(() => stop({ server, browser }));

/** A page whose wasm never arrives: what a reader sees before the app starts. */
async function beforeTheApp(url) {
  const page = await browser.newPage();
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto(url);
  await page.waitForLoadState('load');
  return page;
}

/** What a view shows of the header and the filters, and where. */
async function seen(page, root) {
  const part = async (selector) => {
    const l = page.locator(`${root}${selector}`).first();
    const box = await l.boundingBox();
    return { text: await l.innerText(), x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width) };
  };
  return { header: await part('.site-header'), facets: await part('.layout__facets'), tools: await part('.layout__tools') };
}

test('the first view shows before the app, inert, as the app shows it and where', async () => {
  const html = await (await fetch(server.url)).text();
  assert.match(html, /<div id="prerender" inert>/, 'index.html carries no prerendered first view');

  const early = await beforeTheApp(server.url);
  const checks = early.locator('#prerender .layout__facets .facet__check');
  assert.ok(await checks.count() > 0, 'the snapshot has no filters');
  assert.ok(await checks.first().isVisible(), 'the snapshot is not shown');
  assert.ok(await early.locator('#prerender .doc-list__link').first().isVisible(), 'the snapshot lists no document');
  // Inert: nothing in it takes focus (or a click, or typing that the app would never see).
  const focused = await early.evaluate(() => {
    const box = document.querySelector('#prerender .search__input');
    box?.focus();
    return document.activeElement === box;
  });
  assert.equal(focused, false, 'the snapshot takes focus');
  const before = await seen(early, '#prerender ');
  await early.close();

  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  assert.equal(await w.page.locator('#prerender').count(), 0, 'the snapshot is still there');
  assert.equal(await w.page.locator('.layout').count(), 1);
  const live = await seen(w.page, '');
  assert.deepEqual(before, live, 'the snapshot does not show what the app shows, where it shows it');
  clean(w);
  await w.page.close();
});

test('an address with a query never shows the first view of another address', async () => {
  for (const query of ['?q=the', '?embed=1', '?color=dark']) {
    const early = await beforeTheApp(server.url + query);
    assert.equal(await early.locator('#prerender').count(), 1);
    assert.equal(await early.locator('#prerender .layout__facets').isVisible(), false, `${query} shows the snapshot`);
    await early.close();
  }
  const w = await watchedPage(browser, server.origin);
  // The app itself, on such an address: a search, and no trace of the snapshot.
  await w.page.goto(`${server.url}?q=the`);
  await ready(w.page);
  assert.equal(await w.page.locator('#prerender').count(), 0);
  assert.equal(await w.page.evaluate(() => document.documentElement.hasAttribute('data-prerender')), false);
  assert.equal(await w.page.locator('.search__input').inputValue(), 'the');
  clean(w);
  await w.page.close();
});
