// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ThreadDrafts } from '../../../components/drafts/ThreadDrafts';
import type { ThreadSidebarState } from '../../../components/sidebar/mount';
import type { FindingView } from '../../../lib/content/sidebar-model';
import { saveProfile } from '../../../lib/storage/settings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const view = (messageIndex: number, category: FindingView['category'], priority: FindingView['priority']): FindingView => ({
  key: `k${messageIndex}${category}`,
  messageIndex,
  category,
  categoryName: category,
  priority,
  evidence: 'words',
  explanation: '',
  confidence: 0.9,
});

const STATE = {
  kind: 'thread',
  thread: {
    threadId: 't1',
    subject: 'Invoice #2047',
    messages: [
      { id: 'm0', senderName: 'Derek Hollis', senderEmail: 'derek@hollis.example' },
      { id: 'm1', senderName: 'Sam Rivera', senderEmail: 'sam@rivera.example' },
    ],
  },
  findings: {
    priority: 'high',
    messages: [
      { messageIndex: 0, sender: 'Derek Hollis', findings: [view(0, 'urgency_pressure', 'low')] },
      { messageIndex: 1, sender: 'Sam Rivera', findings: [view(1, 'legal_threat', 'high')] },
    ],
  },
} as unknown as ThreadSidebarState;

let root: Root;
let host: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

async function renderFor(account: string | undefined) {
  const site = { account: () => account, openReplyEditor: vi.fn(async () => null) };
  await act(async () => root.render(<ThreadDrafts state={STATE} site={site} />));
  await vi.waitFor(() => expect(host.querySelector('[data-testid="tt-drafts"]')).not.toBeNull());
  return site;
}

describe('the thread drafts', () => {
  test("answer the client's flagged messages, not the user's own", async () => {
    await saveProfile({ name: 'Sam Rivera', business: '', hourlyRate: '', paymentTerms: '', bookingLink: '', signature: '' });
    await renderFor('sam@rivera.example');
    const categories = [...host.querySelectorAll('.tt-suggestion-category')].map((c) => c.textContent);
    expect(new Set(categories)).toEqual(new Set(['Urgency pressure']));
    expect(host.querySelector('[data-testid="tt-draft-preview"]')!.textContent).toMatch(/^Hi Derek,[\s\S]*Sam Rivera$/);
  });

  test('use every flagged message when the account is not known', async () => {
    await renderFor(undefined);
    const first = host.querySelector('.tt-suggestion-category')!.textContent;
    expect(first).toBe('Legal threat');
  });

  test('report a page without a reply editor', async () => {
    const site = await renderFor('sam@rivera.example');
    await act(async () => host.querySelector<HTMLElement>('[data-testid="tt-insert-draft"]')!.click());
    // The empty profile leaves blanks, so the panel asks first.
    await act(async () => host.querySelector<HTMLElement>('[data-testid="tt-insert-anyway"]')!.click());
    expect(site.openReplyEditor).toHaveBeenCalled();
    expect(host.querySelector('[data-testid="tt-drafts-status"]')!.textContent).toMatch(/Could not open the reply box/);
  });
});
