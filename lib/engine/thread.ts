import { analyzeMessage, type AnalyzeOptions } from './analyze';
import { categoryPriority, highestPriority, type CategoryId } from './categories';
import type { MessageInput, ThreadResult } from './types';

// Three messages in a row from the same sender, unanswered, is chasing even when each one is polite.
const CHASING_RUN = 3;

/** Analyses each message, adds what only shows across messages, and gives the thread's priority. */
export function analyzeThread(messages: readonly MessageInput[], options: AnalyzeOptions = {}): ThreadResult {
  const results = messages.map((m) => analyzeMessage(m, options));
  const threadFindings: ThreadResult['threadFindings'] = [];

  const run = unansweredRun(messages);
  const last = results.length - 1;
  const newest = results[last];
  const muted = options.preferences?.mutedCategories?.includes('repeated_contact');
  if (newest && run >= CHASING_RUN && !muted && !newest.categories.includes('repeated_contact')) {
    const text = newest.text;
    const end = firstSentenceEnd(text);
    if (end > 0) {
      threadFindings.push({
        category: 'repeated_contact',
        priority: categoryPriority('repeated_contact'),
        confidence: 0.6,
        explanation: `${run} messages in a row from the same sender without a reply in between.`,
        evidence: text.slice(0, end),
        start: 0,
        end,
        messageIndex: last,
      });
    }
  }

  const categories = [
    ...new Set([...results.flatMap((r) => r.categories), ...threadFindings.map((f) => f.category)]),
  ] as CategoryId[];
  let priority = highestPriority([...results.map((r) => r.priority), ...threadFindings.map((f) => f.priority)]);
  // Thanks in the newest message outweighs mild friction earlier in the thread.
  if (priority === 'low' && newest?.categories.includes('appreciation')) priority = 'none';
  const score = results.reduce((s, r) => s + r.score, 0) + threadFindings.length * 0.5;
  return { priority, score: Math.round(score * 100) / 100, messages: results, threadFindings, categories };
}

function unansweredRun(messages: readonly MessageInput[]): number {
  const sender = (m: MessageInput) => /[\w.+-]+@[\w.-]+/.exec(m.from ?? '')?.[0].toLowerCase() ?? m.from?.trim().toLowerCase();
  const senders = messages.map(sender);
  const lastSender = senders.at(-1);
  if (!lastSender) return 0;
  let run = 0;
  for (let i = senders.length - 1; i >= 0 && senders[i] === lastSender; i--) run++;
  return run;
}

function firstSentenceEnd(text: string): number {
  const m = /[^\n.!?]+[.!?]?/.exec(text);
  return m ? m.index + m[0].trimEnd().length : 0;
}
