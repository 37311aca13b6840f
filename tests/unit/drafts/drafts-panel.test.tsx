// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DraftsPanel, type DraftsPanelProps } from '../../../components/drafts/DraftsPanel';
import { BUILT_IN_TEMPLATES, type SuggestibleFinding } from '../../../lib/templates';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const PAYMENT: SuggestibleFinding = { category: 'payment_dispute', priority: 'high', confidence: 0.9, evidence: "I'm not paying" };
const URGENCY: SuggestibleFinding = { category: 'urgency_pressure', priority: 'low', confidence: 0.9, evidence: 'ASAP' };
const PROFILE = { name: 'Sam Rivera', business: 'Rivera Studio', hourlyRate: 'USD 95 per hour', paymentTerms: 'payment within 14 days', bookingLink: 'https://cal.example/sam', signature: '' };

let root: Root;
let host: HTMLElement;
let onInsert: ReturnType<typeof vi.fn<DraftsPanelProps['onInsert']>>;
let onCopy: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  onInsert = vi.fn<DraftsPanelProps['onInsert']>(async () => ({ status: 'inserted' }));
  onCopy = vi.fn(async () => {});
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const render = (findings: SuggestibleFinding[], over: Partial<DraftsPanelProps> = {}) =>
  act(() =>
    root.render(
      <DraftsPanel
        findings={findings}
        thread={{ senderName: 'Derek Hollis', subject: 'Re: Invoice #2047' }}
        profile={PROFILE}
        templates={BUILT_IN_TEMPLATES}
        onInsert={onInsert}
        onCopy={onCopy}
        now={new Date('2026-11-23T10:00:00')}
        {...over}
      />,
    ),
  );
const byTestId = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const click = async (element: HTMLElement | null) => act(async () => element!.click());
async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the drafts panel', () => {
  test('opens the reply for the highest-priority finding first, the others one click away', async () => {
    render([URGENCY, PAYMENT]);
    const picks = () => [...host.querySelectorAll<HTMLElement>('[data-testid="tt-suggestion"]')];
    expect(picks()[0]!.getAttribute('aria-expanded')).toBe('true');
    expect(picks().map((p) => p.querySelector('.tt-suggestion-category')!.textContent)).toEqual(['Payment dispute', 'Payment dispute']);
    await click([...host.querySelectorAll('button')].find((b) => b.textContent === 'More replies for other findings (2)')!);
    const urgency = picks().find((p) => p.textContent!.includes('Urgency pressure'))!;
    await click(urgency);
    expect(urgency.getAttribute('aria-expanded')).toBe('true');
    expect(byTestId('tt-draft-preview')!.getAttribute('aria-label')).toContain(urgency.querySelector('.tt-suggestion-title')!.textContent!);
  });

  test('fills the draft from the thread and profile', () => {
    render([URGENCY]);
    const text = byTestId('tt-draft-preview')!.textContent!;
    expect(text).toMatch(/^Hi Derek,/);
    expect(text).toMatch(/Kind regards,\nSam Rivera$/);
  });

  test('shows nothing for a message without findings', () => {
    render([]);
    expect(byTestId('tt-drafts')).toBeNull();
  });

  test('highlights unfilled variables, warns, and offers a field for each', async () => {
    render([PAYMENT]);
    const unfilled = [...host.querySelectorAll('[data-testid="tt-unfilled"]')].map((m) => m.textContent);
    expect(unfilled).toEqual(expect.arrayContaining(['[What was delivered]', '[Delivery date]']));
    expect(byTestId('tt-unfilled-warning')!.textContent).toMatch(/2 blanks are not filled: What was delivered, Delivery date/);
    await type(byTestId('tt-blank-delivery_date') as HTMLInputElement, '2 November');
    await type(byTestId('tt-blank-delivered_work') as HTMLInputElement, 'the new website');
    expect(byTestId('tt-unfilled-warning')).toBeNull();
    expect(byTestId('tt-blank-delivery_date')).not.toBeNull();
    expect(byTestId('tt-draft-preview')!.textContent).toContain('the new website was delivered on 2 November');
  });

  test('asks before inserting a draft with blanks and inserts them as labels', async () => {
    render([PAYMENT]);
    await click(byTestId('tt-insert-draft'));
    expect(onInsert).not.toHaveBeenCalled();
    await click(byTestId('tt-insert-anyway'));
    expect(onInsert).toHaveBeenCalledWith(expect.stringContaining('[Delivery date]'), 'ask');
    expect(byTestId('tt-drafts-status')!.textContent).toMatch(/inserted/);
  });

  test('inserts a complete draft at once', async () => {
    render([URGENCY]);
    await click(byTestId('tt-insert-draft'));
    expect(onInsert).toHaveBeenCalledTimes(1);
    expect(onInsert.mock.calls[0]![0]).not.toMatch(/\[/);
  });

  test('asks what to do with text the user already wrote, then replaces it when told', async () => {
    onInsert.mockResolvedValueOnce({ status: 'needs-confirmation', existingText: 'My own words' });
    render([URGENCY]);
    await click(byTestId('tt-insert-draft'));
    expect(host.textContent).toContain('Your reply already has text: “My own words”');
    await click(byTestId('tt-replace-text'));
    expect(onInsert.mock.calls.map((c) => c[1])).toEqual(['ask', 'replace']);
  });

  test('says so when the reply box cannot be opened', async () => {
    onInsert.mockResolvedValueOnce({ status: 'no-editor' });
    render([URGENCY]);
    await click(byTestId('tt-insert-draft'));
    expect(byTestId('tt-drafts-status')!.textContent).toMatch(/Could not open the reply box/);
  });

  test('copies the draft text', async () => {
    render([URGENCY]);
    await click(byTestId('tt-copy-draft'));
    expect(onCopy).toHaveBeenCalledWith(expect.stringMatching(/^Hi Derek,/));
  });

  test('renders words from the mail as text, never as markup', () => {
    render([{ ...PAYMENT, category: 'scope_creep', priority: 'medium', evidence: '<img src=x onerror=alert(1)>' }]);
    expect(host.querySelector('img')).toBeNull();
    expect(byTestId('tt-draft-preview')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
