// Post-build step (run by scripts/post-build.mjs after the loader is externalized and the
// chunks are copied): writes story.html, the whole explorer in one file that makes no request
// when it runs, so it works opened from disk (file://), attached to an e-mail or kept in an
// archive, as well as from any web server.
//
// It is made from the built files: the wasm (base64, in a data block the inline module
// decodes before init), the trap handler, the JS glue and the loader (one inline module
// script), the styles (an inline <style>), the favicon (a data: URL) and, for a split index, every chunk (base64 data
// blocks that src/corpus.rs reads instead of fetching). A Content-Security-Policy <meta> allows
// the inline script and style by their sha256 hashes only (no 'unsafe-inline', no
// 'unsafe-eval'; 'wasm-unsafe-eval' compiles the wasm) and no request at all (default-src
// 'none'; img-src data: for the favicon).
//
// A file over STORY_SINGLE_FILE_BYTES (default 25,000,000 bytes, under the attachment limits of
// the common mail services) is not made: the build says so and why, and the multi-file page's
// note for readers who open it from disk no longer points to it.
//
// Usage: as part of the trunk hook (TRUNK_STAGING_DIR), or `node scripts/single-file.mjs DIST`.
import { readdir, readFile, writeFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const NAME = 'story.html';
const DEFAULT_MAX_BYTES = 25_000_000;

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('single-file: give the built folder (or run as a trunk hook, TRUNK_STAGING_DIR)');
  process.exit(1);
}
const fail = (why) => {
  console.error(`single-file: ${why}`);
  process.exit(1);
};
const rawMax = process.env.STORY_SINGLE_FILE_BYTES;
const max = rawMax === undefined ? DEFAULT_MAX_BYTES : Number(rawMax.trim());
if (!Number.isSafeInteger(max) || max < 0) fail(`STORY_SINGLE_FILE_BYTES must be a number of bytes, not ${JSON.stringify(rawMax)}`);

