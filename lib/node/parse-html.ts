import { DOMParser } from 'linkedom';

/** A real HTML parser for Node (the CLI, scripts and tests); the browser uses its own DOMParser. */
export function parseHtmlNode(html: string): Document {
  // linkedom builds the tree literally: without both <html> and <body> (a Gmail part is a bare
  // <div>) document.body stays empty, and plain text leaves no root at all. Browsers add the
  // missing wrappers, so this does too.
  const complete = /<html[\s>]/i.test(html) && /<body[\s>]/i.test(html);
  const page = complete ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return new DOMParser().parseFromString(page, 'text/html') as unknown as Document;
}
