import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.{ts,mjs}', 'benchmarks/**/*.test.mjs', 'scripts/**/*.test.mjs'],
    testTimeout: 180_000, // property and scaling tests run minutes on a loaded 2-core machine; a hang still fails
    hookTimeout: 180_000,
    pool: 'threads',
    setupFiles: ['test/setup.ts'],
  },
})
