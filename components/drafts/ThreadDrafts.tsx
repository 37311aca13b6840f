import type { ThreadSidebarState } from '../sidebar/mount';
import { insertDraftIntoReply } from '../../lib/sites/editor';
import type { MailSite } from '../../lib/sites/mail-site';
import { settingsItem } from '../../lib/storage/settings';
import { BUILT_IN_TEMPLATES, effectiveTemplates } from '../../lib/templates';
import { useStored } from '../shared/use-stored';
import { DraftsPanel } from './DraftsPanel';

interface ThreadDraftsProps {
  state: ThreadSidebarState;
  site: Pick<MailSite, 'openReplyEditor' | 'replyBoundarySelectors'>;
}

/**
 * The drafts panel for the open thread, in the sidebar's slot: replies for the thread's findings
 * (the most pressing first), addressed to the sender of the newest flagged message.
 */
export function ThreadDrafts({ state, site }: ThreadDraftsProps) {
  const settings = useStored(settingsItem);
  if (!settings.value) return null;
  const { messages } = state.findings;
  const newest = messages.at(-1);
  const sender = newest ? state.thread.messages[newest.messageIndex] : undefined;
  return (
    <DraftsPanel
      findings={messages.flatMap((m) => m.findings)}
      thread={{ senderName: sender?.senderName ?? newest?.sender, subject: state.thread.subject }}
      profile={settings.value.profile}
      templates={effectiveTemplates(BUILT_IN_TEMPLATES, settings.value.templates)}
      onInsert={(text, existingText) => insertDraftIntoReply(site, document, text, existingText)}
    />
  );
}

/** For the content script (a .ts file): the sidebar host's `renderBelowFindings`. */
export const renderThreadDrafts = (site: ThreadDraftsProps['site']) => (state: ThreadSidebarState) => (
  <ThreadDrafts key={state.thread.threadId} state={state} site={site} />
);
