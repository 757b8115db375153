// The walking skeleton in Chromium: the documents are listed, one opens in the reader, site
// chrome is not in the text, links and history work, and the page is clean (no console error
// or warning, no failed or foreign request) when served from a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { clean, exportedIndex, ready, start, stop, watchedPage } from '../lib.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(() => stop({ server, browser }));

test('lists every document with its title, date and kind', async () => {
  const index = exportedIndex();
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  const titles = await w.page.locator('.doc-list__link').allTextContents();
  assert.deepEqual(titles, index.documents.map((d) => d.title));
  const dates = await w.page.locator('.doc-list__date').allTextContents();
  assert.deepEqual(dates, index.documents.map((d) => d.published ?? 'undated'));
  const kinds = await w.page.locator('.doc-list__kind').allTextContents();
  assert.deepEqual(kinds, index.documents.map((d) => d.kind));
  clean(w);
  await w.page.close();
});

test('the seed corpus shows its five documents', { skip: !!process.env.STORY_CORPUS }, async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  const titles = await w.page.locator('.doc-list__link').allTextContents();
  assert.equal(titles.length, 5);
  assert.ok(titles.includes('Russia Lifts Ban on Taliban, Opening Doors for Diplomatic Relations'));
  assert.ok(titles.includes('Moscow’s Taliban Rapprochement: High-Risk Realpolitik'));
  assert.equal(await w.page.locator('.doc-list__date').first().textContent(), '2025-04-18');
  clean(w);
  await w.page.close();
});

test('every document opens in the reader, without its site chrome', async () => {
  const index = exportedIndex();
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  for (const doc of index.documents) {
    await w.page.locator('.doc-list__link', { hasText: doc.title }).first().click();
    await w.page.locator('#reader-title').filter({ hasText: doc.title }).waitFor();
    // The address follows the view after the frame that shows it (a history write waits
    // for the paint), so it may trail the reader's title by a frame: wait for it.
    await w.page.waitForFunction((id) => new URL(location.href).searchParams.get('doc') === id, doc.id);
    const sentences = await w.page.locator('.reader__body .sentence').allTextContents();
    assert.deepEqual(sentences.map((s) => s.trim()), doc.sentences.map((s) => s.text));
    const body = await w.page.locator('.reader__body').textContent();
    for (const { text: line } of doc.removed) {
      if (line.trim().length > 4) assert.ok(!body.includes(line.trim()), `${doc.id}: chrome ${line} in the text`);
    }
    const headings = await w.page.locator('.reader__body h3').count();
    assert.equal(headings, doc.sentences.filter((s) => s.heading).length);
    if (doc.removed.length > 0) {
      const removed = w.page.locator('.reader__removed');
      await removed.locator('summary').click();
      const shown = await removed.locator('li').allTextContents();
      // Each line with its reason in words.
      assert.deepEqual(shown.map((l) => l.split(' — ')[0]), doc.removed.map((r) => r.text));
      assert.ok(shown.every((l) => / — [a-z]/.test(l)), shown.join('\n'));
    }
  }
  clean(w);
  await w.page.close();
});

test('forum chrome of the seeds is gone from the reader', { skip: !!process.env.STORY_CORPUS }, async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(`${server.url}?doc=001_2dad32b68f3d353b`);
  await w.page.locator('.reader').waitFor();
  const body = await w.page.locator('.reader__body').textContent();
  for (const chrome of ['Thread Author', 'Last edited', 'Related Sources']) assert.ok(!body.includes(chrome), chrome);
  assert.match(await w.page.locator('.reader__credit').textContent(), /Ruetir/);
  clean(w);
  await w.page.close();
});

test('a link opens its document; Back and Forward step through views', async () => {
  const index = exportedIndex();
  const [a, b] = index.documents;
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(`${server.url}?doc=${encodeURIComponent(a.id)}`);
  await w.page.locator('#reader-title').filter({ hasText: a.title }).waitFor();
  if (b) {
    await w.page.locator('.doc-list__link', { hasText: b.title }).first().click();
    await w.page.locator('#reader-title').filter({ hasText: b.title }).waitFor();
    await w.page.goBack();
    await w.page.locator('#reader-title').filter({ hasText: a.title }).waitFor();
    await w.page.goForward();
    await w.page.locator('#reader-title').filter({ hasText: b.title }).waitFor();
  }
  await w.page.reload();
  await w.page.locator('.reader').waitFor();
  clean(w);
  await w.page.close();
});

test('a malformed link shows the default view and says what was ignored', async () => {
  const w = await watchedPage(browser, server.origin);
  for (const q of ['?doc=no-such-document', '?doc=%E0%A4%A&zzz=1', '?%%%=&&doc=' + 'x'.repeat(5000)]) {
    await w.page.goto(server.url + q);
    await ready(w.page);
    const notice = await w.page.locator('.notices[role=status]').textContent();
    assert.match(notice, /link was partly unusable/, q);
    assert.equal(await w.page.locator('.reader').count(), 0, q);
  }
  clean(w);
  await w.page.close();
});
