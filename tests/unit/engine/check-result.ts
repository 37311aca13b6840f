import { expect } from 'vitest';
import {
  categoryPriority,
  highestPriority,
  isCategoryId,
  PRIORITY_ORDER,
  type Finding,
  type MessageResult,
  type ThreadResult,
} from '../../../lib/engine';

/** A finding is well formed and its span points at its evidence in `text`. */
export function expectValidFinding(f: Finding, text: string) {
  expect(isCategoryId(f.category), `category ${f.category}`).toBe(true);
  expect(f.priority).toBe(categoryPriority(f.category));
  expect(f.confidence >= 0 && f.confidence <= 1, `confidence ${f.confidence}`).toBe(true);
  expect(typeof f.explanation).toBe('string');
  expect(Number.isInteger(f.start) && Number.isInteger(f.end), `span ${f.start}..${f.end}`).toBe(true);
  expect(0 <= f.start && f.start < f.end && f.end <= text.length, `span ${f.start}..${f.end} of ${text.length}`).toBe(true);
  expect(f.evidence).toBe(text.slice(f.start, f.end));
}

/** A message result is self-consistent: categories and priority follow from its findings. */
export function expectValidMessageResult(result: MessageResult) {
  expect(typeof result.text).toBe('string');
  expect(PRIORITY_ORDER).toContain(result.priority);
  expect(Number.isFinite(result.score)).toBe(true);
  for (const f of result.findings) expectValidFinding(f, result.text);
  expect(new Set(result.categories)).toEqual(new Set(result.findings.map((f) => f.category)));
  expect(result.priority).toBe(highestPriority(result.findings.map((f) => f.priority)));
}

export function expectValidThreadResult(result: ThreadResult, messageCount: number) {
  expect(PRIORITY_ORDER).toContain(result.priority);
  expect(Number.isFinite(result.score)).toBe(true);
  expect(result.messages).toHaveLength(messageCount);
  for (const m of result.messages) expectValidMessageResult(m);
  for (const f of result.threadFindings) {
    expect(Number.isInteger(f.messageIndex) && f.messageIndex >= 0 && f.messageIndex < messageCount).toBe(true);
    expectValidFinding(f, result.messages[f.messageIndex]!.text);
  }
  for (const c of result.categories) expect(isCategoryId(c)).toBe(true);
}
