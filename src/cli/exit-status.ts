/** Exit statuses: 0 done, 1 failed while working, 2 the command line or its input was wrong. */
export const exitStatus = { ok: 0, failed: 1, usage: 2 } as const;
