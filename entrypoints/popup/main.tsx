import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupActions } from '../../components/popup/PopupApp';
import { PopupDrafts } from '../../components/popup/PopupDrafts';
import { useThreadRecords } from '../../components/popup/use-thread-records';
import { deleteAllData } from '../../lib/storage/delete-all';
import { setThreadState } from '../../lib/storage/threads';
import { openThread } from '../../lib/threads/open-thread';
import { tomorrowMorning } from '../../lib/threads/record';
import './popup.css';

const actions: PopupActions = {
  open: (record) => void openThread(record),
  setState: (key, change) => void setThreadState(key, change),
  snoozeUntil: tomorrowMorning,
  openSettings: () => void browser.runtime.openOptionsPage(),
  deleteAll: () => void deleteAllData(),
};

function Popup() {
  const { records, loaded, problem } = useThreadRecords();
  return (
    <PopupApp
      records={records}
      loaded={loaded}
      problem={problem}
      actions={actions}
      renderDrafts={(record) => <PopupDrafts key={record.threadId} record={record} />}
    />
  );
}

createRoot(document.getElementById('root')!).render(<Popup />);
