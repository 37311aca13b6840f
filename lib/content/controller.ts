import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Priority } from '../engine/categories';
import type { ThreadResult } from '../engine/types';
import type { askEngine, EngineMessage, ThreadOrigin } from '../messaging';
import type { InboxRowView, MailSite, ThreadRead, ThreadView } from '../sites/mail-site';
import {
  allowPhrase,
  DEFAULT_PREFERENCES,
  dismissFinding,
  enginePreferences,
  muteCategory,
  preferencesItem,
  sidebarCollapsedItem,
  withDismissed,
  type Preferences,
} from '../storage/preferences';
import { clearEvidence, showEvidence } from './highlight';
import { removeAllChips, rowKey, rowText, setRowChip } from './inbox-chips';
import { injectPageStyle } from './page-style';
import { watchPage } from './page-watch';
import { buildThreadFindings, type FindingView, type SidebarActions, type SidebarState, type SidebarView } from './sidebar-model';
import { threadKey, threadOrigin, threadSignature, toEngineMessages } from './thread-payload';
import { viewportTop } from './viewport-top';

export interface MailControllerOptions {
  ctx: ContentScriptContext;
  site: MailSite;
  sidebar: SidebarView;
  ask: typeof askEngine;
  /** Message body HTML to text, in the page (the engine gets text only). */
  htmlToText: (html: string) => string;
  doc?: Document;
}

/** The thread the page shows, as last read, and what the engine said about it. */
interface OpenThread {
  key: string;
  signature: string;
  top: number;
  thread?: ThreadView;
  origin?: ThreadOrigin;
  messages?: EngineMessage[];
  state: 'reading' | 'unreadable' | { error: string } | ThreadResult;
}

/**
 * Reads the open thread and the inbox rows through the site adapter, asks the background engine,
 * and keeps the sidebar and the chips in step with the page, the user's preferences and navigation.
 */
