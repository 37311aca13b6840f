import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../../lib/engine';

// Other ways people treat extra work as included or trivial, and the quotes, paid change
// requests and genuine questions that share their words.
// Each sentence runs through the whole engine.
function evidence(text: string) {
  return analyzeMessage({ text })
    .findings.filter((f) => f.category === 'scope_creep')
    .map((f) => f.evidence);
}

describe('scope_creep', () => {
  test.each([
    "Also, we'll need the app in three languages, I assume that's fine at the agreed price.",
    "Can you make the logo a bit bigger and also redesign the brochure while you're in the file?",
    'Please throw in a couple of extra hours of training for free.',
    "We need another round of revisions, but we're not paying more for it.",
    "The package should really include ongoing support too, don't you think?",
    "Would it be possible to add two more pages? It's just text.",
    "Could your guy also move the sofa upstairs? He'll be here anyway.",
    "I'm sure adding a payment gateway is trivial for you.",
    'Surely a few minor tweaks are within the original quote?',
    'You might as well install the extra sockets while the walls are open.',
    "We're expecting the final version to include the mobile app as well, as discussed informally.",
    "Could you also handle the social media posts? It's all marketing anyway.",
    "I don't see why the extra pages should cost more, it's the same template.",
    "We've decided to add a second venue, same budget of course.",
    'Please add the training videos, I assumed those came as standard.',
    'The booking widget was clearly part of the original build.',
    "Presumably it's just a small change for your developers.",
    'It would be a simple find and replace across the site.',
    "Adding a shop can't be that big a job for a team like yours.",
    'Just swap the colours on all forty icons, nothing complicated.',
    "I'm assuming you can roll the extra venues into the agreed fee.",
    "Translations are the kind of thing you'd include anyway, surely.",
    'Presumably you’ll just add the new starters for us.',
    'Our last agency always threw in the hosting.',
    "I thought that was what we agreed at the kick-off.",
    "I know we said 'one landing page', but the campaign needs six.",
    'Since you are already editing the checkout, could you add gift cards?',
    "Also the logo needs a refresh, I'm sure you can fit that in.",
    "Could the cleaners also do the windows and the oven? Shouldn't take them long.",
    "It's only a couple of extra features, surely that's within scope.",
    "Since you're doing the kitchen, it would be great if you could redo the bathroom too, at no extra charge.",
    "The brief didn't mention it, but we'll need a video version too, hopefully that's fine within the budget.",
    'I took it for granted that delivery was part of the service.',
    "Can your developer just knock up an admin dashboard while he's in the code?",
    'I was under the impression that maintenance was included for the first year.',
    'Adding another speaker is hardly extra work for your AV team.',
    "We'd like the whole house repainted, not just the lounge, for the price you quoted.",
    'Presumably the stock photos are included?',
    'Just a couple more small tweaks to every page.',
    "No need for a formal quote, it's tiny.",
    'Adding the French site is in the spirit of what we agreed.',
    "Could you knock up a few extra banner sizes while you're in the design file?",
    'We assumed hosting was baked into the price.',
    'Can you pop the blog in too? Should only be an hour or so.',
    "It's literally one extra page.",
    'The training should really come free with the software.',
  ])('flags: %s', (sentence) => {
    expect(evidence(sentence).length).toBeGreaterThan(0);
  });

  test.each([
    'Could you quote us for two extra pages and the translation?',
    'We appreciate the extra hours you put in, please invoice us for them.',
    'Can you check whether the invoice included the discount we agreed?',
    'Let me know if you need us to pay for the extra materials.',
    "I'd like to book an hour of your consulting time to review our database design.",
    'We assume delivery will be on the 14th as agreed.',
    'The technician was great and fixed the boiler in twenty minutes.',
    "While you're in Houston, could you meet with the trading team?",
    'Please make sure the figures include the new contracts.',
    'I assume the delivery includes installation, can you confirm?',
    'Could you quote for extending the warranty to three years?',
    'The figures should include the Houston desk from next month.',
    "I'll be in the office anyway, so I can sign for the delivery.",
    'We expect the price to be finalised next week.',
    'Can you explain how the new fee structure works?',
    'As you know, the deal includes an option to extend.',
    'The delivery was late, but the driver was lovely.',
    'Could you tell me whether my plan includes phone support?',
    "We'd like to extend the contract to cover the second site; please send a quote.",
    'The price includes installation and one year of support.',
    'Could you explain what the setup fee covers?',
    "Since you're the expert, what do you recommend for our new office, and what would it cost?",
    'Could you look at the proposal and send your fee estimate?',
    'The weather forecast says it should only take an hour to clear.',
    "As part of the existing contract, you'll receive quarterly reports.",
    "Given what we're paying for energy, we should revisit the hedging strategy.",
    "While you're on the call, can you ask about the invoice dates?",
    "You'll obviously want to see the final numbers before we sign.",
    'The pipeline was part of the original agreement signed in 1998.',
    'Nothing major to report from the Houston office this week.',
    'Our previous accountant retired last year.',
    "I'm sure that's a small price to pay for peace of mind.",
    'The new hire will fit into the existing team nicely.',
    'The meeting should only be an hour.',
    "It's only a few more days until the launch.",
    'The cost of delivery is built into the price.',
  ])('passes: %s', (sentence) => {
    expect(evidence(sentence)).toEqual([]);
  });
});
