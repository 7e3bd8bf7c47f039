/** Every score newslens reports carries four decimals: finer digits are noise, and JSON stays short. */
export function roundScore(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
