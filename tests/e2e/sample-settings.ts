/** A filled-in profile and untouched templates, as stored under `settings`. */
export const PROFILE = {
  name: 'Sam Rivera',
  business: 'Rivera Studio',
  hourlyRate: 'USD 95 per hour',
  paymentTerms: 'payment within 14 days of invoice',
  bookingLink: 'https://cal.example/sam',
  signature: 'Sam Rivera, Rivera Studio',
};

export const SETTINGS = { profile: PROFILE, templates: { custom: [], edited: {}, deleted: [] } };
