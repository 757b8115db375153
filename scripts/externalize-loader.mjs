// Post-build step (the first of scripts/post-build.mjs, the trunk hook): moves trunk's inline
// module loader out of index.html into a file of its own, so the page runs under a
// Content-Security-Policy without 'unsafe-inline' (script-src 'self'). Fails loudly if the
// page has any other inline script or style.
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalize-loader: TRUNK_STAGING_DIR is not set (run as a trunk hook)');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (match) {
  const code = match[1].trim() + '\n';
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  await writeFile(join(dir, name), code);
  html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
}
// Nothing inline may remain.
const leftovers = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>|<style[\s>]|\sstyle="|\son[a-z]+="/g)].map((m) => m[0]);
if (leftovers.length) {
  console.error(`externalize-loader: inline script or style left in index.html: ${leftovers.join(', ')}`);
  process.exit(1);
}
// The stylesheet link needs no data-integrity attribute in the output.
html = html.replace(/\sdata-integrity="none"/g, '');
await writeFile(file, html);
