import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzeThread } from '../lib/engine';
import { parseEngineRequest, toThreadRecord, triageRows } from '../lib/engine-host';
import type { EngineReply, EngineRequest } from '../lib/messaging';
import { enginePreferences, preferencesItem } from '../lib/storage/preferences';
import { recordThread, threadRecordsItem } from '../lib/storage/threads';
import { badgeText, type ThreadRecord } from '../lib/threads/record';

// The engine (with compromise) lives here, off the webmail page's main thread.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const request = parseEngineRequest(message);
    if (!request || sender.id !== browser.runtime.id) return false;
    answer(request)
      .catch((error: unknown): EngineReply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }))
      .then(sendResponse);
    // Chrome keeps the channel open for an asynchronous answer only when the listener returns true.
    return true;
  });
  // The badge follows the stored records whoever changes them (handled, snoozed and undone in the
  // popup too), and is worked out again whenever the worker starts: the browser forgets it on restart.
  threadRecordsItem.watch(showBadge);
  void threadRecordsItem.get().then(({ value }) => showBadge(value));
  // compromise builds its lexicon and each pattern on first use (a few hundred ms): pay that while the
  // worker starts, not while someone waits for the flags of a thread.
  setTimeout(() => analyzeThread([{ text: WARM_UP_TEXT }]), 0);
});

function showBadge(records: ThreadRecord[]) {
  void browser.action.setBadgeText({ text: badgeText(records, Date.now()) });
}

const WARM_UP_TEXT = "Third email, still waiting. I'm not paying this invoice and we'll take our business elsewhere.";

async function answer(request: EngineRequest): Promise<EngineReply> {
  const { value: prefs, problem } = await preferencesItem.get();
  if (problem) console.warn('Tone Triage:', problem);
  const preferences = enginePreferences(prefs);
  if (request.type === 'triage-rows') return { ok: true, value: triageRows(request.rows, preferences) };
  const result = analyzeThread(request.messages, { preferences });
  await recordThread(toThreadRecord(request.origin, result, Date.now())).catch((error: unknown) =>
    console.warn('Tone Triage: could not record the thread for the popup:', error),
  );
  return { ok: true, value: result };
}
