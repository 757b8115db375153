// Source comparison in Chromium: side by side by claim, the sortable claim × source matrix,
// conflicts explained with both sides quoted, per-source summaries, all in the URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axe, clean, exportedIndex, ready, start, stop, watchedPage } from '../lib.mjs';

let server, browser;
before(async () => ({ server, browser } = await start()));
after(() => stop({ server, browser }));
const param = (page, key) => new URL(page.url()).searchParams.getAll(key);

test('Compare sources aligns claims across the chosen sources', async () => {
  const index = exportedIndex();
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  await w.page.getByRole('button', { name: 'Compare sources' }).click();
  await w.page.locator('#cmp-heading').waitFor();
  // The address follows the view once it is painted.
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('compare'));
  assert.deepEqual(param(w.page, 'compare'), index.documents.map((d) => d.id));
  if (index.claims.length === 0) return;
  const table = w.page.locator('.cmp__table');
  assert.equal(await table.locator('thead th').count(), index.documents.length + 1);
  // Every cell says what it is in words, not only in colour.
  const statuses = await table.locator('.cmp__status').allTextContents();
  for (const s of statuses) assert.match(s, /^(● states|○ omits|✕ contradicts)$/);
  // The matrix has a row per claim and a cell per source, each named for screen readers.
  const matrix = w.page.locator('.cmp__matrix');
  assert.equal(await matrix.locator('tbody tr').count(), index.claims.length);
  const first = await matrix.locator('tbody tr').first().locator('td.cmp__mark [aria-label]').first().getAttribute('aria-label');
  assert.match(first, /: (states|omits|contradicts)$/);
  // Sorting by claim puts the labels in order.
  await matrix.getByRole('button', { name: 'Claim' }).click();
  const labels = await matrix.locator('tbody .cmp__claim').allTextContents();
  assert.deepEqual(labels, [...labels].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  assert.equal(await matrix.locator('th', { has: w.page.getByRole('button', { name: 'Claim' }) }).getAttribute('aria-sort'), 'descending');
  // Fewer sources: one column less, in the URL.
  await w.page.locator('.cmp__pick input[type=checkbox]').first().uncheck();
  await w.page.waitForFunction((n) => new URL(location.href).searchParams.getAll('compare').length === n, index.documents.length - 1);
  assert.equal(await table.locator('thead th').count(), index.documents.length);
  clean(w);
  await w.page.close();
});

test('a claim opens its card; Back closes it', async () => {
  const index = exportedIndex();
  if (index.claims.length === 0) return;
  const w = await watchedPage(browser, server.origin);
  const all = index.documents.map((d) => `compare=${encodeURIComponent(d.id)}`).join('&');
  await w.page.goto(`${server.url}?${all}`);
  await w.page.locator('#cmp-heading').waitFor();
  const claim = index.claims[0];
  await w.page.locator('.cmp__table .cmp__claim').first().click();
  const card = w.page.locator('.card', { has: w.page.locator('#claim-card-title') });
  await card.waitFor();
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('claim'));
  assert.deepEqual(param(w.page, 'claim'), [claim.id]);
  assert.equal(await card.locator('.card__mentions li').count(), claim.mentions.length);
  await w.page.goBack();
  await w.page.locator('#claim-card-title').waitFor({ state: 'detached' });
  clean(w);
  await w.page.close();
});

test('on the seeds: suspended against annulled is explained with both sides quoted', { skip: !!process.env.STORY_CORPUS }, async () => {
  const w = await watchedPage(browser, server.origin);
  await w.page.goto(server.url);
  await ready(w.page);
  await w.page.getByRole('button', { name: 'Compare sources' }).click();
  const conflict = w.page.locator('.cmp__conflict', { hasText: 'annulled' });
  await conflict.waitFor();
  const text = await conflict.textContent();
  assert.match(text, /temporary/);
  assert.match(text, /suspend/);
  assert.match(text, /final/);
  assert.ok((await conflict.locator('li').count()) >= 2);
  assert.ok((await w.page.locator('.cmp__matrix .cmp__mark--contradicts').count()) >= 1);
  // Per source: framing, what only it says, what it leaves out.
  const summaries = w.page.locator('.cmp__summary');
  assert.equal(await summaries.count(), 5);
  assert.match(await summaries.nth(1).locator('.cmp__framing').textContent(), /Reads as opinion/);
  clean(w);
  await w.page.close();
});

test('axe-core finds no violations in the comparison', async () => {
  const index = exportedIndex();
  const page = await browser.newPage();
  const all = index.documents.map((d) => `compare=${encodeURIComponent(d.id)}`).join('&');
  for (const v of [`?${all}`, `?${all}&claim=${index.claims[0]?.id ?? ''}`, `?compare=${encodeURIComponent(index.documents[0].id)}&color=dark`]) {
    await page.goto(server.url + v);
    await page.locator('#cmp-heading').waitFor();
    assert.deepEqual(await axe(page), [], v);
  }
  await page.close();
});
