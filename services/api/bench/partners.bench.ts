// `pnpm bench:partners`: what rate limiting costs and how it behaves, on the real platform (embedded
// FerretDB, Cotentin demo data), plus the widget's size. Prints a Markdown table for docs/benchmarks.md.
process.env.TZ = 'Europe/Paris';

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '@reemploi/embedded-db';
import mongoose from 'mongoose';
import { loadConfig } from '../src/config';
import { startPlatform } from '../src/platform';
import { createLogger } from '../src/shared/logger';
import { ApiKeyService } from '../src/modules/partners/api-key.service';
import { buildEmbed } from '../../../apps/embed/scripts/build-embed';

const QUERY = '{ places(first: 5, filter: { actions: [DONATE] }) { totalCount edges { node { name } } } }';
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'reemploi-bench-'));

async function load(url: string, total: number, concurrency: number, headers: Record<string, string> = {}) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const t0 = performance.now();
        const res = await fetch(`${url}/graphql?query=${encodeURIComponent(QUERY)}`, { headers });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(2);
  return { rps: Math.round(total / seconds), p50: pct(0.5), p99: pct(0.99), statuses: Object.fromEntries(statuses) };
}

async function run(label: string, env: Record<string, string>, fn: (url: string) => Promise<string[]>) {
  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    REEMPLOI_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    REEMPLOI_APIKEY_REFRESH_MS: '1000',
    ...env,
  });
  const platform = await startPlatform(config, createLogger('silent'));
  try {
    for (const row of await fn(platform.url)) console.log(`| ${label} | ${row} |`);
  } finally {
    await platform.stop();
  }
}

const WARM = 300;
const N = 3000;
console.log('| store | scenario | result |\n|---|---|---|');
for (const store of ['memory', 'mongo']) {
  await run(store, { REEMPLOI_RATE_LIMIT_STORE: store, REEMPLOI_RATE_ANONYMOUS_PER_MIN: '1000000' }, async (url) => {
    await load(url, WARM, 10);
    const anon = await load(url, N, 10);
    const created = await new ApiKeyService({ defaultRatePerMinute: 1_000_000 }).create({ name: 'bench' });
    await new Promise((r) => setTimeout(r, 1500));
    const keyed = await load(url, N, 10, created.ok ? { 'X-Api-Key': created.secret } : {});
    return [
      `anonymous GET, ${N} requests, 10 concurrent | ${anon.rps} req/s, p50 ${anon.p50} ms, p99 ${anon.p99} ms`,
      `keyed GET, ${N} requests, 10 concurrent | ${keyed.rps} req/s, p50 ${keyed.p50} ms, p99 ${keyed.p99} ms`,
    ];
  });
  await run(store, { REEMPLOI_RATE_LIMIT_STORE: store, REEMPLOI_RATE_ANONYMOUS_PER_MIN: '60' }, async (url) => {
    const burst = await load(url, 100, 5);
    const res = await fetch(`${url}/graphql?query=${encodeURIComponent(QUERY)}`);
    // The shared store writes one slot per allowed request and nothing for refused ones.
    const slots =
      store === 'mongo'
        ? `; ${await mongoose.connection.db!.collection('rate_limits').countDocuments({ k: /^60\|/ })} slot documents`
        : '';
    return [
      `burst of 100 anonymous requests from 5 concurrent clients, limit 60/min | ${JSON.stringify(burst.statuses)}, p50 ${burst.p50} ms; then Retry-After ${res.headers.get('retry-after')} s, RATE_LIMITED body${slots}`,
    ];
  });
}

const files = await buildEmbed(path.join(repoRoot(), 'apps', 'embed'));
for (const f of files) console.log(`| — | ${f.file} size | ${f.bytes} B minified, ${f.gzipBytes} B gzipped |`);
process.exit(0);
