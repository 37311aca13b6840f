import { describe, expect, test } from 'vitest';
import { evidenceOf } from './findings-of';

// Other ways people ask for free analysis or advice, and the paid engagements and
// questions about your own service that share their words.
// Each sentence runs through the whole engine.
const evidence = (text: string) => evidenceOf('unpaid_work_request', text);

describe('unpaid_work_request', () => {
  test.each([
    "Could you go over our contract with the other supplier and tell us if we're being ripped off?",
    "I'd really value your take on why our conversion dropped, as a friend rather than a client.",
    "Can one of your techs remote into my home PC and find out why it's slow? It's not your software.",
    'Could you put together a recommendation on which accounting software we should switch to?',
    'You know our industry, could you benchmark our prices against competitors for us?',
    "Mind giving our marketing plan a once-over and telling us what you'd change?",
    'Could you analyse our customer survey results and tell us what they mean?',
    "We'd love your advice on restructuring our team, just an informal chat.",
    "You're so good at spreadsheets, could you build our budget for next year?",
    'Before we commit to anything, could you do a full review of our current setup for us?',
    'Our other provider messed up our DNS; could you figure out what they did wrong?',
    "Could you find out why our phones keep dropping calls? It's probably our router.",
    'Would you mind doing a quick audit of our social accounts, as a favour?',
    "Could you take a look at our server configuration and tell us what's wrong? We're not on a support plan.",
    "Would you be willing to review our business plan and give us feedback? We can't pay for consulting right now.",
    "Can you help us figure out why our own payroll numbers don't add up?",
    'As our web designer, could you also diagnose why our office wifi is so slow?',
    "I'd love to tap into your expertise on our pricing strategy sometime.",
    "Could you dig into our analytics and find out where we're losing visitors?",
    'Could you go through their firewall config and see what the old IT firm broke?',
    "Would you tell us your honest opinion on what the previous builder has done to the loft?",
    "We'd rather not pay another consultant to investigate, to be honest.",
    'Could your developers read through our scripts and document how they fit together?',
    'Any findings you could send over would really help us narrow the cause down.',
    'Please pull the firewall logs from your side and let us know which addresses look suspicious.',
    'Could you reproduce the crash on your own staging environment?',
    'This would help us close out the root cause analysis this week.',
    'Would you do a quick health check of our ad accounts?',
    'Just send a rundown of what to fix on the homepage.',
    'Before we commit, could you sketch out a couple of homepage concepts?',
    'It would help us see if we like your style.',
    'Once I have the plan I will shop it around a few studios.',
    "It would all be off the record, not a project as such.",
    "You're the pros, so you could tell us which CRM to pick.",
    'Could you figure out where we went wrong with the VAT return?',
    "Could you have a quick look at our rivals' pricing pages?",
    "We don't really have a budget, but we'd love your input.",
    "I know you'd normally charge for a review, but could you glance at our lease?",
    "No need to charge us, it's only a quick look at our router settings.",
    "Could you have a nose through our Google Analytics and let us know where we're losing people?",
  ])('flags: %s', (sentence) => {
    expect(evidence(sentence).length).toBeGreaterThan(0);
  });

  test.each([
    "Since the update we've seen a small delay on exports, logs attached; no rush.",
    'Can you check whether the invoice included the discount we agreed?',
    'Could you look at the attached proposal and give us your comments by Friday?',
    'Our analyst will run the numbers and send them over.',
    "I'd like to book an hour of your consulting time to review our database design.",
    'Could you explain the difference between the two plans?',
    'Please review the attached contract and let me know if you have any concerns.',
    "We're looking for a consultant to review our network; what would you charge?",
    'Thanks for explaining it so clearly, it makes sense now.',
    'Our auditors will complete their review by the end of the quarter.',
    "Could you please check why the last payment hasn't shown on my account?",
    'Can you explain how the new fee structure works?',
    "I'd value your thoughts on the draft agenda for Monday.",
    'Our IT team will investigate the outage on our side.',
    'Could you explain what the setup fee covers?',
    "I'll explain the figures in more detail on Thursday.",
    "Since you're the expert, what do you recommend for our new office, and what would it cost?",
    'Could you look at the proposal and send your fee estimate?',
    'Could you look into our account and tell me why the payment failed?',
    'Which option would you recommend for our team, and what would each cost?',
    "I'd appreciate your advice on which of your plans suits a team of ten.",
    'Could you explain why my emails to support keep bouncing?',
    'Before we sign, could you send the final version of the contract?',
    'The budget review is on Thursday.',
    "I'd welcome your thoughts on the agenda for Monday.",
    'Our previous provider has handed over the passwords.',
    'Please invoice us for the March work.',
  ])('passes: %s', (sentence) => {
    expect(evidence(sentence)).toEqual([]);
  });
});
