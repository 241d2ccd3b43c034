// Small helpers of the benchmark: child processes that are always cleaned up, load runs, percentiles.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const children = new Set();

/** Starts a child process that is killed (with its process group) when the benchmark exits. */
export function startChild(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  children.add(child);
  child.on('exit', () => children.delete(child));
  child.output = '';
  const keep = (chunk) => {
    child.output = (child.output + chunk).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

export function killChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      resolve();
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5_000).unref();
  });
}

export function killAllChildren() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Runs a child to completion; resolves with its stdout, rejects with its output on failure. */
export function runChild(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = startChild(command, args, options);
    let stdout = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.on('exit', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${args.join(' ')} exited ${code}:\n${child.output}`)),
    );
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls until the URL answers 200; returns the milliseconds it took. */
export async function waitForServer(url, timeoutMs, child) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (child && child.exitCode !== null) throw new Error(`server exited early:\n${child.output}`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      await response.arrayBuffer();
      if (response.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${child?.output ?? ''}`);
}

/** One autocannon run: requests/s (mean), latency p50/p99 (ms), and the non-2xx count. */
export async function load(url, connections, seconds, headers = {}) {
  const result = await autocannon({ url, connections, duration: seconds, headers, pipelining: 1 });
  // A page slower than the run (or than autocannon's 10 s timeout) completes no request: 0 req/s, no latency.
  if (result.errors > result.timeouts || result.non2xx > 0) {
    throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx responses under load`);
  }
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    timeouts: result.timeouts,
  };
}

export function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1], n: sorted.length };
}

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
export function treeRssMb(pid) {
  const childrenOf = new Map();
  const rss = new Map();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rss.set(Number(entry), kb);
      if (!childrenOf.has(ppid)) childrenOf.set(ppid, []);
      childrenOf.get(ppid).push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    total += rss.get(p) ?? 0;
    stack.push(...(childrenOf.get(p) ?? []));
  }
  return Math.round(total / 1024);
}
