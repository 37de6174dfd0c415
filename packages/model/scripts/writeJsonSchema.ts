// Regenerates packages/model/schema/*.schema.json from the zod schemas (`npm run schema`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../src/jsonSchema.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(`${dir}${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote packages/model/schema/${name}.schema.json`);
}
