import { defineTemplates } from './define-template';

export default defineTemplates('schedule_disruption', [
  {
    slug: 'offer-next-slots',
    title: 'Offer the next available slots',
    paragraphs: [
      "Thanks for getting in touch. I'm not able to take a call right now, but I have time from {{next_business_day}}.",
      'Please pick whichever slot suits you here: {{booking_link}}',
    ],
  },
  {
    slug: 'rebook-missed-call',
    title: 'Rebook a missed call',
    paragraphs: [
      "We didn't manage to connect at the scheduled time. I have other commitments for the rest of today, so rather than meeting now, please book a new time that works for you: {{booking_link}}",
      'The earliest openings are on {{next_business_day}}.',
    ],
  },
]);
