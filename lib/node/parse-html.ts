import { DOMParser } from 'linkedom';

/** A real HTML parser for Node (the CLI, scripts and tests); the browser uses its own DOMParser. */
export function parseHtmlNode(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
