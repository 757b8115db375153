// Embedding and sharing as hosts expect (docs/embedding.md): a host page on another origin
// gets ready, view and height messages as plain objects (and the height in pym.js's and
// AMP's forms), drives the view with a navigate command only from an origin listed at build
// time, keeps the frame's view in its own address with the lines the docs give; the page
// carries link-preview metadata from the corpus and a working oembed.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, copyFile, readdir, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DIST, ROOT, exportedIndex, launch, ready, serveHtml, settled, start, stop } from '../lib.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(() => stop({ server, browser }));

const SEEDS = !process.env.STORY_CORPUS;
/** The origin seeds/story.toml lists in embed_origins (the tests serve a host page there). */
const PARTNER = 'http://partner.example';

/** A host page that records every message from its frame, and can send it one. */
const recorder = (src, frame = `<iframe id="f" src="${src}" title="Story Explorer" width="100%" height="300"></iframe>`) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><h1>Host page</h1>${frame}
<script>
  window.got = [];
  addEventListener('message', (e) => {
    const d = e.data;
    window.got.push({ origin: e.origin, data: d, plain: typeof d === 'object' && d !== null && Object.getPrototypeOf(d) === Object.prototype });
  });
  window.send = (data) => document.querySelector('iframe').contentWindow.postMessage(data, '*');
</script></body></html>`;

const got = (page) => page.evaluate(() => window.got);
const waitFor = (page, predicate, arg) => page.waitForFunction(predicate, arg, { timeout: 20000 });
/** The story's counts as the ready message gives them. */
function counts() {
  const index = exportedIndex();
  const outlets = new Set(index.documents.map((d) => d.source?.trim()).filter(Boolean)).size;
  return { title: index.title.trim() ? index.title.replace(/\s+/g, ' ').trim() : 'Story Explorer', documents: index.documents.length, outlets, events: index.events.length };
}

async function fetchText(url) {
  const res = await fetch(url);
  assert.equal(res.status, 200, url);
  return { text: await res.text(), type: res.headers.get('content-type') };
}

test('index.html unfurls with the story; oembed.json is found from it and is oEmbed 1.0', async () => {
  const { title } = counts();
  const { text: html } = await fetchText(server.url);
  const meta = (key) => html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`))?.[1];
  const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  assert.equal(unescape(html.match(/<title>([^<]*)<\/title>/)[1]), title);
  assert.equal(unescape(meta('og:title')), title);
  assert.equal(unescape(meta('twitter:title')), title);
  assert.equal(meta('og:type'), 'website');
  assert.equal(meta('twitter:card'), 'summary');
  const description = unescape(meta('og:description'));
  assert.ok(description.length > 20, description);
  assert.equal(unescape(meta('description')), description);
  assert.equal(unescape(meta('twitter:description')), description);
  if (SEEDS) {
    const toml = await readFile(join(ROOT, 'seeds', 'story.toml'), 'utf8');
    assert.equal(description, toml.match(/^summary = "(.*)"$/m)[1]);
  }
  // No canonical address: the page works wherever it is published.
  assert.doesNotMatch(html, /rel="canonical"|og:url/);
  const link = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]*)">/);
  assert.ok(link, 'an oEmbed discovery link');
  assert.equal(link[1], 'oembed.json', 'relative, so any host and sub-path works');
  const oembedUrl = new URL(link[1], server.url).href;
  const { text, type } = await fetchText(oembedUrl);
  assert.match(type, /^application\/json/);
  const o = JSON.parse(text);
  assert.equal(o.version, '1.0');
  assert.equal(o.type, 'rich');
  assert.equal(o.title, title);
  assert.ok(Number.isInteger(o.width) && Number.isInteger(o.height) && o.width > 0 && o.height > 0);
  const src = o.html.match(/^<iframe src="([^"]+)" title="[^"]*" width="100%" height="(\d+)"[^>]*><\/iframe>$/);
  assert.ok(src, o.html);
  assert.equal(Number(src[2]), o.height);
  assert.equal(new URL(src[1], oembedUrl).href, `${server.url}?embed=1`);
});

test('the tab title follows the view: the search or the open document', async () => {
  const { title } = counts();
  const index = exportedIndex();
  const page = await browser.newPage();
  await page.goto(`${server.url}?q=court`);
  await settled(page);
  await waitFor(page, (t) => document.title === t, `“court” – ${title}`);
  const doc = index.documents[0];
  await page.goto(`${server.url}?doc=${encodeURIComponent(doc.id)}`);
  await waitFor(page, (t) => document.title === t, `${doc.title} – ${title}`);
  await page.goto(server.url);
  await ready(page);
  await waitFor(page, (t) => document.title === t, title);
  await page.close();
});

