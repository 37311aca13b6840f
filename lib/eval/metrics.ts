import { CATEGORY_IDS, categoryPriority, highestPriority, type CategoryId, type Priority } from '../engine/categories';

export interface Scored {
  expected: readonly CategoryId[];
  predicted: readonly CategoryId[];
  predictedPriority: Priority;
}

export interface CategoryScore {
  category: CategoryId;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalReport {
  perCategory: CategoryScore[];
  macroF1: number;
  /** Share of calm messages (expected priority none) that were given high or medium priority. */
  falseAlarmRate: number;
  calmMessages: number;
  messages: number;
}

export function score(items: readonly Scored[]): EvalReport {
  const perCategory = CATEGORY_IDS.map((category): CategoryScore => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const item of items) {
      const want = item.expected.includes(category);
      const got = item.predicted.includes(category);
      if (want && got) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : tp + fn ? 0 : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { category, precision, recall, f1, support: tp + fn };
  });
  const calm = items.filter((i) => highestPriority(i.expected.map(categoryPriority)) === 'none');
  const alarms = calm.filter((i) => i.predictedPriority === 'high' || i.predictedPriority === 'medium');
  return {
    perCategory,
    macroF1: perCategory.reduce((s, c) => s + c.f1, 0) / perCategory.length,
    falseAlarmRate: calm.length ? alarms.length / calm.length : 0,
    calmMessages: calm.length,
    messages: items.length,
  };
}
