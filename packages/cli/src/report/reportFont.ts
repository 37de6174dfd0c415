import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * @font-face rules of the web app's Korean font (Noto Sans KR, regular) for the characters a page
 * uses: Fontsource splits the font by unicode-range, and only the slices that hold one of the
 * page's characters are inlined (as data URLs), so the self-contained report shows Hangul on a
 * machine without a Korean font, offline.
 */
export function koreanFontFaces(text: string): string {
  const css = require.resolve('@fontsource/noto-sans-kr/400.css');
  const codes = new Set([...text].map((c) => c.codePointAt(0)!));
  const faces = readFileSync(css, 'utf8').match(/@font-face\s*{[^}]*}/g) ?? [];
  return faces
    .filter((face) => rangesOf(face).some(([from, to]) => [...codes].some((c) => c >= from && c <= to)))
    .map((face) => {
      const woff2 = /url\((\.\/files\/[^)]+\.woff2)\)/.exec(face)?.[1];
      if (!woff2) return '';
      const data = readFileSync(join(dirname(css), woff2)).toString('base64');
      return face.replace(/src:[^;]*;/, `src: url(data:font/woff2;base64,${data}) format('woff2');`);
    })
    .join('\n');
}

function rangesOf(face: string): [number, number][] {
  const ranges = /unicode-range:\s*([^;]+);/.exec(face)?.[1] ?? '';
  return ranges.split(',').map((range) => {
    const [from, to] = range.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)];
  });
}
