import { describe, expect, test } from 'vitest';
import { analyzeThread, highestPriority, type MessageInput, type UserPreferences } from '../../../lib/engine';
import { expectValidThreadResult } from './check-result';

// Findings that do not depend on how the rules are worded: the cancellation exemplar, and the
// user's own phrases (matched literally) for a low and a medium category and for appreciation.
const THREAT = 'We want to cancel our contract effective immediately.';
const preferences: UserPreferences = {
  extraPhrases: {
    schedule_disruption: ['quibbleflux'],
    scope_creep: ['zorbleplan'],
    appreciation: ['grand merci'],
  },
};
const options = { preferences };

const calm = (text = 'Here is the garden plan for the courtyard.'): MessageInput => ({ text });
const low: MessageInput = { text: 'The quibbleflux moved to the courtyard.' };
const medium: MessageInput = { text: 'Please add the zorbleplan to the courtyard.' };
const high: MessageInput = { text: THREAT };
const thanks: MessageInput = { text: 'Grand merci for the courtyard plan.' };

describe('thread priority', () => {
  test.each([
    ['a calm thread', [calm(), calm()], 'none'],
    ['one low message among calm ones', [calm(), low, calm()], 'low'],
    ['a medium message after a low one', [low, medium], 'medium'],
    ['a threat early in the thread', [high, calm(), low], 'high'],
  ] as const)('is the highest message priority for %s', (_name, messages, expected) => {
    const result = analyzeThread(messages, options);
    expectValidThreadResult(result, messages.length);
    expect(result.priority).toBe(expected);
    expect(result.priority).toBe(highestPriority(result.messages.map((m) => m.priority)));
  });

  test('gathers every message category into the thread categories', () => {
    const result = analyzeThread([low, high], options);
    expect(result.categories).toEqual(expect.arrayContaining(['schedule_disruption', 'cancellation_threat']));
  });
});

describe('repeated contact across messages', () => {
  const ann = ['Ann Lee <ann@client.example>', 'ANN@client.example', 'ann@client.example'];
  const fromAnn = (i: number, text: string): MessageInput => ({ from: ann[i % ann.length], text });
  const chase = [
    fromAnn(0, 'Here is the garden plan for the courtyard.'),
    fromAnn(1, 'The courtyard plan has two benches.'),
    fromAnn(2, 'The benches are oak. The paths are gravel.'),
  ];

  test('three unanswered messages from the same sender give a thread-level repeated_contact', () => {
    const result = analyzeThread(chase);
    expectValidThreadResult(result, 3);
    const chasing = result.threadFindings.filter((f) => f.category === 'repeated_contact');
    expect(chasing).toHaveLength(1);
    expect(chasing[0]!.messageIndex).toBe(2);
    expect(chasing[0]!.evidence).toBe('The benches are oak.');
    expect(result.categories).toContain('repeated_contact');
    expect(result.priority).toBe('low');
  });

  test('two messages from the same sender are not chasing', () => {
    expect(analyzeThread(chase.slice(0, 2)).threadFindings).toEqual([]);
  });

  test('a reply in between resets the count', () => {
    const answered = [chase[0]!, { from: 'sam@studio.example', text: 'Thanks, on it.' }, chase[1]!, chase[2]!];
    expect(analyzeThread(answered).threadFindings).toEqual([]);
  });

  test('messages without a sender are never counted as chasing', () => {
    const anonymous = chase.map(({ text }) => ({ text }));
    expect(analyzeThread(anonymous).threadFindings).toEqual([]);
  });

  test('a muted repeated_contact gives no thread-level finding', () => {
    const result = analyzeThread(chase, { preferences: { mutedCategories: ['repeated_contact'] } });
    expect(result.threadFindings).toEqual([]);
    expect(result.categories).not.toContain('repeated_contact');
  });
});

describe('appreciation in the newest message', () => {
  test('lowers a low thread to none', () => {
    const result = analyzeThread([low, thanks], options);
    expectValidThreadResult(result, 2);
    expect(result.messages[0]!.priority).toBe('low');
    expect(result.priority).toBe('none');
  });

  test('leaves a low thread low when the thanks came earlier', () => {
    expect(analyzeThread([thanks, low], options).priority).toBe('low');
  });

  test('does not lower a medium or high thread', () => {
    expect(analyzeThread([medium, thanks], options).priority).toBe('medium');
    expect(analyzeThread([high, thanks], options).priority).toBe('high');
  });
});
