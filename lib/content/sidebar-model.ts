import { categoryName, highestPriority, priorityRank, type CategoryId, type Priority } from '../engine/categories';
import type { Finding, ThreadResult } from '../engine/types';
import type { ThreadView } from '../sites/mail-site';
import { dismissalKey } from '../storage/preferences';

/** One finding as the sidebar shows it. */
export interface FindingView {
  /** Stable across re-reads of the thread: the dismissal key. */
  key: string;
  messageIndex: number;
  category: CategoryId;
  categoryName: string;
  priority: Priority;
  evidence: string;
  explanation: string;
  confidence: number;
}

export interface MessageFindings {
  messageIndex: number;
  sender: string;
  date?: string;
  findings: FindingView[];
}

export interface ThreadFindings {
  priority: Priority;
  messages: MessageFindings[];
}

/**
 * Groups a thread's findings by message, without the ones the user set aside. Hiding can only lower
 * the priority the engine gave (it may have softened it already, for thanks in the newest message).
 */
export function buildThreadFindings(
  thread: ThreadView,
  threadKey: string,
  result: ThreadResult,
  isHidden: (finding: FindingView) => boolean,
): ThreadFindings {
  const perMessage: Array<Array<Finding & { messageIndex: number }>> = result.messages.map((m, messageIndex) =>
    m.findings.map((f) => ({ ...f, messageIndex })),
  );
  for (const f of result.threadFindings) perMessage[f.messageIndex]?.push(f);

  const messages = perMessage
    .map((findings, messageIndex) => ({
      messageIndex,
      sender: thread.messages[messageIndex]?.senderName ?? thread.messages[messageIndex]?.senderEmail ?? '',
      date: thread.messages[messageIndex]?.date,
      findings: findings
        .map((f) => toView(threadKey, f))
        .filter((f) => !isHidden(f))
        .sort((a, b) => priorityRank(b.priority) - priorityRank(a.priority) || b.confidence - a.confidence),
    }))
    .filter((m) => m.findings.length > 0);

  const visible = highestPriority(messages.flatMap((m) => m.findings.map((f) => f.priority)));
  const priority = priorityRank(visible) < priorityRank(result.priority) ? visible : result.priority;
  return { priority, messages };
}

function toView(threadKey: string, f: Finding & { messageIndex: number }): FindingView {
  return {
    key: dismissalKey(threadKey, f),
    messageIndex: f.messageIndex,
    category: f.category,
    categoryName: categoryName(f.category),
    priority: f.priority,
    evidence: f.evidence,
    explanation: f.explanation,
    confidence: f.confidence,
  };
}

/** What the sidebar shows for the page's current view. */
export type SidebarState =
  | { kind: 'reading' }
  | { kind: 'unreadable' }
  | { kind: 'failed'; error: string }
  | { kind: 'thread'; findings: ThreadFindings; thread: ThreadView; result: ThreadResult };

export interface SidebarActions {
  toggleCollapsed(): void;
  showEvidence(finding: FindingView): void;
  dismiss(finding: FindingView): void;
  allowPhrase(finding: FindingView): void;
  muteCategory(finding: FindingView): void;
}

export interface SidebarContent {
  threadKey: string;
  state: SidebarState;
  collapsed: boolean;
  /** Viewport offset of the thread's top edge, where the docked sidebar starts. */
  top: number;
  actions: SidebarActions;
}

/** Where the controller draws: the React sidebar in a shadow root, or a fake in tests. */
export interface SidebarView {
  /** Shows the content, or hides the sidebar when there is no thread. */
  render(content: SidebarContent | null): void;
}
