/** Where the shared evaluation kit is looked for, in order. */
export function sharedKitCandidates(env?: Record<string, string | undefined>, root?: string): string[]
/** The kit folder holding `file`, or null with the note a skipped test's title carries. */
export function sharedKit(file: string, env?: Record<string, string | undefined>, root?: string): { dir: string | null; note: string }
