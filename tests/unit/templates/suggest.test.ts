import { describe, expect, test } from 'vitest';
import type { Finding } from '../../../lib/engine/types';
import { BUILT_IN_TEMPLATES, suggestTemplates } from '../../../lib/templates';

function finding(category: Finding['category'], priority: Finding['priority'], confidence = 0.8): Finding {
  return { category, priority, confidence, explanation: '', evidence: category, start: 0, end: 1 };
}

describe('suggestTemplates', () => {
  test('puts the replies for the highest-priority finding first', () => {
    const findings = [finding('urgency_pressure', 'low'), finding('payment_dispute', 'high'), finding('scope_creep', 'medium')];
    const categories = suggestTemplates(findings, BUILT_IN_TEMPLATES).map((s) => s.template.category);
    expect(categories[0]).toBe('payment_dispute');
    expect([...new Set(categories)]).toEqual(['payment_dispute', 'scope_creep', 'urgency_pressure']);
  });

  test('breaks a priority tie by confidence', () => {
    const findings = [finding('legal_threat', 'high', 0.6), finding('hostility', 'high', 0.9)];
    expect(suggestTemplates(findings, BUILT_IN_TEMPLATES)[0]!.template.category).toBe('hostility');
  });

  test('suggests each category once even with several findings in it', () => {
    const findings = [finding('scope_creep', 'medium'), finding('scope_creep', 'medium', 0.6)];
    const ids = suggestTemplates(findings, BUILT_IN_TEMPLATES).map((s) => s.template.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('pairs each reply with the finding that fills its quote', () => {
    const [first] = suggestTemplates([finding('scope_creep', 'medium')], BUILT_IN_TEMPLATES);
    expect(first!.finding.evidence).toBe('scope_creep');
  });

  test('suggests nothing for a message without findings', () => {
    expect(suggestTemplates([], BUILT_IN_TEMPLATES)).toEqual([]);
  });
});
