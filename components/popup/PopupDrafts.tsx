import { useMemo } from 'react';
import { DraftsPanel } from '../drafts/DraftsPanel';
import { useStored } from '../shared/use-stored';
import { categoryPriority } from '../../lib/engine/categories';
import { settingsItem } from '../../lib/storage/settings';
import { BUILT_IN_TEMPLATES, effectiveTemplates } from '../../lib/templates';
import { insertIntoThreadReply } from '../../lib/threads/open-thread';
import type { ThreadRecord } from '../../lib/threads/record';

const POPUP_TEST_IDS = { suggestion: 'tt-popup-template', insert: 'tt-popup-insert' };

/** The suggested replies for a thread in the queue, inserted through the thread's own tab. */
export function PopupDrafts({ record }: { record: ThreadRecord }) {
  const settings = useStored(settingsItem);
  // Records keep each finding's category; its priority follows from it.
  const findings = useMemo(
    () => record.findings.map((f) => ({ ...f, priority: categoryPriority(f.category) })),
    [record.findings],
  );
  if (!settings.value) return null;
  return (
    <DraftsPanel
      findings={findings}
      thread={{ senderName: record.sender, subject: record.subject }}
      profile={settings.value.profile}
      templates={effectiveTemplates(BUILT_IN_TEMPLATES, settings.value.templates)}
      testIds={POPUP_TEST_IDS}
      onInsert={async (text, existingText) => {
        const reply = await insertIntoThreadReply(record, text, existingText);
        return reply.status === 'no-thread' ? { status: 'no-editor' } : reply;
      }}
    />
  );
}
