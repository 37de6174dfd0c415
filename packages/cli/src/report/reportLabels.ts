import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';

const require = createRequire(import.meta.url);

/** A message catalogue of the web app: nested objects of strings. */
type Catalogue = { [key: string]: string | Catalogue };
const catalogueSchema: z.ZodType<Catalogue> = z.lazy(() =>
  z.record(z.string(), z.union([z.string(), catalogueSchema])),
);

/**
 * The report's words from the web app's Korean catalogue (packages/web/src/i18n/messages/ko.json),
 * so the static report and the app name every KPI, reason and column alike. `label('kpi.busKm')`
 * looks a key up and fills `{{name}}` placeholders; an unknown key is an error, not a blank.
 */
export function reportLabels(language: 'ko' | 'en' = 'ko') {
  const file = require.resolve(`@baeum/web/messages/${language}.json`);
  const catalogue = catalogueSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return function label(key: string, values: Record<string, string | number> = {}): string {
    let node: string | Catalogue | undefined = catalogue;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') throw new Error(`no message ${key} in the web app's ${language} catalogue`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}

export type Label = ReturnType<typeof reportLabels>;
