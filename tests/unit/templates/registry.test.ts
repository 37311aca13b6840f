import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../../lib/engine/categories';
import { BUILT_IN_TEMPLATES, isVariableName, templatesFor, templateVariables } from '../../../lib/templates';

const templateDir = fileURLToPath(new URL('../../../lib/templates/', import.meta.url));
const SUPPORT_FILES = ['define-template.ts', 'index.ts', 'overrides.ts', 'render.ts', 'suggest.ts', 'values.ts', 'variables.ts'];

describe('the template registry', () => {
  test.each(CATEGORY_IDS.filter((c) => c !== 'appreciation'))('offers at least two replies for %s', (category) => {
    expect(templatesFor(category, BUILT_IN_TEMPLATES).length).toBeGreaterThanOrEqual(2);
  });

  test('gives every template a unique id prefixed by its category', () => {
    const ids = BUILT_IN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of BUILT_IN_TEMPLATES) expect(t.id.startsWith(`${t.category}.`)).toBe(true);
  });

  test('registers one file per category and nothing else', () => {
    const categoryFiles = readdirSync(templateDir).filter((f) => !SUPPORT_FILES.includes(f));
    const expected = CATEGORY_IDS.map((id) => `${id.replaceAll('_', '-')}.ts`);
    expect(categoryFiles.sort()).toEqual([...expected].sort());
  });

  test.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s uses only known variables', (_id, template) => {
    expect(templateVariables(template.body).filter((name) => !isVariableName(name))).toEqual([]);
  });

  test.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s greets the client and signs off', (_id, t) => {
    expect(t.body.startsWith('Hi {{client_first_name}},')).toBe(true);
    expect(t.body.endsWith('{{signature}}')).toBe(true);
  });
});

// The tone rules of the brief, as far as words can check them: no apologising for charging, no sarcasm.
describe('the built-in wording', () => {
  const bodies = BUILT_IN_TEMPLATES.map((t) => [t.id, t.body] as const);
  test.each(bodies)('%s does not apologise', (_id, body) => {
    expect(body).not.toMatch(/\b(sorry|apologi[sz]e|apologies)\b/i);
  });
  test.each(bodies)('%s avoids sarcastic or loaded phrasing', (_id, body) => {
    expect(body).not.toMatch(/\b(as I said|obviously|clearly you|per my last|with all due respect|just)\b/i);
  });
});
