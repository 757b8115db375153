// Post-build step (the second of scripts/post-build.mjs, the trunk hook): a page built from a
// large corpus embeds only the head of a split index (see build.rs and story-core's chunk
// module); its chunks are copied here beside the page, into chunks/<key>/. The key is read
// from the built wasm itself (the head starts with "STORYHEAD1\n" and its key), so the page and
// its chunks always belong to the same build. A page with a whole index has nothing to copy.
import { readdir, readFile, cp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('copy-chunks: TRUNK_STAGING_DIR is not set (run as a trunk hook)');
  process.exit(1);
}
const wasm = (await readdir(dir)).find((f) => f.endsWith('_bg.wasm'));
if (!wasm) {
  console.error(`copy-chunks: no wasm in ${dir}`);
  process.exit(1);
}
const bytes = await readFile(join(dir, wasm));
const magic = Buffer.from('STORYHEAD1\n\x10', 'latin1');
const at = bytes.indexOf(magic);
await rm(join(dir, 'chunks'), { recursive: true, force: true });
if (at < 0) process.exit(0);
const key = bytes.subarray(at + magic.length, at + magic.length + 16).toString('latin1');
if (!/^[0-9a-f]{16}$/.test(key)) {
  console.error('copy-chunks: the embedded head has no readable key');
  process.exit(1);
}
const target = process.env.CARGO_TARGET_DIR || join(process.env.TRUNK_SOURCE_DIR || '.', 'target');
const from = join(target, 'story-chunks', key);
if (!existsSync(from)) {
  console.error(`copy-chunks: ${from} is missing: the chunks of this build were removed; rebuild (touch build.rs)`);
  process.exit(1);
}
await cp(from, join(dir, 'chunks', key), { recursive: true });
const files = (await readdir(from)).length;
console.log(`copy-chunks: ${files} chunk files of index ${key}`);
