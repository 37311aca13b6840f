// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PopupApp, type PopupActions } from '../../../components/popup/PopupApp';
import type { ThreadRecord } from '../../../lib/threads/record';
import { sampleRecord } from '../threads/sample-record';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;


let root: Root;
let host: HTMLElement;
let actions: PopupActions;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  actions = { open: vi.fn(), setState: vi.fn(), snoozeUntil: () => 123, openSettings: vi.fn(), deleteAll: vi.fn() };
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const render = (records: ThreadRecord[]) =>
  act(() => root.render(<PopupApp records={records} loaded actions={actions} />));
const rows = () => [...host.querySelectorAll<HTMLElement>('[data-testid="tt-thread"]')];
const button = (label: string, within: ParentNode = host) =>
  [...within.querySelectorAll('button')].find((b) => b.textContent === label)!;

describe('the popup queue', () => {
  test('lists flagged threads by priority with their test hooks', () => {
    render([sampleRecord('low', { priority: 'low' }), sampleRecord('high'), sampleRecord('calm', { priority: 'none' })]);
    expect(rows().map((r) => [r.dataset.threadId, r.dataset.priority])).toEqual([
      ['high', 'high'],
      ['low', 'low'],
    ]);
  });

  test('explains what to do when nothing is flagged', () => {
    render([]);
    expect(host.textContent).toContain('Open a thread in Gmail or Outlook');
  });

  test('handled stores the state and offers an undo that clears it', () => {
    render([sampleRecord('a')]);
    act(() => button('Handled', rows()[0]).click());
    expect(actions.setState).toHaveBeenCalledWith('gmail::a', { handledAt: expect.any(Number) });
    act(() => button('Undo').click());
    expect(actions.setState).toHaveBeenLastCalledWith('gmail::a', { handledAt: undefined });
  });

  test('snooze stores the time the snooze ends', () => {
    render([sampleRecord('a')]);
    act(() => button('Snooze until tomorrow', rows()[0]).click());
    expect(actions.setState).toHaveBeenCalledWith('gmail::a', { snoozedUntil: 123 });
  });

  test('selecting a thread shows its findings and can open it', () => {
    render([sampleRecord('a')]);
    act(() => rows()[0]!.querySelector<HTMLButtonElement>('.row-main')!.click());
    expect(host.querySelector('.details')?.textContent).toContain("I'm not paying");
    act(() => button('Open thread').click());
    expect(actions.open).toHaveBeenCalledWith(expect.objectContaining({ threadId: 'a' }));
  });

  test('renders email text as text, never as HTML', () => {
    render([sampleRecord('x', { subject: '<img src=x onerror=alert(1)>', topEvidence: '<b>bold</b>' })]);
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