test('a host on another origin embeds the oEmbed snippet and hears ready, view and height as plain objects', async () => {
  const { text } = await fetchText(new URL('oembed.json', server.url));
  const o = JSON.parse(text);
  // A consumer resolves the frame's address against oembed.json's.
  const snippet = o.html.replace(/src="([^"]+)"/, (_, src) => `src="${new URL(src.replace(/&amp;/g, '&'), new URL('oembed.json', server.url)).href}"`).replace('<iframe ', '<iframe id="f" ');
  const host = await serveHtml(recorder('', snippet));
  const page = await browser.newPage();
  const frameErrors = [];
  page.on('console', (m) => { if (m.type() === 'error' && m.location().url.startsWith(server.origin)) frameErrors.push(m.text()); });
  await page.goto(host.url);
  const frame = page.frameLocator('#f');
  await ready(frame);
  await waitFor(page, () => window.got.some((m) => m.data?.type === 'story-explorer:view'));
  let messages = await got(page);
  for (const m of messages) {
    assert.equal(m.origin, server.origin);
    assert.equal(m.plain, true, JSON.stringify(m.data));
  }
  const ready_ = messages.filter((m) => m.data.type === 'story-explorer:ready');
  assert.equal(ready_.length, 1);
  assert.deepEqual(ready_[0].data, { type: 'story-explorer:ready', ...counts() });
  const first = messages.find((m) => m.data.type === 'story-explorer:view').data;
  assert.deepEqual(first, { type: 'story-explorer:view', query: '', url: server.url, description: 'the whole story' });
  assert.ok(messages.indexOf(ready_[0]) < messages.findIndex((m) => m.data.type === 'story-explorer:view'), 'ready comes first');
  const height = messages.find((m) => m.data.type === 'story-explorer:height');
  assert.ok(height && Number.isInteger(height.data.height) && height.data.height > 0);
  const amp = messages.find((m) => m.data.sentinel === 'amp');
  assert.deepEqual(Object.keys(amp.data).sort(), ['height', 'sentinel', 'type']);
  assert.equal(amp.data.type, 'embed-size');
  assert.ok(amp.data.height > 0);
  // No pym.js message without a pym.js host's frame id.
  assert.equal(messages.filter((m) => typeof m.data === 'string').length, 0);

  // A search inside the frame: once the view rests, the host hears its query.
  await frame.getByRole('searchbox', { name: 'Search' }).fill('court');
  await waitFor(page, () => window.got.some((m) => m.data?.type === 'story-explorer:view' && m.data.query === 'q=court'));
  const view = (await got(page)).find((m) => m.data?.query === 'q=court').data;
  assert.equal(view.url, `${server.url}?q=court`);
  assert.match(view.description, /^search “court”/);

  // This origin is not in embed_origins: its command is ignored.
  await page.evaluate(() => window.send({ type: 'story-explorer:navigate', query: 'q=taliban' }));
  await page.waitForTimeout(800);
  assert.equal(await frame.getByRole('searchbox', { name: 'Search' }).inputValue(), 'court');
  assert.ok(!(await got(page)).some((m) => m.data?.query === 'q=taliban'));
  assert.deepEqual(frameErrors, []);
  await page.close();
  await host.close();
});

test('a host origin named in the address is the only one messages go to', async () => {
  const host = await serveHtml(recorder(`${server.url}?embed=1&host=${encodeURIComponent('http://elsewhere.example')}`));
  const page = await browser.newPage();
  await page.goto(host.url);
  await ready(page.frameLocator('#f'));
  await page.waitForTimeout(800);
  assert.deepEqual(await got(page), []);
  await page.close();
  await host.close();
});

test('a listed origin drives the view with navigate; bad commands change nothing', { skip: !SEEDS }, async () => {
  // The listed host is served by the browser itself (a route), as if from the web; Chromium
  // blocks such a public page from framing a loopback one unless told not to.
  const publicBrowser = await launch(['--disable-features=LocalNetworkAccessChecks']);
  const context = await publicBrowser.newContext();
  const src = `${server.url}?embed=1`;
  await context.route(`${PARTNER}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: recorder(src) }));
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${PARTNER}/host.html`);
  const frame = page.frameLocator('#f');
  await ready(frame);
  await waitFor(page, () => window.got.some((m) => m.data?.type === 'story-explorer:view'));
  assert.equal((await got(page))[0].origin, server.origin);
  const search = frame.getByRole('searchbox', { name: 'Search' });

  // Not commands: ignored without a sound.
  for (const data of [null, 'pymxPYMxfxPYMxwidthxPYMx600', { type: 'story-explorer:navigate' }, { type: 'story-explorer:navigate', query: 5 }, { type: 'other', query: 'q=x' }, ['story-explorer:navigate', 'q=x']]) {
    await page.evaluate((d) => window.send(d), data);
  }
  await page.evaluate(() => window.send({ type: 'story-explorer:navigate', query: 'q=court&kind=report' }));
  await frame.locator('#results-heading').waitFor();
  await settled(frame);
  assert.equal(await search.inputValue(), 'court');
  await waitFor(page, () => window.got.some((m) => m.data?.type === 'story-explorer:view' && m.data.query === 'q=court&kind=report'));
  const frameUrl = new URL(page.frames().find((f) => f.url().startsWith(server.url)).url());
  assert.equal(frameUrl.searchParams.get('embed'), '1', 'the frame keeps its layout');
  assert.equal(frameUrl.searchParams.get('q'), 'court');
  assert.equal(await frame.locator('.notices').textContent(), '');

  // Hostile input gets the notices a link would, and nothing else.
  await page.evaluate(() => window.send({ type: 'story-explorer:navigate', query: '?q=x&zz=<script>window.__pwned=1</script>&doc=no-such-document' }));
  await frame.locator('.notices', { hasText: 'partly unusable' }).waitFor();
  assert.equal(await search.inputValue(), 'x');
  assert.match(await frame.locator('.notices').textContent(), /there is no document “no-such-document”/);
  assert.equal(await page.frames().find((f) => f.url().startsWith(server.url)).evaluate(() => typeof window.__pwned), 'undefined');
  assert.deepEqual(errors, []);
  await publicBrowser.close();
});

