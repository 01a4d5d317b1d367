/**
 * Synchronous, lazy loading of CommonJS dependencies (nodejs-jieba's
 * native addon, compromise) from both the ESM and the CJS build.
 */
import { createRequire } from 'node:module'

let load: NodeJS.Require | undefined

/** `require` a package by name, relative to this module. */
export function requireModule(name: string): unknown {
  load ??= createRequire(typeof __filename === 'string' ? __filename : import.meta.url)
  return load(name)
}
