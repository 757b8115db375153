// The timeline on a real story (E2E_REAL_DIST: a page built from a Timeline17 story of
// ../shared/data/t17-dev, e.g. H1N1_reuters, 150 articles; E2E_REAL_INDEX_JSON: that
// corpus's `story export --compact`): marks of a bounded size inside the timeline's box and
// off the toolbar, a first view on the story's months (the densest span of its key events,
// not the centuries a stray date stretches), zoom and pan by keys, buttons, wheel and drag
// with the window in the URL and restored on reload, the overview strip showing the window,
// key events first and all of them on request, a re-measure when a card narrows the column,
// axe-core clean, a 360 px wide phone. Skips, saying why, without the two variables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, clean, ready, watchedPage } from '../lib.mjs';
import { browser, index, server, skip } from './story.mjs';

/** As story_core::timeline: KEY_EVENTS, MIN_DAYS, MAX_RADIUS. */
const KEY_EVENTS = 30;
const MIN_DAYS = 7;
const MAX_RADIUS = 11;

const DAY = 86400000;
const days = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** Key events a day may have before other days have had theirs (story-core's KEY_PER_DAY). */
const KEY_PER_DAY = 2;

/** The key events as the core chooses them: by salience, ties in the index's order, at most
 * two a day while other days have events at least a quarter as salient as the top one, then
 * the rest by salience (story-core's key_events). */
function keyEvents() {
  const order = index.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.salience - a.e.salience || a.i - b.i);
  const perDay = new Map();
  const key = [];
  const later = [];
  const top = order.length ? order[0].e.salience : 0;
  for (const x of order) {
    if (x.e.salience < top * 0.25) {
      later.push(x);
      continue;
    }
    const n = perDay.get(x.e.start) ?? 0;
    if (n < KEY_PER_DAY) {
      perDay.set(x.e.start, n + 1);
      key.push(x);
    } else later.push(x);
  }
  return [...key, ...later].slice(0, KEY_EVENTS).map(({ e }) => e);
}

/** The window the page shows, from the overview strip's label ("… shows A to B"). */
async function shownWindow(page) {
  const label = await page.locator('.tl__strip').getAttribute('aria-label');
  const m = label.match(/shows (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/);
  assert.ok(m, label);
  return { from: m[1], to: m[2], days: days(m[2]) - days(m[1]) + 1 };
}

const urlWindow = (page) => new URL(page.url()).searchParams.get('window');

async function open(viewport = { width: 1280, height: 900 }, query = '') {
  const w = await watchedPage(browser, server.origin);
  await w.page.setViewportSize(viewport);
  await w.page.goto(server.url + query);
  await ready(w.page);
  await w.page.locator('.tl__svg').waitFor();
  return w;
}

/** The boxes of the marks drawn (not those outside the window). */
async function markBoxes(page) {
  return page.locator('.tl__event:not(.tl__event--out) .tl__mark').evaluateAll((els) =>
    els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; }));
}

function assertInside(marks, box, what) {
  for (const m of marks) {
    assert.ok(m.x >= box.x - 0.5 && m.x + m.w <= box.x + box.width + 0.5, `${what}: mark at x ${m.x} outside ${box.x}…${box.x + box.width}`);
    assert.ok(m.y >= box.y - 0.5 && m.y + m.h <= box.y + box.height + 0.5, `${what}: mark at y ${m.y} outside ${box.y}…${box.y + box.height}`);
    assert.ok(m.w <= 2 * MAX_RADIUS + 1, `${what}: a mark ${m.w} px wide`);
  }
}

test('marks are of a bounded size, inside the timeline’s box and off the toolbar', { skip }, async () => {
  const w = await open();
  const box = await w.page.locator('.tl__svg').boundingBox();
  const marks = await markBoxes(w.page);
  assert.ok(marks.length > 0, 'no mark drawn');
  assertInside(marks, box, 'default view');
  const toolbar = await w.page.locator('.toolbar').boundingBox();
  for (const m of marks) {
    const apart = m.x + m.w <= toolbar.x || m.x >= toolbar.x + toolbar.width || m.y + m.h <= toolbar.y || m.y >= toolbar.y + toolbar.height;
    assert.ok(apart, 'a mark covers the toolbar');
  }
  // The toolbar's buttons take clicks (nothing lies over them).
  const copy = w.page.getByRole('button', { name: 'Copy link' });
  const at = await copy.boundingBox();
  const hit = await w.page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('.toolbar') !== null, [at.x + at.width / 2, at.y + at.height / 2]);
  assert.ok(hit, 'something lies over Copy link');
  // Every key event in the window is drawn or counted where its rows are full ("+N").
  const win = await shownWindow(w.page);
  const inWindow = keyEvents().filter((e) => e.start >= win.from && e.start <= win.to).length;
  const more = (await w.page.locator('.tl__more text').allTextContents()).map((t) => Number(t.match(/^\+(\d+)$/)[1]));
  assert.equal(marks.length + more.reduce((a, b) => a + b, 0), inWindow);
  // A mark writes its number of sources.
  const n = await w.page.locator('.tl__event:not(.tl__event--out) .tl__n').first().textContent();
  assert.match(n, /^\d+$/);
  clean(w);
  await w.page.close();
});

