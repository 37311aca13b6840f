import type { Rule } from './define-rule';
import cancellationThreat from './cancellation-threat';

/** Every rule, one per taxonomy category; tests/unit/rules-registry.test.ts keeps this in step. */
export const RULES: readonly Rule[] = [cancellationThreat];
