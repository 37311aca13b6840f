import { describe, expect, test } from 'vitest';
import { BUILT_IN_TEMPLATES, renderTemplate, templateVariables, TEMPLATE_VARIABLES } from '../../../lib/templates';

const EVERY_VALUE = Object.fromEntries(TEMPLATE_VARIABLES.map((v) => [v.name, `<${v.name}>`]));

describe('renderTemplate', () => {
  test('fills a variable and keeps the text around it', () => {
    const draft = renderTemplate('Hi {{client_first_name}}, thanks.', { client_first_name: 'Dana' });
    expect(draft.text).toBe('Hi Dana, thanks.');
    expect(draft.missing).toEqual([]);
  });

  test('shows an unfilled variable as a labelled blank and reports it once', () => {
    const draft = renderTemplate('{{hourly_rate}} or {{hourly_rate}}', {});
    expect(draft.text).toBe('[Hourly rate] or [Hourly rate]');
    expect(draft.missing).toEqual(['hourly_rate']);
  });

  test('treats a blank value as unfilled', () => {
    expect(renderTemplate('{{subject}}', { subject: '   ' }).missing).toEqual(['subject']);
  });

  test('accepts spaces inside the braces', () => {
    expect(renderTemplate('{{ subject }}', { subject: 'Invoice 42' }).text).toBe('Invoice 42');
  });

  test('reports a variable it does not know as unfilled, under its own name', () => {
    const draft = renderTemplate('Ref {{po_number}}', {});
    expect(draft.text).toBe('Ref [po_number]');
    expect(draft.missing).toEqual(['po_number']);
  });

  test('cuts the body into text and variable segments in order', () => {
    const draft = renderTemplate('A {{subject}} B {{today}}', { subject: 'S' });
    expect(draft.segments).toEqual([
      { kind: 'text', text: 'A ' },
      { kind: 'variable', name: 'subject', label: 'Subject', value: 'S' },
      { kind: 'text', text: ' B ' },
      { kind: 'variable', name: 'today', label: 'Today', value: null },
    ]);
  });

  test('leaves a body without variables as it is', () => {
    expect(renderTemplate('Plain {text}', {})).toEqual({ text: 'Plain {text}', segments: [{ kind: 'text', text: 'Plain {text}' }], missing: [] });
  });
});

describe.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s', (_id, template) => {
  const names = templateVariables(template.body);

  test('renders completely when every variable is present', () => {
    const draft = renderTemplate(template.body, EVERY_VALUE);
    expect(draft.missing).toEqual([]);
    expect(draft.text).not.toMatch(/\{\{|\}\}|\[/);
    for (const name of names) expect(draft.text).toContain(`<${name}>`);
  });

  test.each(names)('reports %s as missing when it alone is absent', (name) => {
    const { [name]: _absent, ...rest } = EVERY_VALUE;
    const draft = renderTemplate(template.body, rest);
    expect(draft.missing).toEqual([name]);
    expect(draft.text).not.toContain(`<${name}>`);
    expect(draft.text).toMatch(/\[[^\]]+\]/);
  });
});
