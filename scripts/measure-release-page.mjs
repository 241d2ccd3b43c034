// Prints the JavaScript a public page makes the browser load: each script's size as served with gzip, and
// the total. Usage: node scripts/measure-release-page.mjs http://127.0.0.1:3000/releases/2024/3-…
import { gzipSync } from 'node:zlib';

const url = process.argv[2];
if (!url) {
  console.error('usage: node scripts/measure-release-page.mjs URL');
  process.exit(2);
}
const html = await (await fetch(url)).text();
// Scripts marked noModule are polyfills that current browsers never fetch.
const sources = [...html.matchAll(/<script([^>]+)>/g)]
  .filter((m) => !/noModule/i.test(m[1]))
  .map((m) => /src="([^"]+)"/.exec(m[1])?.[1])
  .filter(Boolean)
  .map((src) => new URL(src, url).href);
let total = 0;
for (const src of [...new Set(sources)]) {
  const body = Buffer.from(await (await fetch(src)).arrayBuffer());
  const gzipped = gzipSync(body, { level: 9 }).length;
  total += gzipped;
  console.log(
    `${String(gzipped).padStart(8)} B gzip  ${String(body.length).padStart(8)} B raw  ${new URL(src).pathname}`,
  );
}
const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1])
  .join('');
console.log(
  `${String(gzipSync(inline).length).padStart(8)} B gzip  inline scripts (including the RSC payload)`,
);
console.log(`${String(total).padStart(8)} B gzip  total of ${new Set(sources).size} script files`);
