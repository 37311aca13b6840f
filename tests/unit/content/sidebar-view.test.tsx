// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Sidebar, type SidebarProps } from '../../../components/sidebar/Sidebar';
import type { FindingView, SidebarActions, SidebarState } from '../../../lib/content/sidebar-model';
import type { ThreadResult } from '../../../lib/engine/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Mail is hostile input: evidence that looks like markup must arrive on screen as those characters.
const HOSTILE = '<img src=x onerror="alert(1)"> not paying';

const finding: FindingView = {
  key: 'gmail::t1|payment_dispute|not paying',
  messageIndex: 1,
  category: 'payment_dispute',
  categoryName: 'Payment dispute',
  priority: 'high',
  evidence: HOSTILE,
  explanation: 'The client refuses to pay.',
  confidence: 0.9,
};

const threadState: SidebarState = {
  kind: 'thread',
  thread: { threadId: 't1', subject: 'Invoice', messages: [] },
  result: {} as ThreadResult,
  findings: { priority: 'high', messages: [{ messageIndex: 1, sender: '<b>Derek</b>', date: 'Nov 9', findings: [finding] }] },
};

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
});
afterEach(() => act(() => root.unmount()));

function show(props: Partial<SidebarProps>) {
  const actions: SidebarActions = {
    toggleCollapsed: vi.fn(),
    showEvidence: vi.fn(),
    dismiss: vi.fn(),
    allowPhrase: vi.fn(),
    muteCategory: vi.fn(),
  };
  act(() => root.render(<Sidebar state={threadState} collapsed={false} top={48} actions={actions} {...props} />));
  return actions;
}

const button = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('the sidebar view', () => {
  test('shows the priority word, the category, the evidence, the explanation and the confidence', () => {
    show({});
    expect(container.querySelector('[data-testid="tt-priority"]')!.textContent).toBe('high');
    const item = container.querySelector('[data-testid="tt-finding"]')!;
    expect(item.getAttribute('data-category')).toBe('payment_dispute');
    expect(item.textContent).toContain('Payment dispute');
    expect(item.textContent).toContain('The client refuses to pay.');
    expect(item.textContent).toContain('Confidence 90%');
  });

  test('renders mail as text, never as markup', () => {
    show({});
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.tt-message-head b')).toBeNull();
    expect(container.querySelector('q')!.textContent).toBe(HOSTILE);
  });

  test('each button calls its action with the finding', () => {
    const actions = show({});
    act(() => button('Not an issue').click());
    act(() => button('Allow this phrase').click());
    act(() => button('Mute this category').click());
    act(() => (container.querySelector('[data-testid="tt-evidence"]') as HTMLElement).click());
    expect(actions.dismiss).toHaveBeenCalledWith(finding);
    expect(actions.allowPhrase).toHaveBeenCalledWith(finding);
    expect(actions.muteCategory).toHaveBeenCalledWith(finding);
    expect(actions.showEvidence).toHaveBeenCalledWith(finding);
  });

  test('collapsed, it keeps the priority and hides the findings and the slot below them', () => {
    show({ collapsed: true, children: <p data-testid="slot">drafts</p> });
    expect(container.querySelector('[data-testid="tt-priority"]')).not.toBeNull();
    expect(container.querySelector('[data-testid="tt-finding"]')).toBeNull();
    expect(container.querySelector('[data-testid="slot"]')).toBeNull();
    expect(button('‹').getAttribute('aria-label')).toBe('Open Tone Triage');
  });

  test('the slot below the findings shows only for a readable thread', () => {
    show({ children: <p data-testid="slot">drafts</p> });
    expect(container.querySelector('[data-testid="slot"]')).not.toBeNull();
    show({ state: { kind: 'unreadable' }, children: <p data-testid="slot">drafts</p> });
    expect(container.querySelector('[data-testid="slot"]')).toBeNull();
    expect(container.textContent).toContain("Tone Triage can't read this thread");
    expect(container.querySelector('[data-testid="tt-priority"]')).toBeNull();
  });

  test('a thread with nothing left to flag says so', () => {
    show({ state: { ...threadState, findings: { priority: 'none', messages: [] } } });
    expect(container.textContent).toContain('Nothing difficult in this thread.');
    expect(container.querySelector('[data-testid="tt-priority"]')!.textContent).toBe('none');
  });
});
