/** The 13 categories of ../shared/spec/taxonomy.md, in display order, with their severity. */
export const CATEGORIES = [
  { id: 'cancellation_threat', name: 'Cancellation threat', priority: 'high' },
  { id: 'legal_threat', name: 'Legal threat', priority: 'high' },
  { id: 'reputation_threat', name: 'Reputation threat', priority: 'high' },
  { id: 'payment_dispute', name: 'Payment dispute', priority: 'high' },
  { id: 'hostility', name: 'Hostility', priority: 'high' },
  { id: 'blame_dispute', name: 'Blame dispute', priority: 'medium' },
  { id: 'scope_creep', name: 'Scope creep', priority: 'medium' },
  { id: 'unpaid_work_request', name: 'Unpaid work request', priority: 'medium' },
  { id: 'condescension', name: 'Condescension', priority: 'medium' },
  { id: 'urgency_pressure', name: 'Urgency pressure', priority: 'low' },
  { id: 'schedule_disruption', name: 'Schedule disruption', priority: 'low' },
  { id: 'repeated_contact', name: 'Repeated contact', priority: 'low' },
  { id: 'appreciation', name: 'Appreciation', priority: 'none' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];
export type Priority = 'high' | 'medium' | 'low' | 'none';

export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

export const PRIORITY_ORDER: readonly Priority[] = ['none', 'low', 'medium', 'high'];

const byId = new Map(CATEGORIES.map((c) => [c.id as CategoryId, c]));

export function categoryPriority(id: CategoryId): Priority {
  return byId.get(id)!.priority;
}

export function categoryName(id: CategoryId): string {
  return byId.get(id)!.name;
}

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && byId.has(value as CategoryId);
}

export function priorityRank(priority: Priority): number {
  return PRIORITY_ORDER.indexOf(priority);
}

export function highestPriority(priorities: Iterable<Priority>): Priority {
  let best: Priority = 'none';
  for (const p of priorities) if (priorityRank(p) > priorityRank(best)) best = p;
  return best;
}
