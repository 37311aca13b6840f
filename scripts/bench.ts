// Times the engine against the yardstick it must beat: one bare compromise `nlp(text)` on the same
// message. Steady state: median per message, both measured in the same run on the same messages
// (goal: engine <= 0.5 x nlp). First call: import + first message in a fresh Node process, beside
// the same for compromise alone.
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
for await (const { value } of readJsonl(corpus)) {
  if ('error' in value || typeof value.body !== 'string') continue;
  messages.push({ subject: typeof value.subject === 'string' ? value.subject : undefined, text: value.body });
}
if (messages.length === 0) {
  console.error(`bench: no {"body": ...} lines in ${corpus}`);
  process.exit(2);
}

const runEngine = (m: MessageInput) => analyzeMessage(m);
const runNlp = (m: MessageInput) => nlp(m.text!);
// The cleaning step alone, to tell its share of the engine's time from the rules'.
const runClean = (m: MessageInput) => cleanMessage(m);

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
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

// Steady state. Each message is timed with both, the order flipping every pass so neither always
// runs on a cache the other just warmed.
for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const m of messages) (runEngine(m), runNlp(m));
const engineTimes = messages.map(() => [] as number[]);
const nlpTimes = messages.map(() => [] as number[]);
const cleanTimes = messages.map(() => [] as number[]);
for (let pass = 0; pass < TIMED_PASSES; pass++) {
  messages.forEach((m, i) => {
    if (pass % 2) {
      nlpTimes[i]!.push(time(() => runNlp(m)));
      engineTimes[i]!.push(time(() => runEngine(m)));
    } else {
      engineTimes[i]!.push(time(() => runEngine(m)));
      nlpTimes[i]!.push(time(() => runNlp(m)));
    }
    cleanTimes[i]!.push(time(() => runClean(m)));
  });
}
const enginePerMessage = engineTimes.map(median);
const nlpPerMessage = nlpTimes.map(median);
const cleanPerMessage = cleanTimes.map(median);

// First call: a fresh process each time so nothing is cached in memory (tsx's compiled files on
// disk are, as for any second run of the CLI). One unmeasured run of each fills that disk cache.
const firstBody = JSON.stringify(messages[0]!.text);
const engineUrl = JSON.stringify(new URL('../lib/engine/index.ts', import.meta.url).href);
const COLD_ENGINE = `
  const t0 = performance.now();
  const { analyzeMessage } = await import(${engineUrl});
  const t1 = performance.now();
  analyzeMessage({ text: ${firstBody} });
  const t2 = performance.now();
  console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));`;
const COLD_NLP = `
  const t0 = performance.now();
  const { default: nlp } = await import('compromise');
  const t1 = performance.now();
  nlp(${firstBody});
  const t2 = performance.now();
  console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));`;

interface ColdRun {
  load: number;
  first: number;
}

function cold(code: string): ColdRun {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`bench: cold run failed\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ColdRun;
}

cold(COLD_ENGINE);
cold(COLD_NLP);
const coldEngine: ColdRun[] = [];
const coldNlp: ColdRun[] = [];
for (let i = 0; i < COLD_RUNS; i++) {
  coldEngine.push(cold(COLD_ENGINE));
  coldNlp.push(cold(COLD_NLP));
}
const coldMedian = (runs: ColdRun[], key: keyof ColdRun | 'total') =>
  median(runs.map((r) => (key === 'total' ? r.load + r.first : r[key])));

const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(11);
const row = (label: string, engine: number, reference: number) =>
  console.log(`${label.padEnd(34)}${ms(engine)}${ms(reference)}${(engine / reference).toFixed(2).padStart(8)}`);

console.log(`\n${messages.length} messages from ${corpus}; ${TIMED_PASSES} timed passes after ${WARM_UP_PASSES} warm-up; Node ${process.version}; load average ${loadavg()[0]!.toFixed(1)}`);
console.log(`${''.padEnd(34)}${'engine'.padStart(11)}${'nlp()'.padStart(11)}${'ratio'.padStart(8)}`);
row('steady: median per message', median(enginePerMessage), median(nlpPerMessage));
row('steady: p90 per message', percentile(enginePerMessage, 0.9), percentile(nlpPerMessage, 0.9));
row('steady: cleaning alone, median', median(cleanPerMessage), median(nlpPerMessage));
row('steady: total per pass', enginePerMessage.reduce((a, b) => a + b, 0), nlpPerMessage.reduce((a, b) => a + b, 0));
console.log(`cold, median of ${COLD_RUNS} fresh processes (engine = import lib/engine + analyzeMessage; nlp() = import compromise + nlp)`);
row('cold: import', coldMedian(coldEngine, 'load'), coldMedian(coldNlp, 'load'));
row('cold: first message', coldMedian(coldEngine, 'first'), coldMedian(coldNlp, 'first'));
row('cold: import + first message', coldMedian(coldEngine, 'total'), coldMedian(coldNlp, 'total'));
const ratio = median(enginePerMessage) / median(nlpPerMessage);
console.log(`\nsteady median ratio ${ratio.toFixed(2)}: ${ratio <= GOAL ? 'meets' : 'misses'} the goal of <= ${GOAL}`);
