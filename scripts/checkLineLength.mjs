#!/usr/bin/env node
// Lines of source and comments at most 120 characters. Biome's formatter keeps code within
// that width but leaves long comments and string literals alone; this catches those.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX = 120;
const patterns = ['*.ts', '*.mts', '*.mjs', '*.tsx'];
const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...patterns], {
  encoding: 'utf8',
});
const files = listed.split('\n').filter(Boolean);
const long = [];
for (const file of files) {
  for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (line.length > MAX) long.push(`${file}:${i + 1}: ${line.length} characters`);
  }
}
if (long.length > 0) {
  console.error(`${long.length} lines longer than ${MAX} characters:\n${long.join('\n')}`);
  process.exit(1);
}
