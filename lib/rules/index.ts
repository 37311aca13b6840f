import type { Rule } from './define-rule';
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

/** Every rule, one per taxonomy category, in taxonomy order; a registry test keeps this in step. */
export const RULES: readonly Rule[] = [
  cancellationThreat,
  legalThreat,
  reputationThreat,
  paymentDispute,
  hostility,
  blameDispute,
  scopeCreep,
  unpaidWorkRequest,
  condescension,
  urgencyPressure,
  scheduleDisruption,
  repeatedContact,
  appreciation,
];
