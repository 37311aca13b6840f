// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startMailController } from '../../../lib/content/controller';
import type { SidebarContent } from '../../../lib/content/sidebar-model';
import type { Finding, ThreadResult } from '../../../lib/engine/types';
import type { EngineMessage, EngineRequest } from '../../../lib/messaging';
import type { InboxRowView, MailSite, ThreadMessageView } from '../../../lib/sites/mail-site';
import { preferencesItem } from '../../../lib/storage/preferences';

// A tiny stand-in webmail page: <main data-thread> holds <article data-id> messages; <tr data-row> rows.
const fakeSite: MailSite = {
  id: 'gmail',
  account: () => 'me@x.example',
  readThread(doc) {
    const main = doc.querySelector<HTMLElement>('main[data-thread]');
    if (!main) return { kind: 'none' };
    if (main.dataset.thread === 'broken') return { kind: 'unreadable', reason: 'no bodies' };
    const messages: ThreadMessageView[] = [...main.querySelectorAll<HTMLElement>('article')].map((element) => ({
      id: element.dataset.id!,
      senderName: element.dataset.from,
      html: element.querySelector('.body')!.innerHTML,
      collapsed: false,
      bodyElement: element.querySelector<HTMLElement>('.body'),
      element,
    }));
    return { kind: 'thread', thread: { threadId: main.dataset.thread!, subject: 'Invoice', messages } };
  },
  readInboxRows(doc) {
    return [...doc.querySelectorAll<HTMLElement>('tr[data-row]')].map(
      (element): InboxRowView => ({
        id: element.dataset.row!,
        subject: element.querySelector('.subject')!.textContent!,
        snippet: element.querySelector('.snippet')!.textContent!,
        element,
        chipAnchor: element.querySelector<HTMLElement>('.subject')!,
      }),
    );
  },
  sidebarAnchor: (doc) => doc.querySelector('main'),
  openReplyEditor: async () => null,
  threadUrl: (_location, threadId) => `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
};

const finding = (category: Finding['category'], priority: Finding['priority'], evidence: string): Finding => ({
  category,
  priority,
  confidence: 0.9,
  explanation: 'Because.',
  evidence,
  start: 0,
  end: evidence.length,
});

/** A fake engine: flags "not paying" and "one-star review" in a message's text, and "not paying" in a row. */
function fakeEngine(muted: () => readonly string[] = () => []) {
  const requests: EngineRequest[] = [];
  const analyse = (messages: EngineMessage[]): ThreadResult => {
    const results = messages.map((m) => {
      const findings = [
        ...(/not paying/i.test(m.text) ? [finding('payment_dispute', 'high', 'not paying')] : []),
        ...(/one-star review/i.test(m.text) ? [finding('reputation_threat', 'high', 'one-star review')] : []),
      ].filter((f) => !muted().includes(f.category));
      return { text: m.text, findings, priority: findings.length ? ('high' as const) : ('none' as const), score: 0, categories: [] };
    });
    return { priority: results.some((r) => r.findings.length) ? 'high' : 'none', score: 0, messages: results, threadFindings: [], categories: [] };
  };
  const ask = vi.fn(async (request: EngineRequest): Promise<never> => {
    requests.push(request);
    if (request.type === 'analyze-thread') return analyse(request.messages) as never;
    return request.rows.map((r) => ({ id: r.id, priority: /not paying/i.test(r.snippet) ? 'high' : 'none' })) as never;
  });
  return { ask, requests };
}

function fakeSidebar() {
  const renders: Array<SidebarContent | null> = [];
  return { renders, render: (content: SidebarContent | null) => void renders.push(content), last: () => renders.at(-1) };
}

const threadHtml = (id: string, ...bodies: string[]) =>
  `<main data-thread="${id}">${bodies
    .map((body, i) => `<article data-id="${id}-${i}" data-from="Derek"><div class="body">${body}</div></article>`)
    .join('')}</main>`;

const findingCategories = (content: SidebarContent | null | undefined) =>
  content?.state.kind === 'thread' ? content.state.findings.messages.flatMap((m) => m.findings.map((f) => f.category)) : undefined;

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('test');
  document.body.innerHTML = '';
});
afterEach(() => ctx.abort());

async function start(html: string, engine = fakeEngine()) {
  document.body.innerHTML = html;
  const sidebar = fakeSidebar();
  await startMailController({ ctx, site: fakeSite, sidebar, ask: engine.ask, htmlToText: (h) => h.replace(/<[^>]+>/g, ' ') });
  return { sidebar, engine };
}

describe('the mail controller', () => {
  test('opening a thread sends its messages as text and shows the findings', async () => {
    const { sidebar, engine } = await start(threadHtml('t1', '<p>Hello</p>', "<p>I'm <b>not paying</b> this</p>"));
    expect(sidebar.renders[0]?.state.kind).toBe('reading');
    await vi.waitFor(() => expect(sidebar.last()?.state.kind).toBe('thread'));
    expect(findingCategories(sidebar.last())).toEqual(['payment_dispute']);
    const request = engine.requests.find((r) => r.type === 'analyze-thread');
    expect(request).toMatchObject({
      origin: { site: 'gmail', account: 'me@x.example', threadId: 't1', sender: 'Derek' },
      messages: [{ text: ' Hello ' }, { text: " I'm  not paying  this " }],
    });
    expect(sidebar.last()?.threadKey).toBe('gmail:me@x.example:t1');
  });

  test('page changes that leave the thread as it was are not sent again', async () => {
    const { sidebar, engine } = await start(threadHtml('t1', '<p>not paying</p>'));
    await vi.waitFor(() => expect(sidebar.last()?.state.kind).toBe('thread'));
    document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 300));
    expect(engine.requests.filter((r) => r.type === 'analyze-thread')).toHaveLength(1);
  });

  test('a new message in the thread is read again and its findings appear', async () => {
    const { sidebar } = await start(threadHtml('t1', '<p>Hello</p>'));
    await vi.waitFor(() => expect(sidebar.last()?.state.kind).toBe('thread'));
    expect(findingCategories(sidebar.last())).toEqual([]);
    const next = document.createElement('article');
    next.dataset.id = 't1-1';
    next.innerHTML = '<div class="body">I will leave a one-star review</div>';
    document.querySelector('main')!.append(next);
    await vi.waitFor(() => expect(findingCategories(sidebar.last())).toEqual(['reputation_threat']));
    expect(sidebar.renders.some((r) => r?.state.kind === 'reading' && sidebar.renders.indexOf(r) > 0)).toBe(false);
  });

  test('a thread the adapter cannot read says so, and going back to the inbox hides the sidebar', async () => {
    const { sidebar } = await start(threadHtml('broken', ''));
    expect(sidebar.last()?.state.kind).toBe('unreadable');
    document.body.innerHTML = '<table></table>';
    await vi.waitFor(() => expect(sidebar.last()).toBeNull());
  });

  test('"Not an issue" hides the finding at once and remembers it', async () => {
    const { sidebar } = await start(threadHtml('t1', '<p>not paying, one-star review</p>'));
    await vi.waitFor(() => expect(findingCategories(sidebar.last())).toHaveLength(2));
    const state = sidebar.last()!.state;
    if (state.kind !== 'thread') throw new Error('no thread');
    const payment = state.findings.messages[0]!.findings.find((f) => f.category === 'payment_dispute')!;
    sidebar.last()!.actions.dismiss(payment);
    expect(findingCategories(sidebar.last())).toEqual(['reputation_threat']);
    await vi.waitFor(async () => expect((await preferencesItem.get()).value.dismissed).toEqual([payment.key]));
  });

  test('"Mute this category" hides it at once, stores it and asks the engine again', async () => {
    let muted: string[] = [];
    const engine = fakeEngine(() => muted);
    const { sidebar } = await start(threadHtml('t1', '<p>not paying, one-star review</p>'), engine);
    await vi.waitFor(() => expect(findingCategories(sidebar.last())).toHaveLength(2));
    const state = sidebar.last()!.state;
    if (state.kind !== 'thread') throw new Error('no thread');
    const reputation = state.findings.messages[0]!.findings.find((f) => f.category === 'reputation_threat')!;
    muted = ['reputation_threat'];
    sidebar.last()!.actions.muteCategory(reputation);
    expect(findingCategories(sidebar.last())).toEqual(['payment_dispute']);
    await vi.waitFor(() => expect(engine.requests.filter((r) => r.type === 'analyze-thread')).toHaveLength(2));
    expect((await preferencesItem.get()).value.mutedCategories).toEqual(['reputation_threat']);
    expect(findingCategories(sidebar.last())).toEqual(['payment_dispute']);
  });

  test('the collapsed state is toggled and remembered', async () => {
    const { sidebar } = await start(threadHtml('t1', '<p>Hi</p>'));
    expect(sidebar.last()?.collapsed).toBe(false);
    sidebar.last()!.actions.toggleCollapsed();
    expect(sidebar.last()?.collapsed).toBe(true);
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('sidebarCollapsed')).toEqual({ sidebarCollapsed: true }));
  });

  test('inbox rows are asked about in one batch and get chips; unchanged rows are not asked again', async () => {
    const rows = Array.from(
      { length: 100 },
      (_, i) => `<tr data-row="r${i}"><td class="subject">Subject ${i}</td><td class="snippet">${i % 10 === 0 ? 'not paying' : 'thanks'}</td></tr>`,
    ).join('');
    const { engine } = await start(`<table>${rows}</table>`);
    await vi.waitFor(() => expect(document.querySelectorAll('[data-testid="tt-chip"]')).toHaveLength(10));
    expect(engine.requests.filter((r) => r.type === 'triage-rows')).toHaveLength(1);
    document.querySelector('table')!.append(document.createElement('tr'));
    await new Promise((r) => setTimeout(r, 300));
    expect(engine.requests.filter((r) => r.type === 'triage-rows')).toHaveLength(1);
  });

  test('after the content script is invalidated, page changes are ignored and the chips are gone', async () => {
    const { engine } = await start(
      '<table><tr data-row="r1"><td class="subject">Invoice</td><td class="snippet">not paying</td></tr></table>',
    );
    await vi.waitFor(() => expect(document.querySelector('[data-testid="tt-chip"]')).not.toBeNull());
    ctx.abort();
    expect(document.querySelector('[data-testid="tt-chip"]')).toBeNull();
    document.body.innerHTML = threadHtml('t2', '<p>not paying</p>');
    await new Promise((r) => setTimeout(r, 300));
    expect(engine.requests.filter((r) => r.type === 'analyze-thread')).toHaveLength(0);
  });
});
