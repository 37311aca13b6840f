import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const MAIL = 'tests/fixtures/mail';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command line from the project root: bin/tone-triage.mjs on plain Node unless told otherwise. */
export function runCli(args: readonly string[], entry: readonly string[] = ['bin/tone-triage.mjs']): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...entry, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** stdout as one parsed JSON value a line; throws on any line that is not JSON. */
export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
