import type { CategoryId } from '../engine/categories';

/** One reply: a title the user picks it by, and a body with `{{variables}}` (see variables.ts). */
export interface ReplyTemplate {
  /** `category.slug`, stable so a user's edit of a built-in template can refer to it. */
  id: string;
  category: CategoryId;
  title: string;
  body: string;
}

// Every built-in reply opens and closes the same way; only the paragraphs between differ.
const GREETING = 'Hi {{client_first_name}},';
const SIGN_OFF = 'Kind regards,\n{{signature}}';

/**
 * A category's built-in replies; the file name is the category and the ids follow from it. Each
 * reply is written as its middle paragraphs, joined by blank lines between greeting and sign-off.
 */
export function defineTemplates(
  category: CategoryId,
  templates: ReadonlyArray<{ slug: string; title: string; paragraphs: readonly string[] }>,
): ReplyTemplate[] {
  return templates.map(({ slug, title, paragraphs }) => ({
    id: `${category}.${slug}`,
    category,
    title,
    body: [GREETING, ...paragraphs, SIGN_OFF].join('\n\n'),
  }));
}
