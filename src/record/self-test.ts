// The hook for 自测 (issue 26, built on branch practice): what its results add to 学习记录. The record shows and exports
// a tally when selfTestTally() returns one; until 自测 lands it returns none, and the record reads the same without it.

/** Questions answered and answered right, over every session kept on this device. */
export interface SelfTestTally {
  answered: number;
  right: number;
}

/**
 * 自测's tally, from what 自测 keeps on the device; none while this site has no 自测. When it lands: read its store here
 * (through src/shell/storage.ts) and return the totals; the record's page, export and tests need no other change.
 */
export function selfTestTally(): SelfTestTally | undefined {
  return undefined;
}
