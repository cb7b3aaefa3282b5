// `pnpm --filter @reemploi/embed build [--outdir <dir>]` (run from the package directory): builds dist/
// (or <dir>, as `pnpm start` does for REEMPLOI_EMBED_DIST) and checks the budget.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EMBED_BUDGET_BYTES, buildEmbed } from './build-embed';

const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const files = await buildEmbed(process.cwd(), values.outdir === undefined ? undefined : path.resolve(values.outdir));
for (const f of files)
  console.log(`${f.file.padEnd(24)} ${String(f.bytes).padStart(7)} B  ${String(f.gzipBytes).padStart(6)} B gzipped`);
const embed = files.find((f) => path.basename(f.file) === 'embed.js')!;
if (embed.gzipBytes > EMBED_BUDGET_BYTES) {
  console.error(`embed.js is ${embed.gzipBytes} B gzipped, over its ${EMBED_BUDGET_BYTES} B budget`);
  process.exit(1);
}
