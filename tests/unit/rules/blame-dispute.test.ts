import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../../lib/engine';

// Other ways people blame the work, deny it was done or demand guarantees, and the
// neutral bug reports and business mail that share their words.
// Each sentence runs through the whole engine.
function evidence(text: string) {
  return analyzeMessage({ text })
    .findings.filter((f) => f.category === 'blame_dispute')
    .map((f) => f.evidence);
}

describe('blame_dispute', () => {
  test.each([
    'Everything was running smoothly until your firmware update last night.',
    'My car has never made this noise, and now it does after your mechanic worked on it.',
    'You guys clearly messed something up during the install.',
    'The damp patch appeared right after your team redid the roof.',
    'Your contractor left the gate open and our dog got out.',
    'You charged us for a fix that never happened.',
    'We were promised it was tested thoroughly, and it fell over on day one.',
    "After three visits from your technician, the boiler still doesn't work.",
    'I expect you to take responsibility for the damage.',
    "The stain wasn't there before your cleaners came.",
    "It's your update that caused this, not our configuration.",
    'How can I trust that the next repair will actually work?',
    'Our emails were arriving fine right up until your team moved us to the new server.',
    'The boiler you serviced last week is now leaking all over the kitchen floor.',
    "Let's be honest, this problem started with your engineer's visit.",
    "I've had nothing but trouble since you replaced the pump.",
    'Three weeks after your "fix" the same error is back.',
    "You promised this was resolved. It isn't.",
    'Clearly nobody on your side bothered to test the upgrade.',
    "I'm holding your company accountable for the lost revenue.",
    'The paint started peeling two days after your decorators finished.',
    'Explain to me how a brand new install fails within a week.',
    'Somebody in your team obviously deleted our folder.',
    'I want a written assurance that this will not recur.',
    'Before your software update, our printers never had a single issue.',
    "It was working this morning, then your tech logged in remotely and now it won't boot.",
    "I can't help but notice the leak appeared after your plumber's visit.",
    "Your installer cracked two tiles and didn't say a word.",
    "We're now on the fourth attempt to fix this and it's still broken.",
    'I find it hard to believe this was ever properly tested.',
    'The fault clearly lies with your workmanship.',
    "You told me the brakes were done, but they're grinding again.",
    'Why should I pay to fix a problem your team created?',
    "I'd like some kind of assurance that the next batch won't have the same defects.",
    'Thanks for the fourth fix this month.',
    'Cheers for the so-called repair, the tap is dripping again.',
    "Your 'seamless' migration has cost us two days of orders.",
    'Another month, another outage.',
    'The new router worked for all of two hours.',
    'Our card machines were fine until the patch was rolled out last night.',
    'We had no issues at all before the migration.',
    "The fuse only started blowing after she'd been in the loft.",
    'Your technician replaced the valve on Tuesday and since then the radiator has been clanking.',
    'The cat has been sneezing since she came home from your cattery.',
    'It seems a bit of a coincidence, frankly.',
    'Your team should have spotted this during testing.',
    'The extractor was clearly fitted the wrong way round.',
    "Whoever configured the firewall clearly didn't know what they were doing.",
    'You billed us for a new compressor and the fridge still runs warm.',
    'What exactly did we pay £3,000 for?',
    "There's no evidence the backups were ever tested.",
    'The seal your fitter installed has failed twice already.',
    'Do you people even test anything before you release it?',
    "Since your lot 'upgraded' the server nobody can log in.",
    'Every time your developer pushes an update something else breaks.',
    'The login was supposedly fixed on Monday.',
    'Somebody clearly changed the DNS records on your side.',
    'It ran better before you replaced the controller.',
    'The service has gone downhill since your company took over the contract.',
    'The heating was working until your man came round on Tuesday.',
    'Not to point fingers, but this started when your team changed the router.',
    'The reports were accurate until someone on your side tweaked the formula.',
    "We didn't have a single crash until version 3.2 went live.",
    "I'm struggling to see how this isn't related to the work you did last week.",
    'Your installer has left scratches all down the hallway.',
  ])('flags: %s', (sentence) => {
    expect(evidence(sentence).length).toBeGreaterThan(0);
  });

  test.each([
    'The new release is live; please let us know if you see any issues.',
    "Since the update we've seen a small delay on exports, logs attached; no rush.",
    'After the maintenance window, all services came back online.',
    'The technician was great and fixed the boiler in twenty minutes.',
    "Since the update we're seeing an error on login. Screenshot attached, let me know if you need more.",
    "After your team's visit, could you send us the service report?",
    'With respect to the pipeline tariffs, FERC has issued its order.',
    'Let me know when the engineer is available to fix the leak.',
    "The old system worked fine, but we're excited to move to the new one.",
    'Before your visit, please clear the area around the boiler.',
    'We found the bug was in our own code, sorry for the noise.',
    "My husband is a plumber, so he'll be there to let your engineer in.",
    "Since you're the expert, what do you recommend for our new office, and what would it cost?",
    'Please test the release on staging before Friday.',
    'The "service" field in the form should be left blank.',
    "We tried three times and it still wouldn't connect, so we called our ISP and they fixed it.",
    'Since your team joined the project, things have gone much more smoothly.',
    'It must have been the weather that delayed the shipment.',
    "We dropped the ball on the paperwork, sorry, it's attached now.",
    'We had no problems at all until the storm knocked the power out.',
    'What a coincidence, I was about to email you!',
    'The office was fine until the fire alarm went off.',
    "I've been using the app since you installed it and it's great.",
    'The invoice we paid last month is attached for your records.',
    'You should have received the signed contract by now.',
    'Thanks for the quick fix yesterday, everything works.',
    'Every time you visit, the kids love it.',
    'Someone from your side will call us on Monday.',
    "We'll keep working until your team arrives.",
    'The new version went live and we had no issues.',
  ])('passes: %s', (sentence) => {
    expect(evidence(sentence)).toEqual([]);
  });
});
