import { defineRule } from './define-rule';

// Whoever the client could replace you with. A list, because "a new job", "another building" or
// "a new manager" (hiring) is not a threat.
const PROVIDER =
  '(vendor|vendors|provider|providers|supplier|suppliers|company|companies|agency|agencies|firm|firms|shop|shops|contractor|contractors|service|services|mechanic|garage|dealer|dentist|practice|clinic|gym|plumber|builder|printer|printers|accountant|platform|partner|bank|carrier|tutor|school|venue|caterer|photographer|cleaner|host|hosting|landlord|gyms|banks|dentists|garages|mechanics|clinics|practices|platforms|carriers|tutors|schools|venues|caterers|cleaners|hosts|landlords|partners|accountants|plumbers|builders)';
// The customer's own relationship, as opposed to a meeting or one order line.
const RELATIONSHIP =
  '(contract|subscription|account|service|services|agreement|membership|plan|retainer|relationship|policy|lease|engagement|partnership|arrangement)';

export default defineRule({
  id: 'cancellation_threat',
  explain: 'The client says they may end the relationship or move to another provider.',
  cues: /cancel|terminat|renew|elsewhere|vendor|provider|supplier|compan|notice|done|switch|leav|stop using|use you|using you|find|look(ing)? (at|for|around)|other|another|alternative|close (my|our|the) account|clos(e|ing) (my|our|the)|end (the|our|this)|ending (the|our|this)|pull(ing)? (the|our|my)|done (paying|using|working|dealing|putting)|through|lose|losing|lost|go(ing)? with|went with|gone with|found|extend|give notice|forget|moving to|move to|transferr|not sure|doubt|don.t (know|think)|last (month|payment|invoice|year|season|term)|cancelled|canceled|terminated|intention|plans? (of|to)|keep (you|your)|retain|straw|competitor|migrat|quotes|continu|stay|gone|walk|reconsider|rethink|re-?evaluat|auto.?renew|lost (a|my|our|me)|never (use|order|book|hire|come|work)|last (time|order|job)|dealer|someone else|somewhere else|no longer (need|require|use|want)|books|term is up|around when|cheaper|reached out|move (our|my)|moving (our|my)|want out|out of (this|the|our|my)|shop|over\b|expect (us|me) to|count on|again|future|anymore|any more|somewhere|competit|rival|reason|tender|bid|consider|contemplat|tempted|ready to|prepared to|thinking|about to|going to|part(ed)? ways|separate ways|weigh|including|find (me|us)|get (me|us)|it for (us|me)|the end for|unless|or else|otherwise|if not|replac|partnership|relationship|arrangement|direct debit|standing order|payment|coming back|talk|speak|spoke|meet|met|one more|arrangement|justify|in-house|in house|seats|licen[cs]es|pitch|approach|take over|rather stay|factor in|(agency|contractor) (options|alternatives|arrangements)|finished with|through with|season with|year with|term with|value in|point in|out to market|easy for|why (are|am|do|we|i)\b|whether (this|the|our)/,
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
    { match: `(switch|switching|move|moving|go|going|change|changing|migrate|migrating|transition|transitioning) (over)? to (another|a different|a new|a competitor|a cheaper|other) ${PROVIDER}`, confidence: 0.8 },
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
    // Whether the arrangement still works, put as a review or a conversation to come: "we need to
    // talk about whether this relationship is still working", "we will review whether the contract
    // remains right for us", "decide if the partnership still makes sense"
    { match: /\b(whether|if)\s+(this|the|our)\s+(arrangement|relationship|partnership|contract|agreement|retainer|engagement|set-?up)\s+(is|remains|still|continues to|really|will)(\s+(really|still|actually|genuinely|truly))*\s+(working|work|appropriate|right|viable|sustainable|worth\w*|the right (fit|choice)|makes? sense|fit for)\b/i, confidence: 0.7 },
    // The supplier decision named as coming: "this will weigh in our vendor review", "reviewing our
    // supplier options", "it will feature heavily in the renewal discussion"
    { match: /\b(factor|weigh|count|feature \w+|feature)\s+(in|into|against you in)\s+(the|our|any)\s+(\w+\s+)?(supplier|vendor|provider|agency|renewal|contract|procurement) (review|decision|discussion|conversation|evaluation|selection)\b|\b(review|reviewing|explore|exploring|evaluate|evaluating|assess|assessing|look(ing)? at)\s+(our|my)\s+(supplier|vendor|provider|agency|contractor)\s+(options|alternatives|arrangements)\b|\b(supplier|vendor|provider|agency|contractor)\s+(options|alternatives|arrangements|relationships?)\s+(are|is)\s+(now\s+)?(being|under)\s+(reviewed|review|considered|looked at|evaluated|reassessed)\b/i, confidence: 0.7 },
    // "I can't see how we justify renewing", "hard to justify the retainer to our board"
    { match: /\b(can['’]?t|cannot|could ?n['’]?t|hard(er)? to|struggl\w+ to|don['’]?t see how (i|we) (can|could|would)|not sure (i|we) can)\s+(\w+\s+){0,2}?justify(ing)?\s+(the |our |this |a |another |your )?(renewal|renewing|continuing|contract|subscription|retainer|spend|membership|year|keeping (you|your)|cost|price|fees?|expense)\b/i, confidence: 0.75 },
    // "Consider the March renewal cancelled", "consider my membership terminated as of today"
    { match: /\bconsider\s+(the|our|my|this)\s+(\w+\s+){0,3}?(renewal|contract|subscription|membership|account|agreement|retainer|booking|order|relationship|partnership|arrangement)(\s+\w+){0,3}?\s+(cancell?ed|terminated|over|finished|ended|void)\b/i, confidence: 0.85 },
    // "formal notice of termination", "accept this letter as notice of non-renewal"
    { match: /\bnotice of (termination|cancellation|non-?renewal|(our|my) (intention|decision) to (terminate|cancel|leave|end|not renew))\b|\b(serve|serving|treat (this|it) as)\s+(formal |written |our |my )?notice\b(?!\s+(of|on) (the )?(meeting|change|price|holiday|closure))/i, confidence: 0.85 },
    // "We're done with you", "I am finished with your company, and..."
    { match: /\b(we['’]re|we are|i['’]?m|i am)\s+(so\s+|completely\s+|totally\s+|absolutely\s+|officially\s+)?(done|finished|through)\s+with\s+(you|your (company|firm|business|service|services|agency|team|shop|practice|garage|gym|outfit|platform|product))\b/i, confidence: 0.8 },
    // Moving a named piece of the business to a named kind of provider: "moving our payroll and
    // pensions to a bigger firm", "taking our events, all of them, to another caterer"
    { match: /\b(take|taking|move|moving|bring|bringing|send|sending|give|giving|shift|shifting|switch|switching|transfer|transferring)\s+(our|my|the|all)\b[^.!?]{0,50}?\bto (another|a different|a larger|a bigger|a smaller|a cheaper|a rival|a competing|other)\s+(\w+\s+)?(vendor|provider|supplier|company|agency|firm|contractor|caterer|tool|platform|agent|studio|practice|partner|consultancy|accountant|host)s?\b/i, confidence: 0.8 },
    // "I'll find another agent", "we may have to get a different contractor"
    { match: /\b(i|we)(['’]ll| will| may| might| could| can| would| have to| need to| am going to| are going to)?\s+(just\s+)?(have\s+to\s+)?(find|get|hire|use|try|look for)\s+(another|a different|a new|a better|a cheaper)\s+(agent|agency|vendor|provider|supplier|contractor|firm|company|caterer|tool|platform|accountant|developer|designer|photographer|builder|plumber|mechanic|garage|dentist|tutor|teacher|host)\b/i, confidence: 0.75 },
    // "talking about whether to bring the work in-house", "we plan to take support in house"
    { match: /\b(whether|consider\w*|thinking (of|about)|talk\w* about|plan\w*|decided|deciding|look\w* at|going)\s+(to\s+)?(bring|bringing|take|taking|move|moving)\b[^.!?]{0,30}\bin[- ]house\b/i, confidence: 0.7 },
    // "or I'm pulling all 40 seats", "we'll pull our licences"
    { match: /\bpull(ing)?\s+(all\s+|our\s+|my\s+)+(\d+\s+|of\s+(our|the)\s+)?(seats|licen[cs]es|users|locations|sites|stores|accounts|properties|units|staff|vehicles)\b/i, confidence: 0.8 },
    // Rivals courting the client: "three agencies have pitched to us", "one offered to take over
    // maintenance at half your rate"
    { match: /\b(agencies|firms|companies|providers|vendors|suppliers|contractors|competitors)\s+(have\s+|had\s+)?(pitch(ed)?|approach(ed)?|court(ed|ing))\s+(to\s+)?(us|me)\b|\boffered to take over\b[^.!?]{0,40}\b(for|at)\s+(half|a fraction of|less than|a lower|a better)\b/i, confidence: 0.75 },
    // "We won't be continuing with the lessons after Easter", "we will not be continuing our subscription"
    { match: /\b(won['’]?t|will not|not going to|shan['’]t|do not plan to|don['’]t plan to|not planning to)\s+(be\s+)?continu(e|ing)\s+(with|using|our|my|the)\b[^.!?]{0,25}?\b(lessons|classes|sessions|service|services|subscription|membership|contract|plan|you|your|retainer|treatment|account|arrangement|agreement)\b/i, confidence: 0.8 },
    // "we'll be moving to another tool at renewal", "we will switch to a rival platform"
    { match: /(?<=\b(we|i)(['’]ll| will| are going to| am going to| might| may| would)( have to| need to)?( be)? )(mov|switch|migrat|go)\w* (over )?to (another|a different|a rival|a competing|a cheaper|an alternative) (tool|platform|product|system|app|solution|package|software)\b/i, confidence: 0.75 },
    // "I'd rather stay with you, but ...": the alternative is on the table
    { match: /\b(i|we)(['’]d| would) (much )?(rather|prefer to|like to) (stay|remain|keep working|keep things)( with you)?,? but\b/i, confidence: 0.65 },
    // "this could be our last season with you", "probably my last year with you"
    { match: /\b(our|my) (last|final) (season|year|term|order|booking|month|renewal|project|job|contract) (with|from) you\b/i, confidence: 0.75 },
    // "we will be exercising our right to terminate", "we have the option to exit early"
    { match: /\b(exercis\w*|use|using|invok\w*|take up)\s+(our|my|the)\s+(right|option)\s+to\s+(terminate|cancel|exit|withdraw|end|leave|walk away)\b/i, confidence: 0.8 },
    // Alternatives to you: "alternative suppliers are being looked at", "we've been approached by a
    // competitor", "looking into alternatives to your platform"
    { match: /\balternative (providers|suppliers|vendors|agencies|arrangements|partners|contractors|firms)\b|\balternatives to (you|your (\w+\s+)?(service|services|company|firm|platform|product|agency|team))\b|\b(approached|contacted|pitched|courted)\s+by\s+(a|an|one of your|several of your|two of your|your)\s+(\w+\s+)?(competitors?|rivals?)\b/i, confidence: 0.7 },
    // "I'm struggling to see the value in renewing", "what is the point in staying with you"
    { match: /(\b(no|not|struggl\w+ to|hard to|fail to|failing to|what['’]?s|what is|is there (any|a|much))|n['’]t)\s+(\w+\s+){0,3}?(value|point|sense)\s+in\s+(continuing|renewing|staying|keeping (you|your)|carrying on|paying for (this|your|the (service|subscription|retainer|membership)))\b(?!\s+(the|this|our) (meeting|call|discussion|conversation|thread|email))/i, confidence: 0.7, negatable: false },
    // Rhetorical: "why are we still paying you?", "remind me why we're even with you?", "is there
    // any reason we shouldn't take this elsewhere?"
    { match: /\bwhy\s+((are|am|do)\s+(we|i)|(we|i)(\s+are|\s+am|['’]re|['’]m)?)\s+(still|even|still even)\s+(paying|using|with|keeping|renewing)\s+(you|your|this)\b/i, confidence: 0.75 },
    { match: /\b(take|taking)\s+(this|that|the (work|job|project|account|contract|business))\s+(elsewhere|somewhere else)\b/i, confidence: 0.75 },
    { match: /\breason\s+(why\s+)?(we|i)\s+(shouldn['’]t|should not|can['’]t|couldn['’]t|wouldn['’]t)\s+(just\s+)?(take|go|move|switch|look|find|shop)\b/i, confidence: 0.75, negatable: false },
    // The renewal called into doubt: "I wouldn't count on a renewal", "renewal is far from certain"
    { match: /\b(wouldn['’]t|would not|don['’]t|do not|shouldn['’]t|should not)\s+(bank|count)\s+on\s+(a|the|our|any|my)\s+renewal\b|\brenewal\b[^.!?]{0,20}\b(far from|by no means|hardly|no longer|not)\s+(guaranteed|certain|a given|assured|automatic|a foregone conclusion)\b/i, confidence: 0.75, negatable: false },
    // Procurement euphemisms: "we'll be going out to market for this next year", "you're making it
    // very easy for us to leave"
    { match: /\b(go|going|went|goes)\s+out\s+to\s+(market|tender)\b|\bmaking\s+it\s+(very\s+|really\s+|so\s+|awfully\s+)?easy\s+for\s+(us|me)\s+to\s+(leave|go|switch|walk|cancel|move)\b/i, confidence: 0.7 },
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
      "We'll need to talk about whether this relationship is still working for us.",
      'Consider the autumn renewal of our subscription cancelled.',
      "We're finished with your agency, and we'll say so to anyone who asks.",
      'We are moving our bookkeeping and payroll to a larger firm next year.',
      'This may well be our last season with you.',
      'Remind me why we are still paying you?',
      "I wouldn't count on a renewal.",
      'We will be going out to market for this service next year.',
      "Is there any reason we shouldn't take this elsewhere?",
      'We will be exercising our right to terminate.',
      'Alternative suppliers are already being looked at.',
      "I'm struggling to see the value in renewing.",
      "I'm not sure we can keep justifying the cost.",
      "If that can't be done we'll be switching to a rival platform in June.",
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
      'We need to decide whether the meeting room is the right fit for the workshop.',
      'Please give notice of the meeting to all members.',
      'We are moving the files to a new folder.',
      "I'm moving the domain to a new email provider, which records should I change?",
      "I'd rather stay late tonight but I have a train to catch.",
      'I see no point in continuing the meeting past six.',
      'It was my last year with the firm before I retired.',
    ],
  },
});
