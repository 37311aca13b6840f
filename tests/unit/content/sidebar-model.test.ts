import { describe, expect, test } from 'vitest';
import { buildThreadFindings } from '../../../lib/content/sidebar-model';
import type { Finding, MessageResult, ThreadResult } from '../../../lib/engine/types';
import type { ThreadView } from '../../../lib/sites/mail-site';

const finding = (category: Finding['category'], priority: Finding['priority'], evidence: string, confidence = 0.8): Finding => ({
  category,
  priority,
  confidence,
  explanation: `Why ${category}.`,
  evidence,
  start: 0,
  end: evidence.length,
});

const message = (findings: Finding[]): MessageResult => ({ text: '', findings, priority: 'none', score: 0, categories: [] });

const thread: ThreadView = {
  threadId: 't1',
  subject: 'Invoice',
  messages: ['Sam', 'Derek', 'Sam', 'Derek'].map((name, i) => ({
    id: `m${i}`,
    senderName: name,
    date: `Nov ${i + 1}`,
    html: 'x',
    collapsed: false,
    bodyElement: null,
    element: null as never,
  })),
};

const result: ThreadResult = {
  priority: 'high',
  score: 3,
  categories: [],
  messages: [
    message([]),
    message([finding('payment_dispute', 'high', "I'm not paying this invoice", 0.9)]),
    message([]),
    message([finding('urgency_pressure', 'low', 'by Friday'), finding('reputation_threat', 'high', 'one-star review', 0.85)]),
  ],
  threadFindings: [{ ...finding('repeated_contact', 'low', 'Third email', 0.6), messageIndex: 3 }],
};

describe('the sidebar findings', () => {
  test('are grouped by message in page order, most severe first, thread patterns with their message', () => {
    const model = buildThreadFindings(thread, 'gmail::t1', result, () => false);
    expect(model.priority).toBe('high');
    expect(model.messages.map((m) => [m.messageIndex, m.sender, m.date])).toEqual([
      [1, 'Derek', 'Nov 2'],
      [3, 'Derek', 'Nov 4'],
    ]);
    expect(model.messages[1]!.findings.map((f) => f.category)).toEqual(['reputation_threat', 'urgency_pressure', 'repeated_contact']);
    expect(model.messages[0]!.findings[0]).toMatchObject({
      key: "gmail::t1|payment_dispute|i'm not paying this invoice",
      categoryName: 'Payment dispute',
      evidence: "I'm not paying this invoice",
      explanation: 'Why payment_dispute.',
      confidence: 0.9,
    });
  });

  test('hidden findings are left out and can lower the priority', () => {
    const model = buildThreadFindings(thread, 'gmail::t1', result, (f) => f.priority === 'high');
    expect(model.messages.flatMap((m) => m.findings.map((f) => f.category))).toEqual(['urgency_pressure', 'repeated_contact']);
    expect(model.priority).toBe('low');
    expect(buildThreadFindings(thread, 'gmail::t1', result, () => true)).toEqual({ priority: 'none', messages: [] });
  });

  test('never raise the priority the engine softened for thanks in the newest message', () => {
    const softened: ThreadResult = {
      ...result,
      priority: 'none',
      messages: [message([finding('urgency_pressure', 'low', 'asap')]), message([finding('appreciation', 'none', 'thank you so much')])],
      threadFindings: [],
    };
    expect(buildThreadFindings(thread, 'gmail::t1', softened, () => false).priority).toBe('none');
  });
});
