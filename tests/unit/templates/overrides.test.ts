import { describe, expect, test } from 'vitest';
import {
  addTemplate,
  deleteTemplate,
  duplicateTemplate,
  effectiveTemplates,
  NO_OVERRIDES,
  restoreBuiltIns,
  saveTemplate,
  type ReplyTemplate,
} from '../../../lib/templates';

const BUILT_INS: ReplyTemplate[] = [
  { id: 'scope_creep.a', category: 'scope_creep', title: 'A', body: 'a' },
  { id: 'scope_creep.b', category: 'scope_creep', title: 'B', body: 'b' },
];

describe('template overrides', () => {
  test('show the built-ins unchanged when the user changed nothing', () => {
    expect(effectiveTemplates(BUILT_INS, NO_OVERRIDES).map((t) => [t.id, t.origin])).toEqual([
      ['scope_creep.a', 'built-in'],
      ['scope_creep.b', 'built-in'],
    ]);
  });

  test('apply an edit of a built-in by id, in place', () => {
    const [a] = effectiveTemplates(BUILT_INS, NO_OVERRIDES);
    const overrides = saveTemplate(NO_OVERRIDES, a!, { title: 'A2', body: 'a2' });
    expect(effectiveTemplates(BUILT_INS, overrides)[0]).toMatchObject({ id: 'scope_creep.a', title: 'A2', body: 'a2', origin: 'edited' });
  });

  test('duplicate a template as the user own copy, after the built-ins', () => {
    const overrides = duplicateTemplate(NO_OVERRIDES, BUILT_INS[1]!, 'user.1');
    expect(effectiveTemplates(BUILT_INS, overrides).at(-1)).toMatchObject({ id: 'user.1', title: 'B (copy)', body: 'b', origin: 'custom' });
  });

  test('keep a built-in in its category when an edit names another', () => {
    const [a] = effectiveTemplates(BUILT_INS, NO_OVERRIDES);
    const overrides = saveTemplate(NO_OVERRIDES, a!, { title: 'A2', body: 'a2', category: 'hostility' });
    expect(overrides.edited['scope_creep.a']).toEqual({ title: 'A2', body: 'a2' });
    expect(effectiveTemplates(BUILT_INS, overrides)[0]!.category).toBe('scope_creep');
  });

  test('move a custom template to another category', () => {
    const overrides = addTemplate(NO_OVERRIDES, { id: 'user.1', category: 'hostility', title: 'Mine', body: 'x' });
    const mine = effectiveTemplates(BUILT_INS, overrides).at(-1)!;
    expect(saveTemplate(overrides, mine, { title: 'Mine', body: 'x', category: 'legal_threat' }).custom[0]!.category).toBe('legal_threat');
  });

  test('edit and delete a custom template in its own list', () => {
    let overrides = addTemplate(NO_OVERRIDES, { id: 'user.1', category: 'hostility', title: 'Mine', body: 'x' });
    const mine = effectiveTemplates(BUILT_INS, overrides).at(-1)!;
    overrides = saveTemplate(overrides, mine, { title: 'Mine 2', body: 'y' });
    expect(overrides.custom).toEqual([{ id: 'user.1', category: 'hostility', title: 'Mine 2', body: 'y' }]);
    expect(deleteTemplate(overrides, { ...mine }).custom).toEqual([]);
  });

  test('hide a deleted built-in and drop its edit', () => {
    const [a] = effectiveTemplates(BUILT_INS, NO_OVERRIDES);
    const edited = saveTemplate(NO_OVERRIDES, a!, { title: 'A2', body: 'a2' });
    const overrides = deleteTemplate(edited, effectiveTemplates(BUILT_INS, edited)[0]!);
    expect(overrides.edited).toEqual({});
    expect(effectiveTemplates(BUILT_INS, overrides).map((t) => t.id)).toEqual(['scope_creep.b']);
  });

  test('restore every built-in as shipped while keeping the user own templates', () => {
    let overrides = addTemplate(NO_OVERRIDES, { id: 'user.1', category: 'hostility', title: 'Mine', body: 'x' });
    overrides = deleteTemplate(overrides, effectiveTemplates(BUILT_INS, overrides)[0]!);
    overrides = saveTemplate(overrides, effectiveTemplates(BUILT_INS, overrides)[0]!, { title: 'B2', body: 'b2' });
    const restored = effectiveTemplates(BUILT_INS, restoreBuiltIns(overrides));
    expect(restored.map((t) => [t.id, t.title, t.origin])).toEqual([
      ['scope_creep.a', 'A', 'built-in'],
      ['scope_creep.b', 'B', 'built-in'],
      ['user.1', 'Mine', 'custom'],
    ]);
  });
});
