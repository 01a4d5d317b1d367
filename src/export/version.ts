/**
 * Version of resalign written into outputs (TMX `creationtoolversion`).
 * Kept equal to `version` in package.json by a test.
 */
export const RESALIGN_VERSION = '0.1.0' as const
