import { defineConfig } from 'wxt';

// Gmail and the three Outlook on the web hosts: the only pages the extension reads.
export const WEBMAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Tone Triage',
    description:
      'Flags difficult client emails in Gmail and Outlook on the web and drafts calm replies. Nothing leaves your browser.',
    permissions: ['storage'],
    host_permissions: WEBMAIL_HOSTS,
  },
});
