/** A certified gap with two decimals: the target is 1 %, and 0.97 % must not read as "1.0 %". */
export function formatGap(gap: number): string {
  return `${(gap * 100).toFixed(2)} %`;
}
