/** Light to dark blue-violet in steps that keep 3:1 between the ends; no data is grey. */
const RAMP = ['#eef2f8', '#c9d6ea', '#9db3d9', '#7389c2', '#5260a6', '#3a3d86', '#261f5e'];
export const NO_DATA_FILL = '#e6e6e6';

/** The fill of a value in [0, 1] (clamped); undefined is no data. */
export function shade(fraction: number | undefined): string {
  if (fraction === undefined || Number.isNaN(fraction)) return NO_DATA_FILL;
  const clamped = Math.max(0, Math.min(1, fraction));
  return RAMP[Math.min(RAMP.length - 1, Math.floor(clamped * RAMP.length))];
}

export const SHADE_RAMP: readonly string[] = RAMP;

/** Eight route colours that differ in lightness too, so neighbours stay apart without colour vision. */
export const ROUTE_COLOURS = ['#c2185b', '#00796b', '#e65100', '#283593', '#5d4037', '#00838f', '#558b2f', '#6a1b9a'];
