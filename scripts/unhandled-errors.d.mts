/** Vitest's "Unhandled Errors" block, if it printed one: how many, and the block itself (without the test summary). */
export function unhandledErrors(output: string): { count: number; text: string };
