import { defineRule } from './define-rule';

// Whoever the client could replace you with. A list, because "a new job", "another building" or
// "a new manager" (hiring) is not a threat.
const PROVIDER =
  '(vendor|vendors|provider|providers|supplier|suppliers|company|companies|agency|agencies|firm|firms|shop|shops|contractor|contractors|service|services|mechanic|garage|dealer|dentist|practice|clinic|gym|plumber|builder|printer|printers|accountant|platform|partner|bank|carrier|tutor|school|venue|caterer|photographer|cleaner|host|hosting|landlord|gyms|banks|dentists|garages|mechanics|clinics|practices|platforms|carriers|tutors|schools|venues|caterers|cleaners|hosts|landlords|partners|accountants|plumbers|builders)';
// The customer's own relationship, as opposed to a meeting or one order line.
const RELATIONSHIP =
  '(contract|subscription|account|service|services|agreement|membership|plan|retainer|relationship|policy|lease|engagement|partnership)';

export default defineRule({
  id: 'cancellation_threat',
  explain: 'The client says they may end the relationship or move to another provider.',
  cues: /cancel|terminat|renew|elsewhere|vendor|provider|supplier|compan|notice|done|switch|leav|stop using|use you|using you|find|look(ing)? (at|for|around)|other|another|alternative|close (my|our|the) account|clos(e|ing) (my|our|the)|end (the|our|this)|ending (the|our|this)|pull(ing)? (the|our|my)|done (paying|using|working|dealing|putting)|through|lose|losing|lost|go(ing)? with|went with|gone with|found|extend|give notice|forget|moving to|move to|transferr|not sure|doubt|don.t (know|think)|last (month|payment|invoice|year|season|term)|cancelled|canceled|terminated|intention|plans? (of|to)|keep (you|your)|retain|straw|competitor|migrat|quotes|continu|stay|gone|walk|reconsider|rethink|re-?evaluat|auto.?renew|lost (a|my|our|me)|never (use|order|book|hire|come|work)|last (time|order|job)|dealer|someone else|somewhere else|no longer (need|require|use|want)|books|term is up|around when|cheaper|reached out|move (our|my)|moving (our|my)|want out|out of (this|the|our|my)|shop|over\b|expect (us|me) to|count on|again|future|anymore|any more|somewhere|competit|rival|reason|tender|bid|consider|contemplat|tempted|ready to|prepared to|thinking|about to|going to|part(ed)? ways|separate ways|weigh|including|find (me|us)|get (me|us)|it for (us|me)|the end for|unless|or else|otherwise|if not|replac|partnership|relationship|arrangement|direct debit|standing order|payment|coming back|talk|speak|spoke|meet|met/,
  patterns: [
    // "we'll take our business elsewhere"
    { match: '(take|taking|move|moving|bring|bringing) (our|my|the) (business|account|work|money|custom|accounts|properties|property|family) (elsewhere|somewhere else)', confidence: 0.9 },
    // "I'm taking it to the dealer", "we'll move our account to another bank"
    { match: '(take|taking|move|moving|bring|bringing) (it|them|our #Noun|my #Noun) to (the dealer|someone else|somewhere else|a competitor)', confidence: 0.75 },
    { match: `(take|taking|move|moving|bring|bringing) (it|them) to (another|a different|a new|other) ${PROVIDER}`, confidence: 0.8 },
    { match: `(take|taking|move|moving|bring|bringing) (our|my) #Adjective? #Noun to (another|a different|a new|other) ${PROVIDER}`, confidence: 0.8 },
    // "we will be looking at other vendors", "makes a guy start looking for a new mechanic"
    { match: `(look|looking|shop|shopping|find|finding|search|searching|consider|considering) (at|for|around)? (for)? (other|another|a different|a new|alternative|a cheaper|a better|new) ${PROVIDER}`, confidence: 0.8 },
    // "I'll find someone else", "we'll go somewhere else" (not "they will find someone else to cover")
    { match: /\b(i|we|or)(['’]ll| will| am going to| are going to| might| may| have to| need to| could| can)?\s+(just\s+)?(find|get|hire|use|go to|try)\s+(someone|somebody|somewhere|another company|another firm) else\b/i, confidence: 0.8 },
    { match: '(finding|looking for|hiring|using|going to|trying) (someone|somebody|somewhere|another company|another firm) else', confidence: 0.75 },
    // "obtain comparison quotes from two other venues", "we are getting other quotes"
    { match: '(get|getting|obtain|obtaining|collect|collecting|request|requesting|gather|gathering) (some)? (comparison|competing|other|alternative|competitive|fresh) (quotes|bids|proposals|estimates)', confidence: 0.65 },
    // "I've got a demo booked with one of your competitors"
    { match: '(with|to|from|at) (one of)? your (competitors|competitor|rivals|competition)', confidence: 0.75 },
    // "taking our accounts somewhere that answers the phone", "I'll take my car elsewhere"
    { match: '(take|taking|move|moving|bring|bringing) (our|my) #Noun+ (elsewhere|somewhere)', confidence: 0.85 },
    // "Several of your competitors have already pitched us"
    { match: 'your (competitors|competitor|rivals|competition)', confidence: 0.65 },
    // "Give me one reason why I should stay with you."
    { match: 'why (should|would) (i|we) (stay|continue|keep|remain|renew|bother)', confidence: 0.75 },
    { match: 'reason (why)? (i|we) (should|would) (stay|continue|keep|remain|renew)', confidence: 0.75 },
    // "We are putting the contract out to tender"
    { match: '(put|putting|going) (the|our|this) (contract|account|work|business|retainer) out to (tender|bid|bids)', confidence: 0.75 },
    // "I'm seriously considering cancelling", "tempted to walk away"
    { match: '(considering|contemplating|tempted to|ready to|prepared to) (cancel|cancelling|canceling|switch|switching|quit|quitting|terminate|terminating|walk away|walking away)', confidence: 0.75 },
    { match: '(considering|contemplating|tempted to|ready to|prepared to) (leave|leaving|move|moving) (you|your|to another|to a different|to a competitor|elsewhere)', confidence: 0.75 },
    { match: '(thinking about|thinking of|about to|going to) (cancelling|canceling|cancel|terminating|walking away)', confidence: 0.7 },
    // "I think it is time we parted ways"
    { match: '(time|should|will|must|might|may|going to|have to|need to) (we|to)? (part|parted) ways', confidence: 0.75 },
    { match: 'go our separate ways', confidence: 0.75 },
    // "ready to walk away from this contract"
    { match: '(walk|walking) away from (you|your|this|the|our) (#Noun|contract|deal|agreement|account)?', confidence: 0.7 },
    // "We are weighing up our options, including leaving"
    { match: '(weighing|weigh) (up)? (our|my|the) options', confidence: 0.6 },
    { match: 'including (leaving|cancelling|canceling|switching|terminating|moving)', confidence: 0.75 },
    // "We're done paying for a service that doesn't work"
    { match: '(we are|i am) (done|finished|through) (paying|using|working with|dealing with|putting up with)', confidence: 0.75 },
    // "you will lose our business"
    { match: '(lose|losing|lost) (our|my) (business|custom|account|contract|patronage)', confidence: 0.85 },
    // "we'll be going with another supplier", "found a cheaper alternative"
    { match: `(go|going) with (another|a different|a new|other|a cheaper) ${PROVIDER}`, confidence: 0.8 },
    { match: '(found|find|finding) (a|an) (cheaper|better|new|different) (alternative|provider|supplier|option|vendor|company|firm|agency|service)', confidence: 0.75 },
    // "We will not be extending the retainer"
    { match: `not (be|going to)? (extend|extending) (the|our|my|this) ${RELATIONSHIP}`, confidence: 0.8 },
    // "Our account will be moving to another agency from next month"
    { match: '(our|my) (account|business|work|contract|portfolio|properties) (will be|is|are|will) (moving|going|transferring|move|transfer) (to|elsewhere)', confidence: 0.8 },
    // "I am writing to give notice that we are ending the contract"
    { match: `(we are|i am|we will be|we will|i will) (ending|terminating|cancelling|canceling|end|terminate|cancel) (the|our|my|this) ${RELATIONSHIP}`, confidence: 0.85 },
    // "you can forget about next year's renewal"
    { match: 'forget (about)? .{0,3} (renewal|renewing|contract|business)', confidence: 0.8 },
    // "This is the final straw"
    { match: '(the|this is the) (final|last) straw', confidence: 0.55 },
    // "I want my membership cancelled"
    { match: `(want|need|would like) (my|our|the) ${RELATIONSHIP} (cancelled|canceled|terminated|closed|ended|stopped)`, confidence: 0.85 },
    // "I have no intention of renewing"
    { match: 'no (intention|plans|plan) (of|to) (renewing|renew|continuing|continue|staying|stay|extending|extend)', confidence: 0.85 },
    // "Sort it out or we'll go elsewhere"
    // ("look elsewhere in the folder" is only directions)
    { match: /\b(go|going|look|looking|shop|shopping|take it|taking it)\s+(elsewhere|somewhere else)\b(?=\s*([.!?,;]|$|then\b|instead\b|if\b|unless\b|for (help|service|support|this|our|my)\b))/i, confidence: 0.7 },
    // "We will be reviewing whether to keep you on"
    { match: 'whether (to|we|i) (keep|retain) (you|your) #Noun? on', confidence: 0.75 },
    // "The gym across the road offered me a free month, and frankly I am tempted."
    { match: /\b(i['’]?m|i am|we['’]re|we are) (really |very |sorely |seriously |quite )?tempted\s*[.!]*$/i, confidence: 0.65 },
    // "I have asked my accountant to find me a new property manager"
    { match: '(find|get) (me|us) (a|an) (new|different|better|cheaper) #Noun', confidence: 0.7 },
    // "If the platform goes down again, that is it for us."
    { match: /\b(that['’]?s|that is|it['’]?s|it is|this is) (it|the end) for (us|me)\b(?!\s+(today|for today|tonight|this week|now))/i, confidence: 0.75 },
    // "unless you can match it we will be moving"
    { match: /\b(unless|or else|otherwise|if not)\b[^.!?]{0,40}\b(we|i)(['’]ll| will| are going to| am going to)( be)? (moving|leaving|switching|walking|going elsewhere|off)\b/i, confidence: 0.75 },
    // "you are at the top of the list to be replaced", "we are looking to replace you"
    { match: /\b(you|your (company|firm|agency|team|service|services))\b[^.!?]{0,40}\b(be|being|get|getting) replaced\b|\b(replace|replacing) (you|your (company|firm|agency|team|services?))\b/i, confidence: 0.75 },
    // "I am not sure this partnership is working for us any more"
    { match: /\b(not sure|don['’]t think|doubt|no longer)\b[^.!?]{0,30}\b(partnership|relationship|arrangement)\b[^.!?]{0,15}\bworking\b|\b(partnership|relationship|arrangement)\b[^.!?]{0,10}\b(isn['’]t|is not|is no longer) working\b/i, confidence: 0.7 },
    // "Please stop my direct debit, I will not be coming back."
    { match: '(stop|cancel|cancelling|canceling|stopping) (my|our|the) (direct debit|standing order|recurring payment|monthly payment|membership payments)', confidence: 0.7 },
    { match: /\b(not|never) (be )?coming back\b\s*(again|ever)?\s*[.!]*$/i, confidence: 0.7 },
    // "we have already started talking to other agencies"
    { match: `(talking|speaking|spoken|talked|meeting|met) (to|with) (other|another|a different|a few|several|some other) ${PROVIDER}`, confidence: 0.75 },
    // "I want out of this contract"
    { match: `(want|wants|get|getting) out of (this|the|our|my) ${RELATIONSHIP}`, confidence: 0.85 },
    // "I no longer require your services"
    { match: 'no longer (need|require|want|use|using|needing|requiring) (you|your)', confidence: 0.85 },
    // "Consider our relationship over"
    { match: '(consider|call) (our|the|this) (relationship|partnership|contract|agreement|arrangement) (over|terminated|finished|ended|done|cancelled)', confidence: 0.85 },
    { match: '(our|the|this) (relationship|partnership|arrangement) is (over|finished|done)', confidence: 0.8 },
    // "Don't expect us to renew next year"
    { match: 'not (expect|count on) (us|me) to (renew|stay|continue|come back|return|order|book|use)', confidence: 0.8 },
    // "we might not use you anyway", "we will stop using your service"
    { match: '(stop|quit|cease) (using|working with) (you|your|#Possessive)', confidence: 0.85 },
    { match: '(#Pronoun) (might|may|will|wo|won|would|are|am) not? (be)? (use|using|need|needing) (you|your services) (again|anymore|any longer|anyway)?', confidence: 0.7 },
    // "I'll never use you again", "we won't be ordering from you again"
    { match: /\b(never|not|won['’]?t|wont)\b[^.!?]{0,20}\b(use|using|order|ordering|book|booking|hire|hiring|work|working|come|coming|deal|dealing|shop|shopping)\b( with| from| at)? (you|your \w+|here|back)\b[^.!?]{0,15}\b(again|anymore|any more|in (the )?future)\b/i, confidence: 0.85 },
    // "This is the last time we use you", "last order you will get from us"
    { match: /\b(the )?last (time|order|job|project|booking|month|payment|invoice|year|season|term) (that )?(we|i|you)(['’]ll| will)?( be)?( ever)? (use|using|order|ordering|book|booking|work with|working with|hire|hiring|place|placing|get|getting|pay|paying|renew|renewing)\b/i, confidence: 0.85 },
    // "We want to cancel our contract effective immediately", "please close my account"
    { match: `(want|wish|like|going|intend|plan|decided|deciding|asking you|asked you|request|requesting) (to)? (cancel|terminate|end|close) (our|my|the|this) ${RELATIONSHIP}`, confidence: 0.9 },
    { match: `^(please)? (cancel|terminate|close) (our|my) ${RELATIONSHIP}`, confidence: 0.9 },
    // Closing an account is as often the bank's doing as the client's, so only the client's own
    // wish above counts for "close".
    { match: `(cancel|cancelling|canceling|terminate|terminating|end|ending) (our|my) ${RELATIONSHIP}`, confidence: 0.75 },
    // "we won't be renewing", "My plan won't be renewing either", "we are not going to renew"
    { match: 'not (be|going to)? (renew|renewing)', confidence: 0.85 },
    // "make sure auto-renew is switched off", "turn off auto-renewal"
    { match: /\bauto[- ]?renew(al)?\b[^.!?]{0,20}\b(off|disabled|cancell?ed|stopped)\b|\b(switch|turn|cancel|stop|disable)\w*\s+(off\s+)?(the\s+|my\s+|our\s+)?auto[- ]?renew|\b(do not|don['’]t|not to|no) auto[- ]?renew/i, confidence: 0.8 },
    // "I don't see myself continuing", "I don't see us renewing"
    { match: 'not see (myself|ourselves|us|me) (continuing|staying|renewing|coming back|sticking around|using)', confidence: 0.85 },
    // "Not sure I'll still be around when my term is up"
    { match: /\b(not sure|doubt|don['’]?t know if|don['’]?t think)\b[^.!?]{0,20}\b(i|we)(['’]ll| will)? (still )?(be (around|staying|here|continuing|renewing|with you)|stay|continue|renew|keep (using|coming))/i, confidence: 0.7 },
    // "decide whether we continue with your platform", "whether the flat stays on your books"
    { match: /\bwhether\b[^.!?]{0,25}\b(continue|stay|stick|remain|renew)\s+(with|using|on)\s+(you|your|the platform|this service)\b|\b(stays?|remains?) on your books\b/i, confidence: 0.7 },
    // "we're reconsidering our contract", "rethinking whether to stay"
    { match: `(reconsider|reconsidering|rethink|rethinking|re-evaluate|re-evaluating|reevaluate|reevaluating|questioning) (our|the|this|my) ${RELATIONSHIP}`, confidence: 0.75 },
    { match: '(reconsidering|rethinking|questioning) whether (we|i|to) (stay|continue|renew|keep|use)', confidence: 0.75 },
    // "consider this our notice", "this is our formal notice of termination"
    { match: 'consider this (our|my) (formal)? notice', confidence: 0.9 },
    { match: '(this is|here is|please accept) (our|my) (formal|written|official)? notice (of|to|that)', confidence: 0.85 },
    // "if this happens again we are done", "or I'm gone"
    { match: /\b(we['’]re|we are|i['’]?m|i am)\s+(done|finished|gone|out of here|walking)\b\s*(with (you|your \w+|this (company|place|service|firm|gym|shop|garage|practice|agency|platform|app|bank|salon|studio|school))|here)?\s*(?:[.!]|$)/i, confidence: 0.7 },
    { match: /\bor (i['’]?m|we['’]re|i am|we are|i['’]ll be|we['’]ll be) (gone|done|out|leaving|walking)\b|\bor (i|we) (walk|leave|go elsewhere)\b/i, confidence: 0.8 },
    // "We're migrating off the minute our export finishes", "we are moving away from your platform"
    { match: '(migrating|migrate|moving|move) (off|away from) (you|your)', confidence: 0.8 },
    { match: '(we are|i am) (migrating|moving) (off|away)', confidence: 0.8 },
    // "switching to another provider", "we'll switch to a competitor"
    { match: `(switch|switching|move|moving|go|going|change|changing|migrate|migrating) (over)? to (another|a different|a new|a competitor|a cheaper|other) ${PROVIDER}`, confidence: 0.8 },
    // "we'll be moving to a competitor", "thinking about switching banks", "time to shop around"
    { match: '(switch|switching|move|moving|go|going|migrate|migrating|defect|defecting) (over)? to (a|your|ur|one of your) (competitor|competitors|rival|rivals)', confidence: 0.85 },
    { match: `(switch|switching) ${PROVIDER}`, confidence: 0.75 },
    { match: '(start|starting|time to|going to|will|might) shop around', confidence: 0.7 },
    // "I've booked the kids in with another practice"
    { match: `(booked|moved|signed|registered|transferred|switched) .{0,4} (with|to) (another|a different|a new|other) ${PROVIDER}`, confidence: 0.75 },
    // "Two other management companies have reached out offering a lower fee"
    { match: /\b(other|another|several|two|three) (\w+ )?(companies|firms|agencies|providers|vendors|suppliers|shops|garages|printers|gyms)\b[^.!?]{0,20}\b((reached out|contacted|approached)( to)? (me|us)|offer(ing|ed)? (me |us )?(a )?(lower|better|cheaper))/i, confidence: 0.7 },
    // "the new place down the road is ten bucks cheaper"
    { match: /\b(\w+ )?(bucks|quid|dollars a month) cheaper\b|\bcheaper (elsewhere|down the road|next door|across town)\b/i, confidence: 0.6 },
    // "You've lost a customer", "you have lost our business"
    { match: '(you have|you just|you) lost (a|my|our|me as a|us as a) (customer|client|business|account|member|patient)', confidence: 0.9 },
    // "pull our account", "we'll pull the contract"
    { match: '(pull|pulling) (our|my|the) (business|account|accounts|contract|funding|properties|sites|work)', confidence: 0.8 },
    // "I'm one more auto-reply away from using it" (a termination clause)
    { match: /\bone more \w+([- ]\w+)? (away from|and (i['’]?m|we['’]re|i am|we are))\b/i, confidence: 0.7 },
    // "we'll invoke the termination clause"
    { match: '(invoke|invoking|use|using|exercise|exercising|trigger|triggering) (the|our|that)? (termination|exit|break) clause', confidence: 0.85 },
  ],
  unless: [
    // "cancel the 3pm call", "can we cancel Thursday's meeting"
    /cancel\w* (\S+ ){0,3}?(call|meeting|appointment|session|booking|order line|visit|demo|standup|interview|class|lesson|reservation)s?\b/i,
    // Planning questions and a vendor's own notices: "what's your cancellation policy?", "your account has been closed".
    /\bcancellation (policy|terms|fee|window)\b|\b(your|the) (account|subscription|membership|contract) (has been|was|will be|is being) (cancell?ed|closed|terminated)\b/i,
    // Someone else ending something: "she would close the account", "the bank closed my account".
    /\b(they|she|he|the bank|the company|it) (would|will|wants to|want to|decided to|are|is)? ?(clos|cancel|terminat)\w* (my|the|our) account\b/i,
  ],
  examples: {
    flag: [
      "If this slips again we'll take our business elsewhere.",
      'We will be looking at other vendors for next year.',
      'Please consider this our notice.',
      'We want to cancel our contract effective immediately.',
      "Honestly we won't be renewing.",
      "One more missed delivery and I'll find someone else.",
      "Frankly, I don't see us renewing in March.",
      'Our board meets next week to decide whether we continue with you.',
      'We are reconsidering our contract after this.',
      "Fix it by Friday or we're done.",
      "I've already had two other agencies reach out offering a better rate, and I'm listening.",
      'Please switch off auto-renew on my account.',
      'We are migrating off your platform next quarter.',
      'You have lost a customer.',
      "We've started getting comparison quotes from other printers.",
    ],
    pass: [
      'Can you cancel the 3pm call?',
      'We will not cancel the contract.',
      'Our legal team is reviewing the renewal terms.',
      'Thanks for sorting out the account so quickly.',
      'Please remove the wiper blades from the order, I bought some myself.',
      'The "Cancel subscription" button on our checkout page returns a 404.',
      "What's your cancellation policy if the weather turns?",
      'Saw that tonight’s spin class is cancelled, is there a sub?',
      "I'd like to pause, not cancel, my membership for the summer.",
      'I am done with the report and will send it tonight.',
      "I'm leaving the firm next week to join a startup.",
      'He is looking for a new job in Dallas.',
      'We are moving to a new office building in May.',
    ],
  },
});
