import type { Priority } from '../engine/categories';
import type { InboxRowText } from '../messaging';
import type { InboxRowView } from '../sites/mail-site';
import { OWN_NODE_ATTRIBUTE } from './page-watch';

const CHIP_SELECTOR = '[data-testid="tt-chip"]';

/** A row is asked about again only when its id, subject or snippet change. */
export function rowKey(row: Pick<InboxRowView, 'id' | 'subject' | 'snippet'>): string {
  return `${row.id}\n${row.subject}\n${row.snippet}`;
}

export function rowText(row: InboxRowView): InboxRowText {
  return { id: row.id, subject: row.subject, snippet: row.snippet };
}

/**
 * Puts the row's priority chip in place, or removes it for an unflagged row. The chip has no text
 * node (CSS shows the word), so an adapter reading the row's text never reads the chip.
 */
export function setRowChip(row: InboxRowView, priority: Priority): void {
  const existing = row.chipAnchor.querySelector<HTMLElement>(CHIP_SELECTOR);
  if (priority === 'none') {
    existing?.remove();
    return;
  }
  if (existing?.dataset.priority === priority) return;
  const chip = existing ?? row.chipAnchor.ownerDocument.createElement('span');
  chip.setAttribute(OWN_NODE_ATTRIBUTE, 'chip');
  chip.dataset.testid = 'tt-chip';
  chip.dataset.priority = priority;
  chip.setAttribute('role', 'img');
  chip.setAttribute('aria-label', `Tone Triage: ${priority} priority`);
  chip.title = `Tone Triage: ${priority} priority`;
  if (!existing) row.chipAnchor.prepend(chip);
}

export function removeAllChips(doc: Document): void {
  for (const chip of doc.querySelectorAll(CHIP_SELECTOR)) chip.remove();
}
