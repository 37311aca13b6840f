import { browser } from 'wxt/browser';
import type { ThreadRecord } from './record';

/** Focuses the webmail tab already showing the thread's site, on that thread, or opens a new one. */
export async function openThread(record: Pick<ThreadRecord, 'url'>): Promise<number | undefined> {
  const origin = new URL(record.url).origin;
  const tabs = await browser.tabs.query({ url: `${origin}/*` });
  const tab = tabs.find((t) => t.url === record.url) ?? tabs[0];
  if (tab?.id === undefined) return (await browser.tabs.create({ url: record.url })).id;
  await browser.tabs.update(tab.id, { active: true, ...(tab.url === record.url ? {} : { url: record.url }) });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  return tab.id;
}
