import { describe, expect, test } from 'vitest';
import { GMAIL_THREAD_HASH } from '../../../lib/sites/gmail/selectors';
import { OUTLOOK_ITEM_PATH } from '../../../lib/sites/outlook/selectors';

describe('thread ids in webmail URLs', () => {
  test.each([
    ['#inbox/18f2b7c3a9d4e501', '18f2b7c3a9d4e501'],
    ['#inbox/FMfcgzQXJWbvtDKzSqwLcQhXBpJmvXkR', 'FMfcgzQXJWbvtDKzSqwLcQhXBpJmvXkR'],
    ['#label/Clients/18f2b7c3a9d4e501', '18f2b7c3a9d4e501'],
    ['#search/invoice+2047/18f2b7c3a9d4e501', '18f2b7c3a9d4e501'],
    ['#inbox/18f2b7c3a9d4e501?compose=new', '18f2b7c3a9d4e501'],
  ])('reads the Gmail thread id from %s', (hash, id) => {
    expect(GMAIL_THREAD_HASH.exec(hash)?.[1]).toBe(id);
  });

  test.each([
    '#inbox',
    '#label/Clients',
    '#settings/general',
    '#inbox?compose=new',
    '#search/invoice',
    '#search/invoicereminderfromderek',
    '#label/ClientsWithOverdueInvoices',
  ])(
    'finds no Gmail thread in %s',
    (hash) => {
      expect(GMAIL_THREAD_HASH.exec(hash)).toBeNull();
    },
  );

  test.each([
    ['/mail/inbox/id/AAQkADAw%3D', 'AAQkADAw%3D'],
    ['/mail/id/AAQkADAw%3D', 'AAQkADAw%3D'],
    ['/mail/0/inbox/id/AAQkADAw', 'AAQkADAw'],
    ['/mail/sentitems/id/AAQkADAw', 'AAQkADAw'],
  ])('reads the Outlook item id from %s', (path, id) => {
    expect(OUTLOOK_ITEM_PATH.exec(path)?.[1]).toBe(id);
  });

  test.each(['/mail/inbox', '/mail/', '/calendar/view/month'])('finds no Outlook item in %s', (path) => {
    expect(OUTLOOK_ITEM_PATH.exec(path)).toBeNull();
  });
});
