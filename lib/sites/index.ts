import { gmailSite } from './gmail/adapter';
import type { MailSite, SiteId } from './mail-site';
import { outlookSite } from './outlook/adapter';

export type { InboxRowView, MailSite, ReplyEditorOptions, SiteId, ThreadMessageView, ThreadRead, ThreadView } from './mail-site';

/** Which adapter serves which webmail host. */
export const SITE_HOSTS: Readonly<Record<string, SiteId>> = {
  'mail.google.com': 'gmail',
  'outlook.live.com': 'outlook',
  'outlook.office.com': 'outlook',
  'outlook.office365.com': 'outlook',
};

const SITES: Readonly<Record<SiteId, MailSite>> = { gmail: gmailSite, outlook: outlookSite };

export function siteById(id: SiteId): MailSite {
  return SITES[id];
}

/** The adapter for a page's hostname, or null on any other site. */
export function siteForHostname(hostname: string): MailSite | null {
  const host = hostname.toLowerCase();
  const id = Object.hasOwn(SITE_HOSTS, host) ? SITE_HOSTS[host] : undefined;
  return id ? SITES[id] : null;
}
