// Where the time goes: Chromium's sampling profiler over start-up or repeated interactions of
// one kind, time summed by function (inclusive, then self). Usage:
//   node bench/profile.mjs DIST [load|search|facet|scrub] [REPS]   (WORDS=a,b for the search words)
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const dist = resolve(process.argv[2] ?? 'dist');
const kind = process.argv[3] ?? 'search';
const reps = Number(process.argv[4] ?? 200);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  let f = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  try {
    if (statSync(f).isDirectory()) f = join(f, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(f)] ?? 'application/octet-stream' }).end(readFileSync(f));
  } catch { res.writeHead(404).end(); }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const url = `http://127.0.0.1:${server.address().port}/`;
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
if (kind === 'load') {
  // Start-up: from navigation to the first rendered filters.
  await page.goto('about:blank');
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForSelector('.facet--sources .facet__check', { timeout: 120000 });
} else {
  await page.goto(url);
  await page.waitForSelector('.facet--sources .facet__check', { timeout: 120000 });
  await cdp.send('Profiler.start');
}
if (kind !== 'load') await page.evaluate(async ({ kind, reps, WORDS }) => {
  const words = WORDS;
  for (let i = 0; i < reps; i++) {
    if (kind === 'search') {
      const w = words[i % words.length];
      const box = document.querySelector('#search');
      box.value = w.slice(0, 1 + (i % w.length));
      box.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (kind === 'facet') {
      document.querySelector('.layout__facets .facet__check').click();
    } else {
      document.querySelector('[role="slider"][aria-label="Timeline"]').dispatchEvent(new KeyboardEvent('keydown', { key: i % 20 < 10 ? 'ArrowLeft' : 'ArrowRight', bubbles: true, cancelable: true }));
    }
    await new Promise((ok) => setTimeout(ok, 0));
    void document.body.offsetHeight;
  }
}, { kind, reps, WORDS: (process.env.WORDS ?? 'taliban,terrorist,moscow,court').split(',') });
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map();
const label = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
const counts = new Map();
for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
let total = 0;
for (const [id, c] of counts) {
  const n = byId.get(id);
  const name = label(n);
  self.set(name, (self.get(name) ?? 0) + c);
  if (!name.startsWith('(program)') && !name.startsWith('(idle)')) {
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const l = label(byId.get(x));
      if (!seen.has(l)) { seen.add(l); inclusive.set(l, (inclusive.get(l) ?? 0) + c); }
    }
  }
  total += c;
}
console.log('inclusive (share of all samples):');
for (const [name, c] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) {
  console.log(`${((100 * c) / total).toFixed(1).padStart(5)}%  ${name.slice(0, 150)}`);
}
console.log('self:');
for (const [name, c] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${((100 * c) / total).toFixed(1).padStart(5)}%  ${name}`);
}
await browser.close();
server.close();
