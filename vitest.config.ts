import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.{ts,mjs}', 'benchmarks/**/*.test.mjs', 'scripts/**/*.test.mjs'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'threads',
    setupFiles: ['test/setup.ts'],
  },
})
