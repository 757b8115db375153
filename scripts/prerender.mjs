// Post-build step (the last of scripts/post-build.mjs): the page's first view, prerendered.
//
// The built page is loaded once in Debian's headless Chromium (playwright-core, as the e2e
// tests drive it), and the DOM of the first frame the app paints for the whole view (`./`, no
// query: its header, filters and document list) is written into index.html, in
// `<div id="prerender" inert>`. A reader then sees the story's first view as soon as the HTML
// and the stylesheet are in, before the wasm is fetched, compiled and started; the app
// removes the snapshot when it mounts its own view (`story_explorer::start`, in the same task,
// so no frame shows neither or both). Until then the snapshot is inert: it can be read, not
// used (no focus, no clicks, no input that the app would lose, hidden from assistive
// technology until the live view is there).
//
// It is the app's own markup (the snapshot of what its components render), so it cannot
// drift from the page; e2e/tests/first-view.test.mjs checks that it shows what the app shows.
// A URL with a query is another view: first-view.js (a classic script before the snapshot)
// hides the snapshot there, and from disk, where the app cannot start. The serialised DOM
// escapes the corpus's text as any HTML serialiser does; the snapshot is refused if it holds
// a script, a frame, an event-handler or style attribute or an address that runs code.
//
// Where Chromium or playwright-core is missing, or STORY_PRERENDER=0, the page is left as it
// is (with a message): it works the same, its first view only comes with the app.
// Usage: as part of the trunk hook (TRUNK_STAGING_DIR), or `node scripts/prerender.mjs DIST`.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? '');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PLAYWRIGHT = join(ROOT, 'e2e', 'node_modules', 'playwright-core', 'index.mjs');
/** What the first view is made of: the app has painted it once this is in the DOM. */
const FIRST_VIEW = '.layout__facets';

const fail = (message) => {
  console.error(`prerender: ${message}`);
  process.exit(1);
};
const skip = (why) => {
  console.warn(`prerender: the first view is not prerendered (${why}); the page works the same, its first view comes with the app`);
  process.exit(0);
};

if (!process.argv[2] && !process.env.TRUNK_STAGING_DIR) fail('no directory (run as a trunk hook, or give the built page\'s directory)');
if (process.env.STORY_PRERENDER === '0') skip('STORY_PRERENDER=0');
if (!existsSync(CHROMIUM)) skip(`no Chromium at ${CHROMIUM}; scripts/setup installs it`);
if (!existsSync(PLAYWRIGHT)) skip('playwright-core is not installed in e2e/; scripts/setup installs it');
const indexFile = join(dir, 'index.html');
let index;
try {
  index = await readFile(indexFile, 'utf8');
} catch {
  fail(`no index.html in ${dir}`);
}
if (index.includes('id="prerender"')) fail('index.html has a prerendered view already');
// first-view.js must stand before the snapshot: it hides it where it is not the view.
const guard = index.search(/<script src="[^"]*first-view[^"]*\.js"><\/script>/);
if (guard < 0 || guard > index.lastIndexOf('</body>')) fail('index.html has no first-view.js in its body');

// The e2e tests' static server and Chromium (e2e/lib.mjs): the page at the root of a loopback
// origin, without the policy header (the snapshot is the DOM, which the policy does not change).
const { serve, launch } = await import(pathToFileURL(join(ROOT, 'e2e', 'lib.mjs')).href);
const server = await serve({ dir, prefix: '/', headers: {} });

// In the page, before anything runs: from the first frame on, look at each frame's DOM (an
// animation callback runs before the frame is drawn, and before the tasks the app queues from
// its own callbacks, such as mounting the timeline after the first paint); the first that
// holds the view is the app's first frame.
const CAPTURE = `(() => {
  const tick = () => {
    if (!document.querySelector(${JSON.stringify(FIRST_VIEW)})) {
      requestAnimationFrame(tick);
      return;
    }
    const made = [...document.body.children].filter((e) =>
      !['SCRIPT', 'NOSCRIPT'].includes(e.tagName) && e.id !== 'file-note');
    const all = made.flatMap((e) => [e, ...e.querySelectorAll('*')]);
    window.__firstView = {
      html: made.map((e) => e.outerHTML).join(''),
      root: [...document.documentElement.attributes].map((a) => a.name),
      tags: [...new Set(all.map((e) => e.localName))],
      attributes: [...new Set(all.flatMap((e) => [...e.attributes].map((a) => a.name)))],
      links: all.flatMap((e) => ['href', 'src', 'action', 'xlink:href'].map((a) => e.getAttribute(a)).filter((v) => v !== null)),
    };
  };
  requestAnimationFrame(tick);
})();`;

let snapshot = null;
let missing = '';
const browser = await launch();
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route((u) => u.origin !== server.origin, (r) => r.abort());
  await page.addInitScript(CAPTURE);
  await page.goto(server.url);
  try {
    await page.waitForFunction(() => window.__firstView !== undefined, null, { timeout: 60000 });
    snapshot = await page.evaluate(() => window.__firstView);
  } catch {
    missing = `the app showed no first view within a minute${errors.length ? `: ${errors.join('; ')}` : ''}`;
  }
} finally {
  await browser.close();
  await server.close();
}
if (!snapshot) skip(missing);

// The app sets nothing on the document element for the whole view (a colour scheme or the
// embed mode come from a query, which hides the snapshot); if it ever does, the snapshot
// would be shown without it.
const extra = snapshot.root.filter((a) => a !== 'lang');
if (extra.length) skip(`the app's first view sets ${extra.join(', ')} on the document element`);
const html = snapshot.html;
// What the app renders is the corpus's text in its own elements; these would be something
// else (checked on the DOM, not the markup, where the corpus's text may say anything).
const refuse = (what) => fail(`the first view holds ${what}: not written into index.html`);
const odd = snapshot.tags.filter((t) => ['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'style'].includes(t));
if (odd.length) refuse(`<${odd.join('>, <')}>`);
const handlers = snapshot.attributes.filter((a) => /^on/i.test(a));
if (handlers.length) refuse(`event-handler attributes (${handlers.join(', ')})`);
// The page's policy has no 'unsafe-inline' for styles: a style attribute would not apply.
if (snapshot.attributes.includes('style')) refuse('a style attribute');
const scripted = snapshot.links.filter((l) => /^\s*(javascript|data|vbscript):/i.test(l));
if (scripted.length) refuse(`an address that runs code (${scripted[0].slice(0, 40)})`);

const out = index.replace(/(\s*)<\/body>/, (_, space) =>
  `${space}<div id="prerender" inert>${html}</div>${space}</body>`);
await writeFile(indexFile, out);
console.log(`prerender: the first view is in index.html (${(Buffer.byteLength(html) / 1024).toFixed(1)} KB)`);
