// A page built with its index split (E2E_SPLIT_DIST: the seeds built with STORY_SPLIT_BYTES=1,
// as a large corpus is by default): the wasm carries no sentence text; the first view needs
// no chunk, and the page then streams every chunk and shard in once from its own origin; a
// reader whose browser asks to save data gets only the chunks a view needs, each once; the
// text shown is the whole index's; a view waiting for a streamed file is answered on a busy
// page; a chunk that cannot be fetched or read gets a clear notice
// and a working page. (scripts/test also runs every scenario of e2e/tests against this page.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean, exportedIndex, ready, serve, launch, stop, watchedPage } from '../lib.mjs';

const DIST = process.env.E2E_SPLIT_DIST;
const skip = !DIST;

let server, browser;
before(async () => {
  if (skip) return;
  server = await serve({ dir: DIST });
  browser = await launch();
});
after(() => stop({ server, browser }));

/** Names of the chunk files a page asks for, in order. */
function chunkRequests(page) {
  const names = [];
  page.on('request', (r) => {
    const m = r.url().match(/\/chunks\/[0-9a-f]{16}\/([ds]\d+\.bin)$/);
    if (m) names.push(m[1]);
  });
  return names;
}

test('the wasm embeds the head only: the text is in the chunks beside it', { skip }, () => {
  const index = exportedIndex();
  const texts = index.documents.flatMap((d) => d.sentences.map((s) => s.text));
  const longest = texts.reduce((a, b) => (b.length > a.length ? b : a), '');
  assert.ok(longest.length > 80);
  const wasm = readdirSync(DIST).find((f) => f.endsWith('_bg.wasm'));
  assert.ok(!readFileSync(join(DIST, wasm)).includes(Buffer.from(longest)), 'the wasm holds sentence text');
  const [key] = readdirSync(join(DIST, 'chunks'));
  const files = readdirSync(join(DIST, 'chunks', key));
  assert.ok(files.includes('d0.bin') && files.includes('s0.bin'), files.join(' '));
  const inChunks = files.filter((f) => f.startsWith('d')).some((f) => readFileSync(join(DIST, 'chunks', key, f)).includes(Buffer.from(longest)));
  assert.ok(inChunks, 'no document chunk holds the sentence');
});

/** Every chunk file of the split page. */
function chunkFiles() {
  const [key] = readdirSync(join(DIST, 'chunks'));
  return readdirSync(join(DIST, 'chunks', key)).filter((f) => /^[ds]\d+\.bin$/.test(f));
}

test('the first view needs no chunk; then every chunk is streamed in, once', { skip }, async () => {
  const w = await watchedPage(browser, server.origin);
  const asked = chunkRequests(w.page);
  // Chunks are held back until the first view is up: it must not wait for any.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await w.page.route('**/chunks/**', async (route) => { await held; await route.continue(); });
  await w.page.goto(server.url);
  await ready(w.page);
  assert.ok(asked.length <= 4, `more than four requests in flight at once: ${asked}`);
  // A search while the stream's first files are held: the query waits for its shards (the
  // stream's own requests or the view's), and is answered once they come.
  const first = exportedIndex().documents
    .flatMap((d) => d.sentences.flatMap((s) => s.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []))
    .sort()[0];
  const box = w.page.getByRole('searchbox', { name: 'Search' });
  await box.fill(`${first} `);
  assert.equal(await w.page.locator('#results-heading').textContent(), 'Searching…');
  release();
  await w.page.locator('.results__passage mark').first().waitFor();
  for (const m of await w.page.locator('.results__passage mark').allTextContents()) assert.equal(m.toLowerCase(), first);
  // Every file comes, each once.
  const files = chunkFiles();
  for (let waited = 0; asked.length < files.length && waited < 20000; waited += 50) await w.page.waitForTimeout(50);
  await w.page.waitForTimeout(300);
  assert.deepEqual([...asked].sort(), [...files].sort());
  clean(w);
  await w.page.close();
});

test('a view waiting for a file the stream fetched is answered on a page that is never idle', { skip }, async () => {
  // A page kept busy (a script driving it, a reader typing fast) has no idle period: what a
  // view waits for must not wait for one. (The stream once held such a file until the page
  // was idle, and a busy page's search waited for ever.)
  const w = await watchedPage(browser, server.origin);
  let release;
  const held = new Promise((ok) => { release = ok; });
  await w.page.route('**/chunks/**', async (route) => { await held; await route.continue(); });
  await w.page.goto(server.url);
  await ready(w.page);
  // The first word's postings are in the first shard: among the stream's first requests.
  const first = exportedIndex().documents
    .flatMap((d) => d.sentences.flatMap((s) => s.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []))
    .sort()[0];
  await w.page.getByRole('searchbox', { name: 'Search' }).fill(`${first} `);
  assert.equal(await w.page.locator('#results-heading').textContent(), 'Searching…');
  // Busy until the answer is in (or five seconds), one message after another.
  const busy = w.page.evaluate(async () => {
    const settle = () => new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = () => { c.port1.close(); ok(); }; c.port2.postMessage(0); });
    const t0 = performance.now();
    while (performance.now() - t0 < 5000) {
      if (document.querySelector('.results__passage mark')) return performance.now() - t0;
      await settle();
    }
    return null;
  });
  release();
  const took = await busy;
  assert.ok(took !== null, `no answer in five seconds of a busy page (heading: ${await w.page.locator('#results-heading').textContent()})`);
  clean(w);
  await w.page.close();
});

