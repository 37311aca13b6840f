import { defineContentScript } from 'wxt/utils/define-content-script';
import { renderThreadDrafts } from '../../components/drafts/ThreadDrafts';
import { createSidebarHost } from '../../components/sidebar/mount';
import { startMailController } from '../../lib/content/controller';
import { listenForDraftInserts } from '../../lib/content/insert-request';
import { htmlToText } from '../../lib/engine/clean/html-to-text';
import { askEngine } from '../../lib/messaging';
import { SITE_HOSTS, siteForHostname } from '../../lib/sites';

// Reads the page and draws; the engine runs in the background worker (see lib/messaging.ts).
export default defineContentScript({
  matches: Object.keys(SITE_HOSTS).map((host) => `https://${host}/*`),
  cssInjectionMode: 'ui',
  async main(ctx) {
    const site = siteForHostname(location.hostname);
    if (!site) return;
    listenForDraftInserts(ctx, site);
    const sidebar = await createSidebarHost(ctx, { renderBelowFindings: renderThreadDrafts(site) });
    await startMailController({ ctx, site, sidebar, ask: askEngine, htmlToText: (html) => htmlToText(html) });
  },
});
