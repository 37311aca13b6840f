// Times the engine against the yardstick it must beat: one bare compromise `nlp(text)` on the same
// message. Steady state: median per message, both measured in the same run on the same messages
// (goal: engine <= 0.5 x nlp). First call: import + first message in a fresh Node process, beside
// the same for compromise alone.
// Every figure is given as CPU time of the measuring process (what the work costs, whatever else
// the machine is running) and as wall time (what a user waits on this machine now).
// Usage: npm run bench [-- FILE.jsonl]   (default ../shared/corpus/dev.jsonl)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { readJsonl } from '../lib/cli/jsonl';
import { analyzeMessage, cleanMessage, type MessageInput } from '../lib/engine';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_CORPUS = fileURLToPath(new URL('../../shared/corpus/dev.jsonl', import.meta.url));
const WARM_UP_PASSES = 2;
const TIMED_PASSES = 5;
const COLD_RUNS = 5;
const GOAL = 0.5;

const corpus = process.argv[2] ?? DEFAULT_CORPUS;
if (!existsSync(corpus)) {
  console.error(`bench: ${corpus} not found (it lives in ../shared, beside the project); pass a JSONL file instead`);
  process.exit(2);
}

const messages: MessageInput[] = [];
for await (const { ok, value } of readJsonl(corpus)) {
  if (!ok || typeof value.body !== 'string') continue;
  messages.push({ subject: typeof value.subject === 'string' ? value.subject : undefined, text: value.body });
}
if (messages.length === 0) {
  console.error(`bench: no {"body": ...} lines in ${corpus}`);
  process.exit(2);
}

interface Sample {
  cpu: number;
  wall: number;
}
type Clock = keyof Sample;

function time(run: () => unknown): Sample {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  run();
  const wall = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  return { cpu: (cpu.user + cpu.system) / 1000, wall };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

// Steady state. Each contender reads every message in its own block per pass, so the garbage one
// leaves is collected on its own time, not during the other's; the order flips every pass.
// Cleaning alone is timed too, to tell its share from the rules'.
const contenders = {
  engine: (m: MessageInput) => analyzeMessage(m),
  nlp: (m: MessageInput) => nlp(m.text!),
  clean: (m: MessageInput) => cleanMessage(m),
};
type Contender = keyof typeof contenders;
for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const m of messages) (contenders.engine(m), contenders.nlp(m));
const samples = { engine: [], nlp: [], clean: [] } as Record<Contender, Sample[][]>;
for (const list of Object.values(samples)) messages.forEach(() => list.push([]));
for (let pass = 0; pass < TIMED_PASSES; pass++) {
  const order: Contender[] = pass % 2 ? ['nlp', 'engine', 'clean'] : ['engine', 'nlp', 'clean'];
  for (const who of order) messages.forEach((m, i) => samples[who][i]!.push(time(() => contenders[who](m))));
}
const perMessage = (who: Contender, clock: Clock) => samples[who].map((s) => median(s.map((x) => x[clock])));

// First call: a fresh process each time so nothing is cached in memory (tsx's compiled files on
// disk are, as for any second run of the CLI). One unmeasured run of each fills that disk cache.
const firstBody = JSON.stringify(messages[0]!.text);
const engineUrl = JSON.stringify(new URL('../lib/engine/index.ts', import.meta.url).href);
const coldScript = (load: string, first: string) => `
  const clock = () => { const c = process.cpuUsage(); return { cpu: (c.user + c.system) / 1000, wall: performance.now() }; };
  const t0 = clock();
  ${load}
  const t1 = clock();
  ${first}
  const t2 = clock();
  const span = (a, b) => ({ cpu: b.cpu - a.cpu, wall: b.wall - a.wall });
  console.log(JSON.stringify({ load: span(t0, t1), first: span(t1, t2) }));`;
const COLD = {
  engine: coldScript(`const { analyzeMessage } = await import(${engineUrl});`, `analyzeMessage({ text: ${firstBody} });`),
  nlp: coldScript(`const { default: nlp } = await import('compromise');`, `nlp(${firstBody});`),
};

interface ColdRun {
  load: Sample;
  first: Sample;
}

function cold(code: string): ColdRun {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`bench: cold run failed\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ColdRun;
}

cold(COLD.engine);
cold(COLD.nlp);
const coldRuns = { engine: [] as ColdRun[], nlp: [] as ColdRun[] };
for (let i = 0; i < COLD_RUNS; i++) {
  coldRuns.engine.push(cold(COLD.engine));
  coldRuns.nlp.push(cold(COLD.nlp));
}
const coldMedian = (who: 'engine' | 'nlp', part: 'load' | 'first' | 'total', clock: Clock) =>
  median(coldRuns[who].map((r) => (part === 'total' ? r.load[clock] + r.first[clock] : r[part][clock])));

const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(12);
const row = (label: string, engine: number, reference: number) =>
  console.log(`${label.padEnd(40)}${ms(engine)}${ms(reference)}${(engine / reference).toFixed(2).padStart(8)}`);

console.log(`\n${messages.length} messages from ${corpus}`);
console.log(`${TIMED_PASSES} timed passes after ${WARM_UP_PASSES} warm-up; cold: median of ${COLD_RUNS} fresh processes`);
console.log(`Node ${process.version}; load average ${loadavg()[0]!.toFixed(1)}\n`);
console.log(`${''.padEnd(40)}${'engine'.padStart(12)}${'nlp()'.padStart(12)}${'ratio'.padStart(8)}`);
for (const clock of ['cpu', 'wall'] as const) {
  const engine = perMessage('engine', clock);
  const reference = perMessage('nlp', clock);
  row(`steady ${clock}: median per message`, median(engine), median(reference));
  row(`steady ${clock}: p90 per message`, percentile(engine, 0.9), percentile(reference, 0.9));
  row(`steady ${clock}: all messages`, sum(engine), sum(reference));
}
row('steady cpu: cleaning alone, median', median(perMessage('clean', 'cpu')), median(perMessage('nlp', 'cpu')));
for (const clock of ['cpu', 'wall'] as const) {
  row(`cold ${clock}: import`, coldMedian('engine', 'load', clock), coldMedian('nlp', 'load', clock));
  row(`cold ${clock}: first message`, coldMedian('engine', 'first', clock), coldMedian('nlp', 'first', clock));
  row(`cold ${clock}: import + first message`, coldMedian('engine', 'total', clock), coldMedian('nlp', 'total', clock));
}
const ratio = median(perMessage('engine', 'cpu')) / median(perMessage('nlp', 'cpu'));
console.log(`\nsteady median ratio (cpu) ${ratio.toFixed(2)}: ${ratio <= GOAL ? 'meets' : 'misses'} the goal of <= ${GOAL}`);