const indexFile = join(dir, 'index.html');
const index = await readFile(indexFile, 'utf8');
const out = join(dir, NAME);
await rm(out, { force: true });

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** Base64 in lines of 76 characters (atob skips the line breaks). */
const base64 = (bytes) => bytes.toString('base64').replace(/.{76}/g, '$&\n');
/** The value of attribute `name` in the tag `tag`. */
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
/** The file a built page's relative URL names (trunk writes ./name or name). */
const local = (href) => {
  if (!href || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) fail(`unexpected asset URL ${href} in index.html`);
  return join(dir, decodeURIComponent(href.replace(/^\.?\//, '').split(/[?#]/)[0]));
};
/** The one tag of index.html that `re` matches. */
const one = (re, what) => {
  const all = index.match(new RegExp(re.source, 'g')) ?? [];
  if (all.length !== 1) fail(`expected one ${what} in index.html, found ${all.length}`);
  return all[0];
};

// The loader (externalized by externalize-loader.mjs) imports the glue and inits the wasm.
const bootTag = one(/<script type="module" src="[^"]+"><\/script>/, 'module script');
const boot = await readFile(local(attr(bootTag, 'src')), 'utf8');
const glueName = boot.match(/from\s+['"]([^'"]+\.js)['"]/)?.[1];
if (!glueName) fail('the loader imports no glue');
let glue = await readFile(local(glueName), 'utf8');
if (/^\s*import\s/m.test(glue)) fail(`the glue ${glueName} imports another module (a snippet?): it cannot be inlined`);
// One inline module: the glue's exports become local names.
glue = glue
  .replace(/^export\s+default\s+__wbg_init\s*;?\s*$/m, '')
  .replace(/^export\s*\{[^}]*\}\s*;?\s*$/gm, '')
  .replace(/^export\s+(?=(async\s+)?function|class|const|let|var)/gm, '');
if (/^\s*export\s/m.test(glue)) fail(`the glue ${glueName} has an export this script does not know`);
if (!/async function __wbg_init\b/.test(glue)) fail(`the glue ${glueName} has no __wbg_init`);
const wasmName = (await readdir(dir)).find((f) => f.endsWith('_bg.wasm'));
if (!wasmName) fail(`no wasm in ${dir}`);
const wasm = await readFile(join(dir, wasmName));

// The handler of a wasm trap (trap.js) goes first, so it is there before the wasm runs.
const trapTag = one(/<script src="[^"]*trap-[^"]*\.js"><\/script>/, 'trap script');
const trap = await readFile(local(attr(trapTag, 'src')), 'utf8');

const script = `${trap.trim()}
${glue.trim()}
// The wasm comes from the page itself (#story-wasm, base64), not from a request.
{
  const data = document.getElementById('story-wasm');
  const text = atob(data.textContent);
  data.remove();
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  const wasm = await __wbg_init({ module_or_path: bytes });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
}
`;
if (script.includes('</script')) fail('the script contains "</script": it cannot be inlined');

const cssTag = one(/<link rel="stylesheet"[^>]*>/, 'stylesheet');
const css = (await readFile(local(attr(cssTag, 'href')), 'utf8')).trim();
if (/url\(/i.test(css) || css.includes('</style')) fail('the stylesheet refers to other files (url()) or cannot be inlined');
const iconTag = one(/<link rel="icon"[^>]*>/, 'icon');
const icon = await readFile(local(attr(iconTag, 'href')));
const iconType = attr(iconTag, 'type') ?? 'image/svg+xml';

// A split index: every chunk of it, by the path the page would fetch it from.
const blocks = [`<script type="application/octet-stream" id="story-wasm">\n${base64(wasm)}\n</script>`];
let chunkBytes = 0;
let chunkFiles = 0;
if (existsSync(join(dir, 'chunks'))) {
  for (const key of await readdir(join(dir, 'chunks'))) {
    for (const name of (await readdir(join(dir, 'chunks', key))).sort()) {
      const body = await readFile(join(dir, 'chunks', key, name));
      chunkBytes += body.length;
      chunkFiles += 1;
      blocks.push(`<script type="application/octet-stream" id="chunks/${key}/${name}">\n${base64(body)}\n</script>`);
    }
  }
}

const csp = [
  "default-src 'none'",
  `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha256(css)}`,
  'img-src data:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

let html = index
  .replace(/<meta charset="utf-8">/i, `$&\n    <meta http-equiv="Content-Security-Policy" content="${csp}">`)
  .replace(/\s*<link rel="(modulepreload|preload)"[^>]*>/g, '')
  // oEmbed discovery points at oembed.json beside a served page; a file has no such neighbour.
  .replace(/\s*<link rel="alternate" type="application\/json\+oembed"[^>]*>/g, '')
  .replace(cssTag, () => `<style>${css}</style>`)
  .replace(iconTag, () => `<link rel="icon" type="${iconType}" href="data:${iconType};base64,${icon.toString('base64')}">`)
  .replace(bootTag, () => `<script type="module">${script}</script>`)
  .replace(trapTag, '')
  // The note for readers who open the multi-file page from disk has no use here, nor has the
  // multi-file page's prerendered first view (scripts/prerender.mjs, the last element of its
  // body when this runs on a finished page), whose guard, first-view.js, goes with the note.
  .replace(/\s*<div id="prerender" inert>[\s\S]*<\/div>(?=\s*<\/body>)/, '')
  .replace(/\s*<div id="file-note"[\s\S]*?<\/div>\s*<script src="[^"]*"><\/script>/, '')
  .replace(/\s*<\/body>/, () => `\n${blocks.join('\n')}\n</body>`);
if (!html.includes('http-equiv="Content-Security-Policy"')) fail('index.html has no <meta charset="utf-8"> to put the policy after');
// Nothing may be left that the browser would request.
const requests = [...html.matchAll(/\s(?:src|href)="(?!data:|#|\?)([^"]*)"/g)].map((m) => m[1]);
if (requests.length) fail(`story.html would still request ${requests.join(', ')}`);

const size = Buffer.byteLength(html);
const note = (single) => {
  // The note of the multi-file page: it points to story.html only when there is one.
  const updated = single ? index : index.replace(/\s*<p data-single>[\s\S]*?<\/p>/, '');
  return updated === index ? Promise.resolve() : writeFile(indexFile, updated);
};
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
if (size > max) {
  console.warn(
    `single-file: ${NAME} is not made: it would be ${mb(size)} (the wasm ${mb(wasm.length)}` +
      `${chunkFiles ? `, ${chunkFiles} chunks of the split index ${mb(chunkBytes)}` : ''}, base64-encoded), over the ` +
      `limit of ${mb(max)} (STORY_SINGLE_FILE_BYTES); publish the whole folder instead.`,
  );
  await note(false);
} else {
  await writeFile(out, html);
  await note(true);
  console.log(`single-file: ${NAME}, ${size} bytes${chunkFiles ? ` (with the ${chunkFiles} chunks of the split index)` : ''}`);
}