test('the timeline has a lane per outlet, and an event’s dots sit on its outlets’ lanes', { skip }, async () => {
  const w = await open();
  const outlets = [...new Set(index.documents.map((d) => d.source).filter(Boolean))].sort();
  assert.ok(outlets.length >= 2, 'the story names several outlets (the point of this test)');
  const labels = (await w.page.locator('.tl__lane-label').evaluateAll((els) =>
    els.map((e) => e.querySelector('title')?.textContent ?? e.textContent))).sort();
  assert.deepEqual(labels, outlets);
  // A drawn event's dots: at most one per outlet that tells of it.
  const event = w.page.locator('.tl__event:not(.tl__event--out)').first();
  const dots = await event.locator('.tl__dot').count();
  const n = Number(await event.locator('.tl__n').textContent());
  assert.ok(dots >= 1 && dots <= Math.min(n, outlets.length), `${dots} dots for ${n} sources`);
  clean(w);
  await w.page.close();
});

test('the first view is on the story’s months: the densest span of its key events', { skip }, async () => {
  const w = await open();
  const win = await shownWindow(w.page);
  assert.equal(urlWindow(w.page), null, 'the first view needs no window in the URL');
  const key = keyEvents().map((e) => e.start).sort();
  const inside = key.filter((d) => d >= win.from && d <= win.to).length;
  assert.ok(inside >= Math.ceil(0.8 * key.length), `${inside} of ${key.length} key events in ${win.from}…${win.to}`);
  // Weeks or months, not the centuries the stray dates of the events span.
  const all = index.events.map((e) => e.start).sort();
  assert.ok(days(all.at(-1)) - days(all[0]) > 3650, 'the story has stray dates far apart (the point of this test)');
  assert.ok(win.days <= 180, `a first window of ${win.days} days`);
  const median = key[Math.floor(key.length / 2)];
  assert.ok(median >= win.from && median <= win.to, `the key events' median ${median}`);
  // The axis speaks of months or days, not of years.
  const labels = await w.page.locator('.tl__svg .tl__years text').allTextContents();
  assert.ok(labels.length >= 2, labels.join(', '));
  assert.ok(labels.every((l) => /[A-Z][a-z]{2}/.test(l)), labels.join(', '));
  clean(w);
  await w.page.close();
});

test('zoom and pan by keys and buttons; the window is in the URL and restored on reload', { skip }, async () => {
  const w = await open();
  const first = await shownWindow(w.page);
  await w.page.locator('.tl__frame').focus();
  await w.page.keyboard.press('+');
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('window'));
  const zoomed = await shownWindow(w.page);
  assert.ok(Math.abs(zoomed.days - first.days / 2) <= 1, `${first.days} → ${zoomed.days} days`);
  assert.equal(urlWindow(w.page), `${zoomed.from}..${zoomed.to}`);
  await w.page.keyboard.press('ArrowRight');
  await w.page.waitForFunction((f) => !new URL(location.href).searchParams.get('window').startsWith(f), zoomed.from);
  const later = await shownWindow(w.page);
  assert.ok(later.from > zoomed.from && later.days === zoomed.days, `${zoomed.from} → ${later.from}`);
  // Down to a week at most, never less.
  for (let i = 0; i < 8; i++) await w.page.keyboard.press('+');
  const narrow = await shownWindow(w.page);
  assert.equal(narrow.days, MIN_DAYS);
  const labels = await w.page.locator('.tl__svg .tl__years text').allTextContents();
  assert.ok(labels.length >= 5 && labels.every((l) => /^\d{1,2} [A-Z][a-z]{2}$/.test(l)), labels.join(', '));
  // Out by the button, to decades.
  for (let i = 0; i < 20; i++) await w.page.getByRole('button', { name: 'Zoom out', exact: true }).click();
  const wide = await shownWindow(w.page);
  assert.ok(wide.days > 3650, `${wide.days} days`);
  assert.ok((await w.page.locator('.tl__svg .tl__years text').allTextContents()).every((l) => /^\d{4}$/.test(l)));
  await w.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await w.page.getByRole('button', { name: 'Earlier', exact: true }).click();
  await w.page.waitForTimeout(300); // the address follows once the view rests (200 ms)
  const before = await shownWindow(w.page);
  assert.equal(urlWindow(w.page), `${before.from}..${before.to}`);
  await w.page.reload();
  await ready(w.page);
  assert.deepEqual(await shownWindow(w.page), before);
  // "Key period" goes back to the first view.
  await w.page.getByRole('button', { name: 'Key period' }).click();
  await w.page.waitForFunction(() => !new URL(location.href).searchParams.has('window'));
  assert.deepEqual(await shownWindow(w.page), first);
  clean(w);
  await w.page.close();
});