export async function startMailController(options: MailControllerOptions): Promise<void> {
  const { ctx, site, sidebar, ask, htmlToText, doc = document } = options;
  let prefs: Preferences = DEFAULT_PREFERENCES;
  let collapsed = false;
  let open: OpenThread | undefined;
  let analysis = 0;
  // Findings hidden at once by "allow" or "mute", until the engine answers with the new preferences.
  const hiddenUntilAnswer = new Set<string>();
  const rowPriorities = new Map<string, Priority>();
  const rowsAsked = new Set<string>();

  const report = (what: string) => (error: unknown) => {
    if (ctx.isValid) console.warn(`Tone Triage: ${what}:`, error);
  };

  const stateOf = (current: OpenThread): SidebarState => {
    const { state, thread } = current;
    if (state === 'reading' || state === 'unreadable') return { kind: state };
    if ('error' in state) return { kind: 'failed', error: state.error };
    const isHidden = (f: FindingView) => prefs.dismissed.includes(f.key) || hiddenUntilAnswer.has(f.key);
    return { kind: 'thread', thread: thread!, result: state, findings: buildThreadFindings(thread!, current.key, state, isHidden) };
  };

  const render = () => {
    if (ctx.isInvalid) return;
    sidebar.render(open ? { threadKey: open.key, state: stateOf(open), collapsed, top: open.top, actions } : null);
  };

  const analyse = () => {
    const target = open;
    if (!target?.origin || !target.messages) return;
    const id = ++analysis;
    ask({ type: 'analyze-thread', origin: target.origin, messages: target.messages })
      .then(
        (result) => {
          if (id !== analysis || open !== target) return;
          target.state = result;
          hiddenUntilAnswer.clear();
        },
        (error: unknown) => {
          if (id !== analysis || open !== target) return;
          report('the engine could not analyse the thread')(error);
          target.state = { error: error instanceof Error ? error.message : String(error) };
        },
      )
      .finally(render);
  };

  // The sidebar starts where the thread does; until measured it takes the last thread's place.
  let lastTop = 0;
  const dockBeside = (target: OpenThread) => {
    const anchor = site.sidebarAnchor(doc);
    if (!anchor) return;
    void viewportTop(anchor).then((top) => {
      lastTop = top;
      if (open === target && target.top !== top) {
        target.top = top;
        render();
      }
    });
  };

  const readThread = () => {
    const read = safely<ThreadRead>(() => site.readThread(doc), (error) => ({ kind: 'unreadable', reason: String(error) }));
    if (read.kind === 'none') {
      if (open) {
        open = undefined;
        clearEvidence();
        render();
      }
      return;
    }
    if (read.kind === 'unreadable') {
      if (open?.state === 'unreadable') return;
      console.info(`Tone Triage: this thread could not be read (${read.reason}).`);
      clearEvidence();
      open = { key: `unreadable:${location.href}`, signature: 'unreadable', top: lastTop, state: 'unreadable' };
      render();
      dockBeside(open);
      return;
    }
    const { thread } = read;
    const signature = threadSignature(thread);
    if (open?.signature === signature) return;
    const account = site.account(doc);
    const key = threadKey(site.id, account, thread.threadId);
    // A new message in the same thread keeps the current flags on screen until the new answer.
    const sameThread = open?.key === key && typeof open.state === 'object';
    if (!sameThread) clearEvidence();
    open = {
      key,
      signature,
      top: sameThread ? open!.top : lastTop,
      thread,
      origin: threadOrigin(site.id, account, thread, site.threadUrl(location, thread.threadId)),
      messages: toEngineMessages(thread, htmlToText),
      state: sameThread ? open!.state : 'reading',
    };
    render();
    if (!sameThread) dockBeside(open);
    analyse();
  };

  const refreshChips = () => {
    const rows = safely(() => site.readInboxRows(doc), () => []);
    const unknown: InboxRowView[] = [];
    for (const row of rows) {
      const key = rowKey(row);
      const priority = rowPriorities.get(key);
      if (priority) setRowChip(row, priority);
      else if (!rowsAsked.has(key)) unknown.push(row);
    }
    if (unknown.length === 0) return;
    const keys = unknown.map(rowKey);
    for (const key of keys) rowsAsked.add(key);
    ask({ type: 'triage-rows', rows: unknown.map(rowText) })
      .then((answers) => {
        const byId = new Map(answers.map((a) => [a.id, a.priority]));
        unknown.forEach((row, i) => rowPriorities.set(keys[i]!, byId.get(row.id) ?? 'none'));
        if (ctx.isValid) refreshChips();
      }, report('the engine could not triage the inbox rows'))
      .finally(() => keys.forEach((key) => rowsAsked.delete(key)));
  };

  const refresh = () => {
    readThread();
    refreshChips();
  };

  // The message's elements may have been re-rendered since the thread was read: look them up again.
  const messageElements = (index: number) => {
    const stored = open?.thread?.messages[index];
    const read = safely<ThreadRead>(() => site.readThread(doc), () => ({ kind: 'none' }));
    const fresh = read.kind === 'thread' ? read.thread.messages.find((m) => m.id === stored?.id) : undefined;
    return fresh ?? stored;
  };

  const hideAtOnce = (matches: (f: FindingView) => boolean) => {
    const state = open && stateOf(open);
    if (state?.kind !== 'thread') return;
    for (const group of state.findings.messages) for (const f of group.findings) if (matches(f)) hiddenUntilAnswer.add(f.key);
    render();
  };

  const actions: SidebarActions = {
    toggleCollapsed() {
      collapsed = !collapsed;
      render();
      sidebarCollapsedItem.set(collapsed).catch(report('could not remember the sidebar state'));
    },
    showEvidence(finding) {
      const message = messageElements(finding.messageIndex);
      if (message) showEvidence(message.bodyElement, finding.evidence, message.element);
    },
    dismiss(finding) {
      prefs = withDismissed(prefs, finding.key);
      render();
      dismissFinding(finding.key).catch(report('could not store the dismissal'));
    },
    allowPhrase(finding) {
      const phrase = finding.evidence.trim().toLowerCase();
      hideAtOnce((f) => f.evidence.trim().toLowerCase() === phrase);
      allowPhrase(finding.evidence).catch(report('could not store the allowed phrase'));
    },
    muteCategory(finding) {
      hideAtOnce((f) => f.category === finding.category);
      muteCategory(finding.category).catch(report('could not store the muted category'));
    },
  };

  injectPageStyle(ctx, doc);
  [prefs, collapsed] = await Promise.all([
    preferencesItem.get().then(({ value }) => value),
    sidebarCollapsedItem.get().then(({ value }) => value),
  ]);
  if (ctx.isInvalid) return;

  const unwatch = preferencesItem.watch((next) => {
    const engineChanged = JSON.stringify(enginePreferences(next)) !== JSON.stringify(enginePreferences(prefs));
    prefs = next;
    if (engineChanged) {
      rowPriorities.clear();
      refreshChips();
      analyse();
    }
    render();
  });
  ctx.onInvalidated(() => {
    unwatch();
    clearEvidence();
    removeAllChips(doc);
  });

  watchPage(ctx, { onNavigate: clearEvidence, onSettled: refresh }, doc.body);
  refresh();
}

/** Adapters report what they cannot read, but a page that changed under them must not stop the script. */
function safely<T>(read: () => T, fallback: (error: unknown) => T): T {
  try {
    return read();
  } catch (error) {
    console.warn('Tone Triage: the site adapter failed:', error);
    return fallback(error);
  }
}
