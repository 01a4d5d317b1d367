// `npm run bench`: accuracy (resalign vs hunalign on the perturbation suite)
// and speed. The corpus-throughput benchmark is separate
// (`node benchmarks/throughput.mjs`): it takes minutes.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const here = (f) => fileURLToPath(new URL(f, import.meta.url))
let failed = 0
for (const script of ['accuracy.mjs', 'speed.mjs']) {
  console.log(`\n## ${script}\n`)
  const r = spawnSync(process.execPath, [here(script), ...process.argv.slice(2)], { stdio: 'inherit' })
  if (r.status !== 0) failed++
}
process.exitCode = failed ? 1 : 0
