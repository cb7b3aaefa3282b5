// `pnpm --filter @reemploi/embed build` (run from the package directory): builds dist/ and checks the budget.
import { EMBED_BUDGET_BYTES, buildEmbed } from './build-embed';

const files = await buildEmbed(process.cwd());
for (const f of files)
  console.log(`${f.file.padEnd(24)} ${String(f.bytes).padStart(7)} B  ${String(f.gzipBytes).padStart(6)} B gzipped`);
const embed = files.find((f) => f.file === 'dist/embed.js')!;
if (embed.gzipBytes > EMBED_BUDGET_BYTES) {
  console.error(`embed.js is ${embed.gzipBytes} B gzipped, over its ${EMBED_BUDGET_BYTES} B budget`);
  process.exit(1);
}