test('zoom by the wheel around the pointer, pan by dragging; the URL follows', { skip }, async () => {
  const w = await open();
  const first = await shownWindow(w.page);
  // The plot: what the window spans (right of the lanes' labels).
  const box = await w.page.locator('.tl__plot').boundingBox();
  const y = box.y + box.height - 10; // the axis
  const x = box.x + box.width * 0.25;
  await w.page.mouse.move(x, y);
  await w.page.mouse.wheel(0, -100);
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('window'));
  const zoomed = await shownWindow(w.page);
  assert.ok(Math.abs(zoomed.days - first.days / 2) <= 1, `${first.days} → ${zoomed.days}`);
  // The day under the pointer stays where it was (within a day or two).
  const at = (win) => days(win.from) + 0.25 * win.days;
  assert.ok(Math.abs(at(zoomed) - at(first)) <= 2, `${at(first)} → ${at(zoomed)}`);
  // Dragging to the right shows earlier days (on the plot as it is now: zoomed in, the
  // marks may need fewer rows, and the drawing is shorter).
  const plot = await w.page.locator('.tl__plot').boundingBox();
  const axis = plot.y + plot.height - 10;
  await w.page.mouse.move(plot.x + plot.width * 0.5, axis);
  await w.page.mouse.down();
  await w.page.mouse.move(plot.x + plot.width * 0.8, axis, { steps: 6 });
  await w.page.mouse.up();
  await w.page.waitForFunction((f) => new URL(location.href).searchParams.get('window').split('..')[0] < f, zoomed.from);
  const dragged = await shownWindow(w.page);
  assert.equal(dragged.days, zoomed.days);
  assert.ok(dragged.from < zoomed.from);
  // No span was brushed (that takes Shift).
  assert.equal(new URL(w.page.url()).searchParams.has('from'), false);
  await w.page.waitForTimeout(300);
  await w.page.reload();
  await ready(w.page);
  assert.deepEqual(await shownWindow(w.page), dragged);
  clean(w);
  await w.page.close();
});

test('two fingers spreading apart zoom in (a pinch)', { skip }, async () => {
  const w = await open();
  const first = await shownWindow(w.page);
  const box = await w.page.locator('.tl__plot').boundingBox();
  const y = box.y + box.height - 10;
  const cx = box.x + box.width / 2;
  const cdp = await w.page.context().newCDPSession(w.page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 2 });
  const touch = (type, d) => cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: type === 'touchEnd' ? [] : [{ x: cx - d, y, id: 1 }, { x: cx + d, y, id: 2 }],
  });
  await touch('touchStart', 40);
  for (const d of [60, 80, 100, 120, 140, 160]) await touch('touchMove', d);
  await touch('touchEnd', 0);
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('window'));
  const pinched = await shownWindow(w.page);
  // Four times as far apart: about a quarter of the days, around the same middle.
  assert.ok(pinched.days < first.days / 2, `${first.days} → ${pinched.days} days`);
  const middle = (win) => days(win.from) + win.days / 2;
  assert.ok(Math.abs(middle(pinched) - middle(first)) <= 3, `${middle(first)} → ${middle(pinched)}`);
  clean(w);
  await w.page.close();
});

test('the overview strip shows the whole span and the window on it; a press there moves it', { skip }, async () => {
  const w = await open();
  const strip = w.page.locator('.tl__strip');
  const box = await strip.boundingBox();
  const rect = await w.page.locator('.tl__strip-window').boundingBox();
  const win = await shownWindow(w.page);
  const from = Math.min(...index.events.map((e) => days(e.start)));
  const to = Math.max(...index.events.map((e) => days(e.end)));
  // Where the window's middle lies along the whole span, the rectangle's middle lies along
  // the strip (its plot starts and ends MAX_RADIUS + 2 px inside it).
  const pad = MAX_RADIUS + 2;
  const share = ((days(win.from) + days(win.to)) / 2 + 0.5 - from) / (to - from + 1);
  const middle = rect.x + rect.width / 2 - box.x;
  assert.ok(Math.abs(middle - (pad + share * (box.width - 2 * pad))) <= 3, `${middle} against ${share}`);
  const label = await strip.getAttribute('aria-label');
  assert.ok(label.includes(String(new Date(from * DAY).getUTCFullYear())), label);
  // A press near the strip's left end moves the window there, keeping its width.
  await w.page.mouse.click(box.x + pad + 2, box.y + 6);
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('window'));
  const moved = await shownWindow(w.page);
  assert.equal(moved.days, win.days);
  assert.ok(days(moved.from) - from < (to - from) * 0.05, moved.from);
  clean(w);
  await w.page.close();
});

