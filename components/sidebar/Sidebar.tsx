import type { ReactNode } from 'react';
import type { SidebarActions, SidebarContent, SidebarState } from '../../lib/content/sidebar-model';
import { FindingCard } from './FindingCard';
import './sidebar.css';

export interface SidebarProps extends Omit<SidebarContent, 'threadKey'> {
  /** Shown under the findings of a readable thread: the slot for the reply drafts panel. */
  children?: ReactNode;
}

/** The panel docked at the right of the open thread: its priority and its findings, by message. */
export function Sidebar({ state, collapsed, top, actions, children }: SidebarProps) {
  const priority = state.kind === 'thread' ? state.findings.priority : undefined;
  return (
    <aside
      className={collapsed ? 'tt-sidebar tt-collapsed' : 'tt-sidebar'}
      data-testid="tt-sidebar"
      aria-label="Tone Triage"
      style={{ top, maxHeight: `calc(100vh - ${top}px - 8px)` }}
    >
      <header className="tt-header">
        <button
          type="button"
          className="tt-toggle"
          aria-expanded={!collapsed}
          aria-label={collapsed ? 'Open Tone Triage' : 'Collapse Tone Triage'}
          onClick={actions.toggleCollapsed}
        >
          {collapsed ? '‹' : '›'}
        </button>
        {!collapsed && <h2 className="tt-title">Tone Triage</h2>}
        {priority && (
          <span className="tt-priority" data-testid="tt-priority" data-priority={priority} title={`Thread priority: ${priority}`}>
            {priority}
          </span>
        )}
      </header>
      {!collapsed && (
        <div className="tt-body">
          <SidebarBody state={state} actions={actions} />
          {state.kind === 'thread' && children}
        </div>
      )}
    </aside>
  );
}

function SidebarBody({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  switch (state.kind) {
    case 'reading':
      return <p className="tt-note">Reading this thread…</p>;
    case 'unreadable':
      return (
        <div className="tt-note" role="status">
          <strong>Tone Triage can't read this thread</strong>
          <p>The page looks different from what Tone Triage knows. Your mail works as usual.</p>
        </div>
      );
    case 'failed':
      return (
        <div className="tt-note" role="status">
          <strong>Tone Triage could not check this thread</strong>
          <p>{state.error}</p>
        </div>
      );
    case 'thread':
      if (state.findings.messages.length === 0) return <p className="tt-note">Nothing difficult in this thread.</p>;
      return (
        <>
          {state.findings.messages.map((message) => (
            <section className="tt-message" key={message.messageIndex}>
              <h3 className="tt-message-head">
                {message.sender || 'Message ' + (message.messageIndex + 1)}
                {message.date && <span className="tt-date"> · {message.date}</span>}
              </h3>
              <ul className="tt-findings">
                {message.findings.map((finding) => (
                  <FindingCard key={finding.key} finding={finding} actions={actions} />
                ))}
              </ul>
            </section>
          ))}
        </>
      );
  }
}
