import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

/** What a CLI test reads after calling `main([...])` in-process. */
export interface CliSandbox {
  /** A fresh temporary folder per test. */
  dir: string;
  /** Everything written to stdout / stderr during the test. */
  out: string[];
  err: string[];
}

/**
 * Registers hooks that give each test a temporary folder and capture stdout and stderr, and
 * reset `process.exitCode` afterwards (commands set it; it would leak into the next test).
 */
export function useCliSandbox(prefix: string): CliSandbox {
  const sandbox: CliSandbox = { dir: '', out: [], err: [] };
  beforeEach(async () => {
    sandbox.dir = await mkdtemp(join(tmpdir(), prefix));
    sandbox.out = [];
    sandbox.err = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (sandbox.out.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (sandbox.err.push(String(chunk)), true));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
    await rm(sandbox.dir, { recursive: true, force: true });
  });
  return sandbox;
}
