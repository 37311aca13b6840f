import type { ThreadSidebarState } from '../sidebar/mount';
import { insertDraftIntoReply } from '../../lib/sites/editor';
import type { MailSite } from '../../lib/sites/mail-site';
import { settingsItem } from '../../lib/storage/settings';
import { BUILT_IN_TEMPLATES, effectiveTemplates } from '../../lib/templates';
import { useStored } from '../shared/use-stored';
import { DraftsPanel } from './DraftsPanel';

interface ThreadDraftsProps {
  state: ThreadSidebarState;
  site: Pick<MailSite, 'openReplyEditor' | 'replyBoundarySelectors' | 'account'>;
}

/**
 * The drafts panel for the open thread, in the sidebar's slot: replies for the client's flagged
 * messages (the most pressing finding first), addressed to the sender of the newest one.
 */
export function ThreadDrafts({ state, site }: ThreadDraftsProps) {
  const settings = useStored(settingsItem);
  if (!settings.value) return null;
  // The user's own messages in the thread are not what the reply answers.
  const account = site.account(document)?.toLowerCase();
  const fromClient = state.findings.messages.filter(
    (m) => !account || state.thread.messages[m.messageIndex]?.senderEmail?.toLowerCase() !== account,
  );
  const newest = fromClient.at(-1);
  const sender = newest ? state.thread.messages[newest.messageIndex] : undefined;
  return (
    <DraftsPanel
      findings={fromClient.flatMap((m) => m.findings)}
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