test('key events first in the timeline and the list; all events on request, a page at a time', { skip }, async () => {
  const w = await open();
  const key = keyEvents();
  assert.ok(index.events.length > KEY_EVENTS, 'the story has more events than key ones');
  assert.equal(await w.page.locator('.tl__event').count(), KEY_EVENTS);
  // The list: the key events, in time (the index's) order.
  const wanted = index.events.filter((e) => key.includes(e)).map((e) => e.label);
  assert.deepEqual(await w.page.locator('.timeline__label').allTextContents(), wanted);
  assert.match(await w.page.locator('#timeline-heading').textContent(), /^Key events/);
  // Every event on request, in the URL.
  await w.page.locator('.timeline__which button').click();
  await w.page.waitForFunction(() => new URL(location.href).searchParams.get('events') === 'all');
  assert.equal(await w.page.locator('.tl__event').count(), index.events.length);
  assert.equal(await w.page.locator('.timeline__event').count(), 50);
  await w.page.getByRole('button', { name: /^More events/ }).click();
  await w.page.waitForFunction(() => document.querySelectorAll('.timeline__event').length === 100);
  const labels = await w.page.locator('.timeline__label').allTextContents();
  assert.deepEqual(labels, index.events.slice(0, 100).map((e) => e.label));
  // All events still fit the box.
  assertInside(await markBoxes(w.page), await w.page.locator('.tl__svg').boundingBox(), 'all events');
  await w.page.reload();
  await ready(w.page);
  assert.equal(await w.page.locator('.tl__event').count(), index.events.length);
  assert.equal(await w.page.locator('.tl__events').getAttribute('aria-pressed'), 'true');
  clean(w);
  await w.page.close();
});

test('the timeline re-measures when a card narrows its column (ResizeObserver)', { skip }, async () => {
  const w = await open();
  const widthOf = () => w.page.evaluate(() => ({
    svg: Number(document.querySelector('.tl__svg').getAttribute('width')),
    frame: document.querySelector('.tl__frame').clientWidth,
  }));
  const before = await widthOf();
  assert.ok(Math.abs(before.svg - before.frame) <= 0.5, JSON.stringify(before));
  await w.page.locator('.tl__event:not(.tl__event--out) .tl__mark').first().click();
  await w.page.locator('#event-card-title').waitFor();
  await w.page.waitForFunction((old) => Number(document.querySelector('.tl__svg').getAttribute('width')) < old - 20, before.svg);
  const after = await widthOf();
  assert.ok(Math.abs(after.svg - after.frame) <= 0.5, JSON.stringify(after));
  assertInside(await markBoxes(w.page), await w.page.locator('.tl__svg').boundingBox(), 'with a card open');
  clean(w);
  await w.page.close();
});

test('axe-core finds nothing on the real story, zoomed or with every event', { skip }, async () => {
  for (const q of ['', '?events=all', '?window=2009-04-20..2009-05-03&asof=2009-04-28']) {
    const w = await open(undefined, q);
    assert.deepEqual(await axe(w.page), [], `view ${q || '(default)'}`);
    clean(w);
    await w.page.close();
  }
});

test('a 360 px wide phone: the timeline fits, its marks inside it, its buttons reachable', { skip }, async () => {
  const w = await open({ width: 360, height: 740 });
  const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(overflow <= 360, `the page is ${overflow} px wide`);
  const box = await w.page.locator('.tl__svg').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360, JSON.stringify(box));
  const marks = await markBoxes(w.page);
  assert.ok(marks.length > 0);
  assertInside(marks, box, 'phone');
  for (const name of ['Zoom in', 'Zoom out', 'Earlier', 'Later']) {
    const b = await w.page.getByRole('button', { name, exact: true }).boundingBox();
    assert.ok(b && b.x >= 0 && b.x + b.width <= 360, name);
  }
  await w.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await w.page.waitForFunction(() => new URL(location.href).searchParams.has('window'));
  assert.deepEqual(await axe(w.page), []);
  clean(w);
  await w.page.close();
});
