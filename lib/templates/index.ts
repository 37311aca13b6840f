import type { CategoryId } from '../engine/categories';
import type { ReplyTemplate } from './define-template';
import cancellationThreat from './cancellation-threat';
import legalThreat from './legal-threat';
import reputationThreat from './reputation-threat';
import paymentDispute from './payment-dispute';
import hostility from './hostility';
import blameDispute from './blame-dispute';
import scopeCreep from './scope-creep';
import unpaidWorkRequest from './unpaid-work-request';
import condescension from './condescension';
import urgencyPressure from './urgency-pressure';
import scheduleDisruption from './schedule-disruption';
import repeatedContact from './repeated-contact';
import appreciation from './appreciation';

/** Every built-in reply, one file per category in taxonomy order; a registry test keeps this in step. */
export const BUILT_IN_TEMPLATES: readonly ReplyTemplate[] = [
  ...cancellationThreat,
  ...legalThreat,
  ...reputationThreat,
  ...paymentDispute,
  ...hostility,
  ...blameDispute,
  ...scopeCreep,
  ...unpaidWorkRequest,
  ...condescension,
  ...urgencyPressure,
  ...scheduleDisruption,
  ...repeatedContact,
  ...appreciation,
];

export function templatesFor(category: CategoryId, templates: readonly ReplyTemplate[]): ReplyTemplate[] {
  return templates.filter((t) => t.category === category);
}

export type { ReplyTemplate } from './define-template';
export * from './render';
export * from './suggest';
export * from './values';
export * from './variables';
export * from './overrides';
