import { startTransition, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OWN_NODE_ATTRIBUTE } from '../../lib/content/page-watch';
import type { SidebarState, SidebarView } from '../../lib/content/sidebar-model';
import { Sidebar } from './Sidebar';

export type ThreadSidebarState = Extract<SidebarState, { kind: 'thread' }>;

export interface SidebarHostOptions {
  /** Renders under the findings of a readable thread (the drafts panel goes here). */
  renderBelowFindings?: (state: ThreadSidebarState, threadKey: string) => ReactNode;
}

/**
 * The one sidebar of a content script: a shadow root at the end of the page's body (so the site's
 * re-renders never drop it), empty until a thread opens, removed with the content script.
 */
export async function createSidebarHost(ctx: ContentScriptContext, options: SidebarHostOptions = {}): Promise<SidebarView> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'tone-triage-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, _shadow, host) {
      host.setAttribute(OWN_NODE_ATTRIBUTE, 'sidebar');
      return createRoot(container);
    },
    onRemove: (root) => root?.unmount(),
  });
  // Mounted empty at once, so opening the first thread only renders into it.
  ui.mount();
  const root = ui.mounted!;
  return {
    render(content) {
      // A transition lets React render in slices that yield to the page: no long task in Gmail.
      startTransition(() => {
        if (!content) return root.render(null);
        const { threadKey, ...props } = content;
        const below = content.state.kind === 'thread' ? options.renderBelowFindings?.(content.state, threadKey) : null;
        root.render(<Sidebar {...props}>{below}</Sidebar>);
      });
    },
  };
}
