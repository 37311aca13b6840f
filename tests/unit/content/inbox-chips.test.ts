// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { removeAllChips, rowKey, setRowChip } from '../../../lib/content/inbox-chips';
import type { InboxRowView } from '../../../lib/sites/mail-site';

function row(): InboxRowView {
  const element = document.createElement('tr');
  element.innerHTML = '<td class="subject">Invoice</td>';
  document.body.replaceChildren(element);
  const chipAnchor = element.querySelector<HTMLElement>('.subject')!;
  return { id: 'r1', subject: 'Invoice', snippet: 'not paying', element, chipAnchor };
}

describe('inbox chips', () => {
  test('a flagged row gets one chip with its priority and no text of its own', () => {
    const r = row();
    setRowChip(r, 'high');
    setRowChip(r, 'high');
    const chips = r.element.querySelectorAll('[data-testid="tt-chip"]');
    expect(chips).toHaveLength(1);
    expect(chips[0]!.getAttribute('data-priority')).toBe('high');
    expect(chips[0]!.getAttribute('aria-label')).toBe('Tone Triage: high priority');
    expect(r.chipAnchor.textContent).toBe('Invoice');
  });

  test('a chip changes with the priority and goes when the row is no longer flagged', () => {
    const r = row();
    setRowChip(r, 'high');
    setRowChip(r, 'low');
    expect(r.element.querySelector('[data-testid="tt-chip"]')!.getAttribute('data-priority')).toBe('low');
    setRowChip(r, 'none');
    expect(r.element.querySelector('[data-testid="tt-chip"]')).toBeNull();
  });

  test('all chips can be removed at once', () => {
    const r = row();
    setRowChip(r, 'medium');
    removeAllChips(document);
    expect(document.querySelector('[data-testid="tt-chip"]')).toBeNull();
  });

  test('a row is known again by its id, subject and snippet', () => {
    const r = row();
    expect(rowKey(r)).toBe(rowKey({ ...r }));
    expect(rowKey(r)).not.toBe(rowKey({ ...r, snippet: 'paid, thanks' }));
  });
});
