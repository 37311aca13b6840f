/**
 * Every variable a reply template may use, written `{{name}}` in its body. The source says where
 * the value comes from: the open thread, the user's profile, today's date, or the user at the
 * moment of replying (facts only they know, such as what was delivered and when).
 */
export const TEMPLATE_VARIABLES = [
  { name: 'client_first_name', label: 'Client first name', source: 'thread' },
  { name: 'subject', label: 'Subject', source: 'thread' },
  { name: 'evidence_quote', label: "Client's words", source: 'thread' },
  { name: 'my_name', label: 'Your name', source: 'profile' },
  { name: 'business_name', label: 'Business name', source: 'profile' },
  { name: 'hourly_rate', label: 'Hourly rate', source: 'profile' },
  { name: 'payment_terms', label: 'Payment terms', source: 'profile' },
  { name: 'booking_link', label: 'Booking link', source: 'profile' },
  { name: 'signature', label: 'Signature', source: 'profile' },
  { name: 'today', label: 'Today', source: 'date' },
  { name: 'next_business_day', label: 'Next business day', source: 'date' },
  { name: 'delivered_work', label: 'What was delivered', source: 'reply' },
  { name: 'delivery_date', label: 'Delivery date', source: 'reply' },
  { name: 'agreed_scope', label: 'Agreed scope', source: 'reply' },
] as const;

export type VariableName = (typeof TEMPLATE_VARIABLES)[number]['name'];

/** Values by variable name; an absent or blank value counts as unfilled. */
export type VariableValues = Partial<Record<string, string>>;

const byName = new Map<string, (typeof TEMPLATE_VARIABLES)[number]>(TEMPLATE_VARIABLES.map((v) => [v.name, v]));

export function isVariableName(name: string): name is VariableName {
  return byName.has(name);
}

/** A readable label; a name the registry does not know (a typo in a user template) shows as written. */
export function variableLabel(name: string): string {
  return byName.get(name)?.label ?? name;
}
