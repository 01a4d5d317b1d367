/**
 * The shared evaluation kit, used only to cross-check ours: SHARED_EVAL_DIR,
 * or a `shared/eval` folder beside the checkout. The project's own scorer
 * and gold (eval/, corpus/gold/) are the authority; a cross-check that
 * cannot run says so in its title instead of skipping silently.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** Where the kit is looked for, in order. */
export function sharedKitCandidates(env = process.env, root = resolve(import.meta.dirname, '..')) {
  return [env.SHARED_EVAL_DIR, join(root, '..', 'shared', 'eval')].filter((dir) => typeof dir === 'string' && dir !== '')
}

/**
 * The kit: `dir` holding `file` (e.g. `score.mjs`, `gold/78-160.json`), or
 * null with `note`, the words a skipped test's title carries.
 */
export function sharedKit(file, env = process.env, root = resolve(import.meta.dirname, '..')) {
  const candidates = sharedKitCandidates(env, root)
  const dir = candidates.find((d) => existsSync(join(d, file))) ?? null
  const note = dir === null ? ` (skipped: no shared evaluation kit with ${file}; set SHARED_EVAL_DIR or put it at ../shared/eval — our own scorer and gold still run)` : ''
  return { dir, note }
}
