import { browser } from 'wxt/browser';

/** "Delete all data": every record, setting and list this extension stored, in every area. */
export async function deleteAllData(): Promise<void> {
  await Promise.all([browser.storage.local.clear(), browser.storage.sync?.clear()]);
}
