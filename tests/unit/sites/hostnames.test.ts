import { describe, expect, test } from 'vitest';
import { SITE_HOSTS, siteForHostname } from '../../../lib/sites';

describe('the hostname map', () => {
  test.each([
    ['mail.google.com', 'gmail'],
    ['outlook.live.com', 'outlook'],
    ['outlook.office.com', 'outlook'],
    ['outlook.office365.com', 'outlook'],
    ['Mail.Google.com', 'gmail'],
  ])('picks the right adapter for %s', (hostname, id) => {
    expect(siteForHostname(hostname)?.id).toBe(id);
  });

  test.each(['google.com', 'inbox.google.com', 'outlook.com', 'evil-mail.google.com.example', 'constructor', ''])(
    'has no adapter for %s',
    (hostname) => {
      expect(siteForHostname(hostname)).toBeNull();
    },
  );

  test('lists only hosts whose adapter exists', () => {
    for (const hostname of Object.keys(SITE_HOSTS)) expect(siteForHostname(hostname)).not.toBeNull();
  });
});