test('a pym.js host sizes the frame with pym.js alone', async () => {
  const pym = await readFile(join(ROOT, 'e2e', 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'), 'utf8');
  const host = await serveHtml(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pym host</title></head><body>
    <div id="story"></div>
    <script>${pym}</script>
    <script>new pym.Parent('story', ${JSON.stringify(`${server.url}?embed=1&q=court`)}, {});</script></body></html>`);
  const page = await browser.newPage();
  await page.goto(host.url);
  const frame = page.frameLocator('#story iframe');
  await settled(frame);
  await waitFor(page, () => parseInt(document.querySelector('#story iframe').getAttribute('height') ?? '0', 10) > 300);
  const frameUrl = new URL(page.frames().find((f) => f.url().startsWith(server.url)).url());
  assert.equal(frameUrl.searchParams.get('childId'), 'story');
  // pym.js's own parameters are taken without a notice.
  assert.equal(await frame.locator('.notices').textContent(), '');
  await page.close();
  await host.close();
});

test('the deep-link host page of docs/embedding.md keeps the frame\'s view in its address', async () => {
  const docs = await readFile(join(ROOT, 'docs', 'embedding.md'), 'utf8');
  const block = docs.match(/```html\n(<!-- A host page that keeps[\s\S]*?)```/);
  assert.ok(block, 'the host page in docs/embedding.md');
  const html = block[1].replaceAll('https://example.org/story/', server.url);
  const host = await serveHtml(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${html}</body></html>`);
  const page = await browser.newPage();
  await page.goto(host.url);
  const frame = page.frameLocator('#story');
  await ready(frame);
  // The frame fits its content.
  await waitFor(page, () => document.getElementById('story').height !== '640');
  await frame.getByRole('searchbox', { name: 'Search' }).fill('court');
  await waitFor(page, () => location.hash === '#story=q%3Dcourt');
  const shared = page.url();
  const other = await browser.newPage();
  await other.goto(shared);
  const frame2 = other.frameLocator('#story');
  await settled(frame2);
  assert.equal(await frame2.getByRole('searchbox', { name: 'Search' }).inputValue(), 'court');
  assert.equal(await frame2.locator('.embed-bar').count(), 1, 'still the compact layout');
  await other.close();
  await page.close();
  await host.close();
});

test('Copy link inside an embed copies the full explorer\'s link to the view', async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const page = await context.newPage();
  await page.goto(`${server.url}?q=court&embed=1&host=${encodeURIComponent('https://news.example')}&childId=story`);
  await settled(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.locator('.toolbar__status', { hasText: 'copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${server.url}?q=court`);
  await page.getByRole('button', { name: 'Embed' }).click();
  assert.match(await page.locator('#embed-code').inputValue(), /src="[^"]+\?q=court&amp;embed=1"/);
  await context.close();
});

test('STORY_PUBLIC_URL makes oembed.json absolute; a bad one stops the build', { skip: DIST !== join(ROOT, 'dist') }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'page-meta-'));
  try {
    for (const f of await readdir(DIST)) if (f === 'index.html' || f.endsWith('_bg.wasm')) await copyFile(join(DIST, f), join(dir, f));
    const run = (url) => spawnSync('node', [join(ROOT, 'scripts', 'page-meta.mjs')], { env: { ...process.env, TRUNK_STAGING_DIR: dir, STORY_PUBLIC_URL: url }, encoding: 'utf8' });
    const ok = run('https://news.example/stories/taliban');
    assert.equal(ok.status, 0, ok.stderr);
    const o = JSON.parse(await readFile(join(dir, 'oembed.json'), 'utf8'));
    assert.equal(o.provider_url, 'https://news.example/stories/taliban/');
    assert.match(o.html, /^<iframe src="https:\/\/news\.example\/stories\/taliban\/\?embed=1"/);
    // Run again on its own output: the same page.
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    assert.equal(run('https://news.example/stories/taliban/').status, 0);
    assert.equal(await readFile(join(dir, 'index.html'), 'utf8'), html);
    for (const bad of ['javascript:alert(1)', 'not a url', 'https://news.example/?a=1']) {
      const r = run(bad);
      assert.equal(r.status, 1, bad);
      assert.match(r.stderr, /STORY_PUBLIC_URL/);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