test('saving data, views fetch only the chunks they need, once each, and show the same text', { skip }, async () => {
  const index = exportedIndex();
  const w = await watchedPage(browser, server.origin);
  const asked = chunkRequests(w.page);
  // The reader's browser asks to save data (as Chromium's Save-Data setting reports it).
  await w.page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  await w.page.goto(server.url);
  await ready(w.page);
  await w.page.waitForTimeout(300);
  assert.deepEqual(asked, [], 'the first view needs no chunk');
  // The list gives each article's length without its text (the head keeps the counts).
  const lengths = await w.page.locator('.doc-list__length').allTextContents();
  assert.deepEqual(lengths.sort(), index.documents.map((d) => `${d.words} words`).sort());
  assert.ok(index.documents.every((d) => d.words > 0));

  const box = w.page.getByRole('searchbox', { name: 'Search' });
  await box.fill('taliban ');
  await w.page.locator('.results__passage mark').first().waitFor();
  assert.match(await w.page.locator('#results-heading').textContent(), /^\d+ passages? in \d+ sources?$/);
  assert.ok(asked.some((f) => f.startsWith('s')), `no search shard: ${asked}`);
  assert.ok(asked.includes('d0.bin'), `no document chunk: ${asked}`);
  // The passages are sentences of the corpus, their marks the word searched for.
  const all = new Set(index.documents.flatMap((d) => d.sentences.map((s) => s.text)));
  const passages = await w.page.locator('.results__passage').allTextContents();
  assert.ok(passages.length > 0);
  for (const p of passages) assert.ok(all.has(p.trim()), `not a sentence of the corpus: ${p}`);
  for (const m of await w.page.locator('.results__passage mark').allTextContents()) assert.match(m, /^taliban/i);

  // The same query again, and another of the same stems, fetch nothing new.
  const before = asked.length;
  await box.fill('');
  await box.fill('taliban ');
  await w.page.locator('.results__passage mark').first().waitFor();
  assert.equal(asked.length, before, `fetched again: ${asked.slice(before)}`);

  // The reader (opened in the page, not reloaded) shows a document's text as the whole index
  // has it, from the chunk already fetched.
  await w.page.locator('.results__passage a').first().click();
  await w.page.locator('.reader .sentence').first().waitFor();
  const id = new URL(w.page.url()).searchParams.get('doc');
  const doc = index.documents.find((d) => d.id === id);
  assert.ok(doc, `no document ${id}`);
  const shown = (await w.page.locator('.reader .sentence').allTextContents()).map((t) => t.trim());
  assert.deepEqual(shown, doc.sentences.map((s) => s.text.trim()));
  // Its quotes' words come with its chunk too.
  const quotes = index.quotes.filter((q) => index.documents[q.doc]?.id === doc.id).map((q) => q.text);
  assert.deepEqual(await w.page.locator('.reader__quotes q').allTextContents(), quotes);
  // And another document's, opened from the overview's list.
  const quoted = index.documents.find((d) => d.id !== doc.id && index.quotes.some((q) => index.documents[q.doc]?.id === d.id));
  await w.page.locator('.site-header__title a').click();
  await w.page.locator(`.doc-list__link[href*="doc=${encodeURIComponent(quoted.id)}"]`).first().click();
  await w.page.locator('.reader__quotes q').first().waitFor();
  assert.deepEqual(
    await w.page.locator('.reader__quotes q').allTextContents(),
    index.quotes.filter((q) => index.documents[q.doc]?.id === quoted.id).map((q) => q.text),
  );
  assert.equal(new Set(asked).size, asked.length, `a chunk was fetched twice: ${asked}`);
  clean(w);
  await w.page.close();
});

test('a chunk that cannot be loaded or read is reported and the page keeps working', { skip }, async () => {
  for (const [what, fulfil] of [
    ['missing', (route) => route.fulfill({ status: 404, body: 'not found' })],
    ['damaged', (route) => route.fulfill({ status: 200, body: Buffer.from('STORYDOCS1\n\xff\xff\xff', 'latin1') })],
    ['foreign', (route) => route.fulfill({ status: 200, body: '<html>a login page</html>' })],
  ]) {
    const w = await watchedPage(browser, server.origin);
    await w.page.route('**/chunks/**', fulfil);
    await w.page.goto(`${server.url}?doc=${encodeURIComponent(exportedIndex().documents[0].id)}`);
    await ready(w.page);
    const notice = w.page.locator('.notices__item--failure');
    await notice.waitFor({ timeout: 10000 });
    assert.match(await notice.textContent(), /could not be loaded \(chunks\/[0-9a-f]{16}\/d0\.bin: /, what);
    assert.match(await w.page.locator('main').textContent(), /Loading the article’s text/, what);
    // Everything that needs no text still works: a facet, and the way back to the overview.
    await w.page.locator('.site-header__title a').click();
    await w.page.locator('.doc-list__link').first().waitFor();
    // The only problems are the failed requests themselves.
    const others = w.problems.filter((p) => !/chunks\/|Failed to load resource/.test(p));
    assert.deepEqual(others, [], what);
    assert.deepEqual(w.foreign, [], what);
    await w.page.close();
  }
});
