// The release page through Varnish with the shipped configuration (deploy/varnish/gazette.vcl), beside
// the bare node:http server of the same run, and how soon a publication and a withdrawal are visible
// through the cache (the purge's latency). Skipped, saying so, where varnishd is missing.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { percentiles, sleep, waitForServer } from './lib.mjs';

export const VARNISHD = process.env.VARNISHD ?? '/usr/sbin/varnishd';
export const varnishAvailable = () => existsSync(VARNISHD);

/** Varnish on `port` in front of Gazette on `backendPort`, working in `dir` (readable by Varnish's users). */
export async function startVarnish({ port, backendPort, dir }) {
  const vclDir = path.join(dir, 'vcl');
  mkdirSync(vclDir, { recursive: true, mode: 0o755 });
  writeFileSync(
    path.join(vclDir, 'backend.vcl'),
    `backend gazette {
  .host = "127.0.0.1";
  .port = "${backendPort}";
  .probe = { .url = "/robots.txt"; .interval = 1s; .timeout = 1s; .window = 3; .threshold = 2; }
}
acl purgers { "127.0.0.1"; }
`,
  );
  const shipped = path.resolve('deploy/varnish');
  const workdir = path.join(dir, 'varnish');
  const child = spawn(
    VARNISHD,
    ['-F', '-n', workdir, '-a', `127.0.0.1:${port}`, '-f', path.join(shipped, 'gazette.vcl')].concat([
      '-p',
      `vcl_path=${vclDir}:${shipped}`,
      '-s',
      'malloc,256m',
    ]),
    { stdio: 'ignore' },
  );
  await waitForServer(`http://127.0.0.1:${port}/robots.txt`, 30_000);
  return {
    url: `http://127.0.0.1:${port}`,
    /** Requests Varnish sent to Gazette so far (its own counter; health probes are not counted). */
    backendRequests: () =>
      Number(
        /MAIN\.backend_req\s+(\d+)/.exec(
          execFileSync('varnishstat', ['-n', workdir, '-1', '-f', 'MAIN.backend_req'], { encoding: 'utf8' }),
        )?.[1] ?? NaN,
      ),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** Polls `check` every 5 ms until it holds; the milliseconds since `since`, or null after 10 s. */
async function visibleAfter(since, check) {
  while (performance.now() - since < 10_000) {
    if (await check()) return Math.round(performance.now() - since);
    await sleep(5);
  }
  return null;
}

/**
 * Rounds of: a release made ready (`prepare`), published through Gazette's action, visible through the
 * cache on its page and the home page; then withdrawn, and gone from both. Returns the distributions (ms).
 */
export async function purgeLatency({ cacheUrl, rounds, prepare, leader }) {
  const text = async (url) => {
    const response = await fetch(url, { redirect: 'manual' });
    return {
      status: response.status,
      body: await response.text(),
      location: response.headers.get('location'),
    };
  };
  const publish = [];
  const withdraw = [];
  for (let i = 0; i < rounds; i++) {
    const { documentId, word } = await prepare();
    // The lists are in the cache before the change: only a purge can make them show it.
    await text(`${cacheUrl}/`);
    await text(`${cacheUrl}/`);
    const permanent = await text(`${cacheUrl}/releases/2000/${documentId}`);
    const published = performance.now();
    const answer = await leader.publish(documentId);
    if (answer.response.status !== 200) throw new Error(`publish failed: ${answer.response.status}`);
    let page = null;
    publish.push(
      await visibleAfter(published, async () => {
        const home = await text(`${cacheUrl}/`);
        if (!home.body.includes(word)) return false;
        page ??= new RegExp(`href="(/releases/\\d{4}/${documentId}-[^"]+)"`).exec(home.body)?.[1] ?? null;
        return page !== null && (await text(`${cacheUrl}${page}`)).body.includes(word);
      }),
    );
    if (permanent.status >= 500) throw new Error(`the release's address answered ${permanent.status}`);
    const withdrawn = performance.now();
    const gone = await leader.withdraw(documentId);
    if (gone.response.status !== 200) throw new Error(`withdraw failed: ${gone.response.status}`);
    withdraw.push(
      await visibleAfter(
        withdrawn,
        async () =>
          (await text(`${cacheUrl}${page}`)).status === 410 &&
          !(await text(`${cacheUrl}/`)).body.includes(word),
      ),
    );
  }
  const summary = (samples) => ({
    ...percentiles(samples.filter((ms) => ms !== null)),
    samples,
    missed: samples.filter((ms) => ms === null).length,
  });
  return { publish: summary(publish), withdraw: summary(withdraw) };
}
