// What the real-story scenarios share: the page built from a real story (E2E_REAL_DIST), its
// export (E2E_REAL_INDEX_JSON), a server with the strict CSP and a browser, opened before a
// file's tests and closed after them. Without the two variables the scenarios skip, saying why.
import { before, after } from 'node:test';
import { readFileSync } from 'node:fs';
import { launch, serve, stop } from '../lib.mjs';

const DIST = process.env.E2E_REAL_DIST;
const JSON_PATH = process.env.E2E_REAL_INDEX_JSON;
export const skip = !DIST || !JSON_PATH
  ? 'set E2E_REAL_DIST (a page built from a real story) and E2E_REAL_INDEX_JSON (its export) to run these'
  : false;
if (skip) console.log(`# e2e/real: skipped: ${skip}`);

export let server, browser, index;
before(async () => {
  if (skip) return;
  index = JSON.parse(readFileSync(JSON_PATH, 'utf8'));
  server = await serve({ dir: DIST });
  browser = await launch();
});
after(() => stop({ server, browser }));
