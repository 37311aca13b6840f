// Scores the engine on JSONL files: labelled lines ({labels: [...]}) get precision/recall/F1 per
// category, macro-F1 and the false-alarm rate; unlabelled files get their flag rate.
// Usage: npm run eval -- FILE.jsonl [--errors]
import { analyzeMessage, isCategoryId, type CategoryId } from '../lib/engine';
import { readJsonl } from '../lib/cli/jsonl';
import { score, type Scored } from '../lib/eval/metrics';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run eval -- FILE.jsonl [FILE.jsonl ...] [--errors]');
  process.exit(2);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

for (const file of files) {
  const scored: Scored[] = [];
  let flaggedAny = 0;
  let highOrMedium = 0;
  let total = 0;
  for await (const line of readJsonl(file)) {
    if (!line.ok) {
      console.error(`${file}:${line.lineNumber}: ${line.value.error}`);
      continue;
    }
    const { value } = line;
    const body = typeof value.body === 'string' ? value.body : '';
    const result = analyzeMessage({
      subject: typeof value.subject === 'string' ? value.subject : undefined,
      text: body,
    });
    total++;
    if (result.findings.length) flaggedAny++;
    if (result.priority === 'high' || result.priority === 'medium') highOrMedium++;
    if (Array.isArray(value.labels)) {
      const expected = value.labels.filter(isCategoryId) as CategoryId[];
      scored.push({ expected, predicted: result.categories, predictedPriority: result.priority });
      if (showErrors) {
        const missed = expected.filter((c) => !result.categories.includes(c));
        const extra = result.categories.filter((c) => !expected.includes(c));
        if (missed.length || extra.length) {
          console.log(`\n${String(value.id)}  missed: ${missed.join(',') || '-'}  extra: ${extra.join(',') || '-'}`);
          for (const f of result.findings.filter((f) => extra.includes(f.category)))
            console.log(`   + ${f.category} (${f.confidence}): "${f.evidence}"`);
          if (missed.length) console.log(`   text: ${result.text.replace(/\s+/g, ' ').slice(0, 600)}`);
        }
      }
    }
  }
  console.log(`\n${file}: ${total} messages`);
  if (scored.length) {
    const report = score(scored);
    console.log('category              precision  recall     F1  support');
    for (const c of report.perCategory) {
      console.log(
        `${c.category.padEnd(22)}${pct(c.precision).padStart(9)}${pct(c.recall).padStart(8)}${pct(c.f1).padStart(7)}${String(c.support).padStart(9)}`,
      );
    }
    console.log(`macro-F1: ${pct(report.macroF1)}`);
    console.log(`false alarms (calm messages given high or medium): ${pct(report.falseAlarmRate)} of ${report.calmMessages}`);
  }
  console.log(`flagged (any finding): ${pct(flaggedAny / (total || 1))}`);
  console.log(`high or medium priority: ${pct(highOrMedium / (total || 1))}`);
}
