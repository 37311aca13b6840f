import { defineRule } from './define-rule';

// Flat groups (compromise groups cannot nest).
const PAY = '(pay|paying|settle|settling|cover|covering|foot|footing)';
const BILL =
  '(bill|bills|invoice|invoices|statement|charge|charges|fee|fees|balance|amount|total|price|cost|surcharge|quote|payment|payments)';
const MONEY_BACK =
  '(refund|refunds|reimbursement|credit|service credit|partial credit|discount|money back|compensation|rebate|reduction|partial refund|full refund|goodwill gesture)';
// Repair words only: paying "when the job is done" is ordinary terms, paying "when it works" is not.
const FIXED = '(works|working|fixed|sorted|resolved|repaired|corrected|right|properly)';

export default defineRule({
  id: 'payment_dispute',
  explain: 'The client refuses, holds back or disputes payment, or asks for money back.',
  cues: /pa(y|id)|settl|cover|foot|bill|invoice|statement|charg|fee|balance|amount|total|price|cost|quote|refund|reimburs|credit|discount|money|compensat|rebate|reduc|owe|cent|penny|dime|dollar|pound|euro|withh[oe]ld|hold|held|deduct|knock|take (it|that|this) off|instead of|in exchange|exposure|barter|even|quits|free|included|waive|deposit|back\b|lieu|debit|standing order|autopay|auto-pay|stop|block|suspend|freez|frozen|quot|estimat|refund|reimburs|revers|void|invalid|cancel|withdraw|rescind|discuss|negotiat|request|ask|happy|willing|prepared|keen|forget|fair|reasonable|generous|plenty|returned|give|getting|receiv|times|goodwill|the figure|justif|funds|surely|expect (me|us)|\brates?\b|reflected|budget|expense|(my|our) (account|bank)|disput|hold|releas|before (we|i)\b|\$|£|€/,
  patterns: [
    // "I'm not paying for this", "we won't be paying the second callout", "I will not pay it"
    { match: `(i|we) (will|am|are|shall|would|do|did|have) not (be)? (going to|planning to|intending to|prepared to|willing to)? ${PAY}`, confidence: 0.9 },
    // "not paying a penny", "not one cent more until someone explains"
    { match: '(i|we)? (am|are|will|be)? not (paying|pay) (a|one|another|a single) (penny|cent|dime|dollar|pound|euro|more|red)', confidence: 0.9 },
    { match: '(i|we)? (am|are|will)? (not|no) (one|a|another|a single) (cent|penny|dime|dollar|pound|euro|red cent) (more|further|extra)?', confidence: 0.85 },
    // "I'm not happy to pay the full amount", "we're not prepared to settle"
    { match: `(i|we)? (am|are|will|would|was|were)? (not|never) (happy|willing|prepared|going|keen|inclined|about) to ${PAY}`, confidence: 0.85 },
    // "we should be getting a discount for this", "give us our money back"
    { match: '(we|i|customers) (should|ought to|deserve to) (be)? (getting|get|receive|receiving|given|offered) (a|an|some|our|my)? (discount|refund|credit|compensation|rebate|partial refund|money back)', confidence: 0.8 },
    { match: 'give (me|us) (my|our|the) (money|refund|deposit|#Money) (back)?', confidence: 0.8 },
    // "you owe me a refund"
    { match: '(you|you guys) (owe|owes) (me|us) (a|an|my|our)? (refund|money|credit|#Money)', confidence: 0.85 },
    // "I refuse to pay", "we decline to settle this invoice"
    { match: `(refuse|refusing|refused|decline|declining|declined) to ${PAY}`, confidence: 0.9 },
    // "I don't see why I should pay", "why should we pay for your mistake"
    { match: `(i|we) (do|did|can|could|really|still|just)? (not|never|fail to) (see|understand) why (i|we) (should|would|have to|must) (be)? (pay|paying|charged|billed|settle)`, confidence: 0.85 },
    { match: 'why (should|would|do|must) (i|we) (have to)? (pay|be charged|be billed|be paying)', confidence: 0.85 },
    { match: '(i|we) (should not|shouldn\'t|do not|don\'t) (have to|need to)? (pay|be paying|be charged|be billed)', confidence: 0.85 },
    { match: '(do not|don\'t) think (i|we) should (have to)? (pay|be paying|be charged|be billed)', confidence: 0.8 },
    { match: 'no way (i|we) (am|are|will|\'m|\'re)? (paying|pay|going)', confidence: 0.85 },
    // "I don't owe you anything"
    { match: '(i|we) (do not|don\'t|did not|didn\'t) owe', confidence: 0.8 },
    // "don't bother sending a second bill"
    { match: '(do not|don\'t) bother (sending|invoicing|billing|chasing)', confidence: 0.8 },
    // "we'll be holding back the final 30%", "I'm withholding payment until"
    { match: '(hold|holding|held|withhold|withholding|withheld) (back)? (the|our|my|any|all|this|that)? (final|remaining|last|further|outstanding|next|second|balance)? (#Percent|#Money|payment|payments|balance|invoice|fee|fees|money|funds|deposit|instalment|installment|retainer|amount|sum|remainder|rest|cheque|check)', confidence: 0.85 },
    // "we'll settle once it's working", "payment when the leak is actually fixed"
    { match: `(pay|paying|settle|settling|payment|release) (you|it|the #Noun|this|that)? (once|when|after|until|as soon as) .{0,5} ${FIXED}`, confidence: 0.75 },
    // "I'll pay half now and the rest when it works"
    { match: `(the rest|the balance|the remainder|the remaining|the final) (#Money|#Percent|payment|instalment|installment|amount)? (when|once|after|until|as soon as) .{0,5} ${FIXED}`, confidence: 0.75 },
    // "I'm only going to pay for the work that was actually done"
    { match: '(only|just) (going to|willing to|prepared to|happy to)? (pay|paying|be paying) for (what|the work|the hours|the part|the parts|the time|work|hours|the bits)', confidence: 0.7 },
    // "I've stopped the direct debit until this is sorted", "I'm cancelling the cheque"
    { match: '(stop|stopped|stopping|block|blocked|suspend|suspended|freeze|froze|put a stop on|put a hold on) (the|my|our|all|any)? (direct debit|standing order|payment|payments|cheque|check|autopay|auto-pay|card payment|instalments|installments) (until|till|while|pending)', confidence: 0.75 },
    // "the invoice is on hold until", "we won't be releasing the final payment"
    { match: '(put|putting|placed|placing|is|are|will be|stays|remain|remains) (the|your|this|that|our|any)? (invoice|payment|payments|bill|invoices) on hold', confidence: 0.75 },
    { match: '(invoice|payment|payments|bill|invoices) (is|are|will be|stays|remains) on hold', confidence: 0.75 },
    { match: '(i|we) (will|are|am|shall) not (be)? (release|releasing|process|processing|approve|approving|authorise|authorising|authorize|authorizing) (the|any|your|this|that)? (final|last|remaining|next|second)? (payment|payments|invoice|invoices|balance|funds)', confidence: 0.85 },
    // "charging me for your mistake", "can we settle this for half?"
    { match: '(charge|charging|charged|bill|billing|billed|invoice|invoicing) (me|us) for (your|a|the|their|his|her) (mistake|mistakes|error|errors|fault|screw-up|mess|incompetence|rework|redo)', confidence: 0.8 },
    { match: '(settle|settling) (this|it|the #Noun|up)? for (half|less|#Money|#Percent|a fraction)', confidence: 0.7 },
    // "we'll be paying 50% of the invoice given the delays", "please cancel the invoice", "the invoice is void"
    { match: '(paying|pay|paid) (only)? (#Percent|half|part|a portion|some|a fraction) of (the|your|this)? (invoice|bill|fee|amount|balance|total)', confidence: 0.65 },
    { match: '(cancel|withdraw|void|scrap|rescind) (the|this|your|that) (invoice|bill|charge|charges|fee)', confidence: 0.75 },
    { match: `${BILL} (is|as)? (void|null and void|invalid|not valid)`, confidence: 0.75 },
    // "you've billed for hours nobody worked"
    { match: '(billed|charged|invoiced|billing|charging) (me|us)? for (hours|work|time|visits|sessions|parts|services|things|items|something|stuff|days) (nobody|no one|that was never|that were never|we never|i never|never|not|that did not|that didn\'t)', confidence: 0.8 },
    // "can we discuss a reduction in the fee?"
    { match: '(discuss|talk about|negotiate|ask for|asking for|request|requesting) (a|an|some)? (reduction|discount|refund|credit|rebate|compensation|partial refund) (in|on|off|for|of)', confidence: 0.6 },
    { match: '(deduct|deducting|deducted|take|taking|knock|knocking) .{0,6} from what (i|we) owe', confidence: 0.8 },
    // "the invoice is disputed", "this charge is in dispute"
    { match: `${BILL} (is|are|has been|have been|remains) (disputed|contested|in dispute|under dispute|not accepted|rejected)`, confidence: 0.8 },
    // "please issue a credit note for the missed visits"
    { match: '(issue|send|raise) (a|us|me)? credit note for', confidence: 0.6 },
    // "I've paid $240 rather than the $320 on the invoice"
    { match: 'paid (you|only|just)? (#Money|#Value) .{0,3} (rather|instead) (than|of)', confidence: 0.8 },
    // "if the $560 isn't back in my account by Friday", "unless my deposit is refunded"
    { match: '(if|unless) (the|my|our)? (full)? (#Money|money|refund|deposit|payment|balance|amount|fee) (is|has|are|have)? (not)? (been)? (back|returned|refunded|repaid|credited|reimbursed)', confidence: 0.75 },
    // "knock it off the bill", "take that off my statement", "I've deducted the callout"
    { match: `(take|taking|taken|took|knock|knocking|knocked|deduct|deducting|deducted|remove|removing|removed) .{0,5} (off|from) (the|my|your|our|this|next) (final|next|last|second|remaining)? ${BILL}`, confidence: 0.8 },
    { match: /^take (it|that|this) off[.!]*$/i, confidence: 0.7 },
    // "waive the late fee", "reverse the charges"
    { match: '(waive|waiving|reverse|reversing|cancel|drop|dropping|scrap|write off) (the|this|that|these|those|my|your|any)? (late|extra|additional|admin|cancellation|callout|call-out)? (fee|fees|charge|charges|penalty|penalties|surcharge|interest)', confidence: 0.75 },
    // "I'll dispute this invoice", "we are disputing the charges"
    { match: `(dispute|disputing|disputed|contest|contesting|contested|challenge|challenging|query|querying) (the|this|that|these|those|your|my|our|an|a)? ${BILL}`, confidence: 0.8 },
    // "you've billed me twice", "I was overcharged", "double charged"
    { match: '(charged|billed|invoiced) (me|us)? (twice|double|two times|three times|again for)', confidence: 0.8 },
    { match: '(charged|billed|invoiced) (me|us)? #Value times', confidence: 0.8 },
    { match: '(overcharged|over-charged|overbilled|over-billed|double charged|double-charged|double billed|overcharging)', confidence: 0.8 },
    { match: '(charged|billed|invoiced|charging|billing) .{0,8} (never|not) (signed|ordered|agreed|authorised|authorized|received|had|asked|used|requested|happened|showed|turned)', confidence: 0.8 },
    { match: '(i|we) never (signed up|ordered|agreed to|authorised|authorized|asked for|requested) .{0,6} (upgrade|plan|subscription|service|charge|extra|add-on|package|fee)', confidence: 0.7 },
    // "the balance should be zero", "this should have been included", "it should be free"
    { match: `${BILL} should (be|have been) (zero|nothing|covered|free|waived|included|refunded|cancelled)`, confidence: 0.75 },
    { match: '(should|ought to) (have been|be) (included|covered|free|complimentary|no charge|at no cost|part of the price|part of the package|part of the setup)', confidence: 0.6 },
    { match: '(more than|not what|above|over|double) (you|was|we were|i was)? (quoted|agreed)', confidence: 0.7 },
    // "your invoice is far higher than the quote"
    { match: '(higher|more|greater|bigger|larger|above|over) (than)? (the|your|our) (quote|estimate|quotation|agreed price|agreed amount|agreed fee)', confidence: 0.6 },
    // "I already paid for this with the setup fee"
    { match: '(already|previously) (paid|been charged|been billed|covered) for', confidence: 0.7 },
    { match: 'paid for (it|this|that|them) (already|with|in|as part of|when)', confidence: 0.75 },
    // "I want a full refund", "we expect the service credit", "I'm entitled to compensation"
    { match: `(i|we) (would|do|really|will|still)? (want|expect|demand|need|require|deserve|like|would like|insist on|am owed|are owed|am entitled to|are entitled to|am due|are due) (at least|nothing less than)? (a|my|our|the|an|some)? (full|partial|immediate|complete|prompt|proper|fair)? ${MONEY_BACK}`, confidence: 0.85 },
    { match: '(want|expect|demand|need) (the|my|our)? (full|entire|whole)? (#Money|#Value|money|deposit|fee|payment|amount)+ back', confidence: 0.85 },
    { match: '(my|our) money back', confidence: 0.85 },
    // "I'd like the callout fee refunded", "we expect the late charge waived"
    { match: '(want|like|expect|need|appreciate|insist) .{0,4} (refunded|reimbursed|waived|reversed|repaid)', confidence: 0.8 },
    { match: '(refund|reimburse) (me|us|it|my|our|#Money)', confidence: 0.65 },
    { match: `${MONEY_BACK} (is|would be|seems|feels) (only)? (fair|reasonable|appropriate|in order|warranted|due|owed|the least)`, confidence: 0.8 },
    // "I'd expect the fee to reflect that"
    { match: `expect (the|my|your|our|this)? ${BILL} to (reflect|be reduced|be adjusted|come down|drop|be waived|be cancelled)`, confidence: 0.8 },
    { match: `${BILL} (should|ought to|needs to|must) (reflect|be reduced|be adjusted|come down)`, confidence: 0.7 },
    // "you can forget about the rest of the money", "I think 50% is more than fair"
    { match: 'forget (about)? (the|your|any)? (rest|balance|remainder|money|payment|invoice|final payment|second payment|bill)', confidence: 0.8 },
    { match: '(#Percent|half) (is|would be|seems|sounds) (more than)? (fair|reasonable|generous|plenty)', confidence: 0.65 },
    // "I'd like my money returned in full", "I've already paid you once for this"
    { match: '(my|our) (money|deposit|payment|fee|fees|#Money) (returned|refunded|repaid|reimbursed)', confidence: 0.8 },
    { match: 'already (paid|charged|billed) (you|me|us) (once|twice|already|in full)? for (this|it|that|the same)', confidence: 0.65 },
    // "charge me for ten minutes and we'll call it even"
    { match: 'call it (even|quits|square)', confidence: 0.7 },
    // Payment tied to the fault being put right, however it is worded: "we'll release the last
    // instalment once the system has run a month without errors", "happy to pay the minute it
    // actually works", "payment will follow when the complaint is closed"
    { match: /\b(pay|paying|settle|settling|release|releasing|payment|pay you)\b[^.!?]{0,40}\b(once|when|after|until|till|as soon as|the moment|the minute|the day|only if|provided|if and when)\b[^.!?]{0,60}\b(works?|working|fixed|sorted|resolved|repaired|corrected|properly|actually (works?|working|fixed|sorted|sends|loads|runs|functions|does what)|without (any )?(issues|problems|errors|faults|glitches|bugs|complaints)|(issues?|problems?|matter|complaint|faults?|snags?) (is|are|has been|have been) (fixed|resolved|closed|sorted|put right))\b/i, confidence: 0.75 },
    // "invoice 2207 has been put on hold", "all payments on hold pending the review"
    { match: /\b(invoice|payment|bill|invoices|payments|bills)\b(\s+(no\.?\s*)?#?[\w-]*\d[\w-]*)?\s+(is|are|has been|have been|will be|was|were|remains?|stays?)\s+(now\s+)?(placed\s+|put\s+|kept\s+)?on hold\b|\bon hold pending\b/i, confidence: 0.75 },
    // A reduction asked for politely: "a goodwill discount on the last invoice seems only fair", "a
    // reduced fee would be appropriate", "I'm sure you'll want to revisit the figure"
    { match: /\b(goodwill (gesture|reduction|discount|credit|payment)|reduc(ed|tion in|tion on|tion to|tion of) (the |your |our |this )?(fee|fees|invoice|bill|price|rate|charge|total)s?|reduced (fee|fees|rate|price|invoice|bill|charge|amount)|partial refund|(a |some |an )?(discount|refund|credit|rebate|compensation|adjustment))\b[^.!?]{0,40}\b(would be|seems|feels|is|sounds|be)( only| more than| entirely| perfectly| quite)? (appropriate|fair|reasonable|in order|warranted|justified|the least|right)\b/i, confidence: 0.8 },
    { match: /\b(revisit|reconsider|rethink|look again at|take another look at|adjust|reduce)\s+(the|your|this|that)\s+(figure|fee|fees|invoice|bill|charge|charges|price|amount|rate|pricing|total)\b/i, confidence: 0.7 },
    // Losses or credits to come off a future bill: "I'll expect the downtime to be reflected in next
    // month's invoice", "we will be applying the service credit to our next payment"
    { match: /\bexpect\w*\b[^.!?]{0,30}\b(reflected|credited|deducted|offset|taken off|knocked off)\s+(in|on|from|against|off)\b|\bapply\w*\s+(the|a|an|our)\s+(\w+\s+){0,2}?(credit|deduction|discount|penalty|rebate|refund)\s+(to|against)\s+(the|our|my|your|next)\b/i, confidence: 0.8 },
    { match: /\b(deduct\w*|subtract\w*|knock\w*|offset\w*|tak(e|ing)|taken|took)(\s+[\w'’£$€%.,-]+){1,4}?\s+(off|from|against)\s+(the|my|our|your|this|next)\s+(\w+['’]?s?\s+){0,2}?(fee|fees|invoice|bill|payment|payments|retainer|balance|statement|total|instalment|installment)s?\b/i, confidence: 0.8 },
    // Amounts taken off or countered: "I've knocked £40 off", "can you knock it down to 30?", "I'll
    // pay $300, not $500", "happy to pay for the labour but not the extra £60"
    { match: /\b(knock\w*|took|taken|tak(e|ing)|deduct\w*|shav\w*)\s+(£|\$|€)?\d[\d,.]*\s?(%|percent|pounds|quid|dollars|euros)?\s+off\b|\bknock\w*\s+(it|this|that|the (bill|invoice|price|total|charge|fee))\s+(down|back)\b/i, confidence: 0.8 },
    { match: /\bpay\s+(you\s+)?(£|\$|€)\d[\d,.]*k?,?\s+(not|rather than|instead of|and not)\s+(the\s+)?(£|\$|€)?\d/i, confidence: 0.85 },
    { match: /\b(pay|paying)\b[^.!?]{0,30}\bbut not (for )?(the )?((extra|additional|callout|call-out|weekend|overtime|surcharge|travel|admin)\b|(£|\$|€)\d)/i, confidence: 0.8 },
    // "please credit the difference", "refund us the excess"
    { match: /\b(credit|refund|reimburse)\s+(me|us)?\s*(the|for the)\s+(difference|overpayment|overcharge|excess|unused|extra)\b/i, confidence: 0.8 },
    // Chasing money owed back: "the third time I've asked about my refund", "where is my deposit?",
    // "if it isn't back in my account by Friday"
    { match: /\b(ask\w*|chas\w*|wait\w*|enquir\w*|inquir\w*|follow\w* up)\s+(about|for|on|after)\s+(my|our|the)\s+(\w+\s+)?(refund|deposit|reimbursement|money)\b(?!\s+(options?|polic\w+|terms|process|rules))|\bwhere(['’]s| is| has)\s+(my|our)\s+(\w+\s+)?(refund|deposit|money)\b/i, confidence: 0.7 },
    { match: /\b(if|unless)\s+(it|the (refund|money|payment|deposit|balance|credit)|my (\w+\s+)?(refund|money|deposit))\s+(is ?n['’]?t|is not|has ?n['’]?t|has not|does ?n['’]?t|does not)\s+(been\s+)?((back|appear(ed)?|arrived?|land(ed)?|show(n)? up)\s+)?((in|into)\s+(my|our)\s+(account|bank)|returned|refunded|repaid)\b/i, confidence: 0.75 },
    // The cost put on the vendor: "I expect you to cover the repair in full", "repainted at your
    // expense", "you should be refunding me, not me paying"
    { match: /\bexpect\w* (you|your (company|firm|business|insurer|insurance))\s+to\s+(cover|pay|pay for|reimburse|refund|foot|compensate|make good)\b|\b(repaired|fixed|replaced|redone|put right|rectified|made good|sorted|corrected|reinstalled|cleaned|repainted|resprayed)\s+(\w+\s+){0,2}?(at|on) your (own )?(cost|expense)\b|\bat no (extra |further |additional )?(cost|charge) to (me|us)\b/i, confidence: 0.75 },
    { match: /\b(you|they)\s+(should|ought to|need to|must)\s+(be\s+)?(refunding|refund|reimbursing|reimburse|compensating|compensate)\s+(me|us)\b|\bnot (me|us) paying\b/i, confidence: 0.8 },
    // Getting money back already paid: "recovery of the fees already paid", "we'll claw back the deposit"
    { match: /\b(recover\w*|reclaim\w*|claw\w* back)\b( of)?\s+(the |our |my |all |any )?(fees?|money|deposit|payments?|sums?|amounts?)(\s+\w+){0,2}\s+(already\s+)?paid\b|\brecover\w*\s+(it|the money|our money|my money|the fees?|the deposit)\s+from you\b/i, confidence: 0.8 },
    // Part of a line questioned: "I'll be querying the hours on the invoice"
    { match: /\b(query|querying|queried|question|questioning|challenge|challenging|disput\w+|contest\w*)\s+(the|this|your|these|those)\s+(\w+\s+){1,3}?(on|in)\s+(the|your|this|my|our)\s+(invoice|bill|statement)\b|\b(disput\w+|contest\w*)\s+(it|this|that|them)\s+with\s+(my|our|the)\s+(bank|card|credit)/i, confidence: 0.75 },
    // The bill called overpriced: "your fees are about double what they should be"
    { match: /\b(fee|fees|price|prices|invoice|bill|charge|charges|rate|rates|quote)\s+(is|are|was|were)\s+(about\s+|roughly\s+|nearly\s+|almost\s+|at least\s+)?(double|twice|triple|three times|way more than|far more than|much more than|more than)\s+(what|than)\s+(they|it|it['’]s)\s+(should|ought)/i, confidence: 0.8 },
    // Partial payment decided on: "we've decided to pay 70% for now", "we will only pay half of it"
    { match: /\b(decided|chosen|opted|only (going|willing|prepared) to|will only|['’]ll only|can only)\s+(to\s+)?(pay|settle|release)\s+(you\s+)?(\d{1,2}\s?%|(half|part|a portion|a fraction|two thirds)\b)|\b(pay|paying|settle|settling)\s+(\d{1,2}\s?%|half|part)\s+of\s+(it|this|that)\s+(for now|at this stage|until)/i, confidence: 0.75 },
    // Something other than money: "I'd rather not pay cash", "we don't have a budget, but we'll
    // shout about you to our followers"
    { match: /\b(rather not|prefer not to)\s+(pay|paying)\s+(you\s+)?(cash|in cash|money|in money|for (this|that|it|the \w+)|the (invoice|bill|balance|fee|full))\b/i, confidence: 0.75 },
    { match: /\bbudget\b[^.!?]{0,40}\b(but|though|so|instead)\b[^.!?]{0,40}\b(shout|promot\w*|tag|feature|plug|mention|exposure|review|recommend|refer|follow)/i, confidence: 0.7, negatable: false },
    // Payment pulled back through the bank: "I'll raise a chargeback", "a disputed transaction"
    { match: /\bcharge-?backs?\b|\bdisputed (transaction|payment|charge)\b/i, confidence: 0.75 },
    // Payment parked behind a fix: "we'll need this resolved before we can process your invoice",
    // "the invoice stays unpaid until then"
    { match: /\b(fixed|resolved|sorted|working|put right|rectified|addressed|closed|completed properly)\b[^.!?]{0,40}\bbefore (we|i) (can |will |are able to |am able to )?(process|pay|settle|release|approve|sign off)\b|\b(invoice|bill|balance|payment)s?\s+(will\s+)?(stays?|remains?|be left)\s+(unpaid|outstanding|unsettled)\b/i, confidence: 0.75 },
    // Softer asks for less: "I'd expect some movement on the price", "a gesture off the bill", "waive
    // the remaining balance"
    { match: /\b(movement|flexibility|allowance|gesture|contribution)\s+(on|off|towards|against|from)\s+(the|your|this|that)\s+(price|fee|fees|invoice|bill|balance|cost|total|charge)\b|\bwaiv\w*\s+(the\s+)?(remaining\s+|outstanding\s+|final\s+|whole\s+)?(balance|invoice|bill|amount|cost|costs)\b/i, confidence: 0.7 },
    // The bill said not to match the work: "the charges don't reflect what was delivered", "I've paid
    // what I consider fair", "what exactly are we paying for?"
    { match: /\b(invoice|charges?|bill|fees?|price|amount|total)\s+(do(es)? ?n['’]?t|do(es)? not|hardly|barely)\s+reflect\s+(what|the (work|service|time|hours|quality|result))\b|\b(paid|pay|paying)\s+(you\s+)?what\s+(i|we)\s+(think|consider|feel|believe)\s+(is\s+)?(fair|reasonable|right|it['’]s worth)\b|\bwhat\s+(exactly\s+|actually\s+)?(am i|are we|have i|have we|was i|were we)\s+(actually\s+|even\s+)?(paying|paid|being charged)\s+(you\s+)?for\b|\bwhy\s+(am i|are we|have i|have we|was i|were we)\s+(still\s+)?(being\s+|been\s+)?(charged|billed|invoiced)\b/i, confidence: 0.75 },
    // Rhetorical refusals: "do you seriously expect me to pay this?", "you can't honestly expect us to
    // cover that", "surely you're not charging for the second visit?"
    { match: /\b(do|did|can|could|would)\s+you\s+(really|seriously|honestly|actually|genuinely)\s+expect\s+(me|us)\s+to\s+(pay|settle|cover|foot|be charged|be billed)\b|\b(can['’]?t|cannot|could ?n['’]?t)\s+(really\s+|seriously\s+|honestly\s+)?expect\s+(me|us)\s+to\s+(pay|settle|cover|foot)\b|\bsurely\s+(you['’]re not|you are not|you can['’]?t be|you aren['’]t|you won['’]t be|you didn['’]t)\s+(charging|billing|invoicing|charge|bill)\b/i, confidence: 0.8, negatable: false },
    // "please hold off invoicing until it works", "finance won't release funds until the faults are
    // cleared", "the invoice will not be paid"
    { match: /\bhold\s+(off\s+)?(on\s+)?(invoicing|billing|charging|the invoice|payment)\b[^.!?]{0,30}\buntil\b[^.!?]{0,30}\b(fixed|resolved|sorted|working|works|right|done properly|cleared)\b|\b(will|shall|can|are|is|wo)\s*(not|n['’]t)\s+(be\s+)?(releas\w*|process\w*|approv\w*|authori[sz]\w*)\s+(the\s+|any\s+|your\s+)?(funds|payment|payments|invoice|balance|money)\b[^.!?]{0,20}\buntil\b|\b(it|this|the invoice|that|the bill|your invoice|the balance)\s+(will|shall|is)\s*(not|never)\s+(be\s+)?(paid|settled|honou?red)\b|\b(it|this|the invoice|that|the bill|your invoice|the balance)\s+(won['’]t|isn['’]t)\s+(be\s+)?(getting\s+)?(paid|settled|honou?red)\b/i, confidence: 0.75 },
    // "that's what we'll pay", "we'll be paying a reduced amount", "consider the invoice settled"
    { match: /\b(is|['’]s)\s+(all\s+|exactly\s+)?what\s+(we|i)(['’]ll| will| are going to| am going to)?\s+(be\s+)?pay(ing)?\b(?!\s+(you\s+|them\s+)?for\b)|\bpay(ing)?\s+(a\s+|the\s+)?(reduced|lower|smaller|partial|discounted)\s+(amount|fee|sum|rate|price|figure|invoice)\b|\bconsider\s+(the|this|your|that|our)\s+(\w+\s+)?(invoice|bill|balance|debt)\s+(settled|paid|closed|cleared|void|cancelled)\b/i, confidence: 0.7 },
    // "the full fee isn't justified", "I don't think the invoice is fair"
    { match: /\b(fee|fees|invoice|bill|charge|charges|price|amount|cost|rate)\s+(is ?n['’]t|is not|are ?n['’]t|are not|was ?n['’]t|was not|hardly|barely|is hardly|is barely|is far from)\s+(justified|justifiable|warranted|fair|reasonable)\b|\b(do ?n['’]t|do not|don['’]t)\s+think\s+(the|your|this|that)\s+(full\s+|whole\s+)?(fee|fees|invoice|bill|charge|charges|price|amount)\s+(is|are)\s+(justified|justifiable|warranted|fair|reasonable)\b/i, confidence: 0.75 },
    // "instead of the invoice, what if we gave you an ad", "could I pay you in exposure"
    { match: 'instead of (the|your|an|our|my) (invoice|payment|fee|bill|#Money)', confidence: 0.8 },
    { match: 'instead of (paying|charging) (you|us|me|the|for)', confidence: 0.8 },
    { match: /\bpay (?:you |u )?(?:in|with) (?:free |some )?(?:kind|exposure|products?|shares|equity|vouchers?|meals?|tickets?|advertising|promotion|referrals|publicity|goods|beer|pizza|food|wine|coupons|gift cards?|a shout-?out|a review|a testimonial)\b/i, confidence: 0.8 },
    { match: 'in lieu of (payment|paying|the invoice|the fee|cash|money|your fee|the bill)', confidence: 0.8 },
    { match: 'in exchange for (a|an|the|some)? (exposure|shout-out|shout|review|promotion|ad|advert|advertisement|mention|credit|publicity|referral|testimonial)', confidence: 0.75 },
    { match: '(great|good|free|fantastic|valuable|lots of|a lot of|excellent) (exposure|publicity|advertising|promotion) for (you|your)', confidence: 0.75 },
    { match: '(barter|bartering)', confidence: 0.7 },
  ],
  unless: [
    // Neutral payment admin: "payment sent", "the refund came through", "refund policy", finance terms.
    /paying attention|refund polic|(realis|realiz|forgot|noticed|sorry)\w*[^.!?]{0,10}\b(i|we) (did ?n['’]t|did not|had ?n['’]t|have ?n['’]?t|have not) (yet )?(pay|paid)|(refund|payment|credit|transfer) (has |have )?(arrived|come through|came through|gone through|been (received|processed|sent|issued|made))|withholding tax|tax withh|credit (risk|rating|limit|line|facilit|support|agreement|exposure|worth|quality|card(?! (company|provider|issuer|firm))|score|report|history|profile|bureau|usage|union|check|file)/i,
  ],
  examples: {
    flag: [
      "I'm not paying for a repair that didn't fix anything.",
      "We won't be settling the invoice until the site actually loads on phones.",
      "I don't see why I should pay for your technician's mistake.",
      "We'll pay the balance once it's working.",
      'I expect a full refund.',
      'Please knock the second visit off the bill.',
      'We already paid for this with the setup fee.',
      'Could we pay you in exposure instead of the invoice?',
      "We're holding back the final payment until the snagging list is done.",
      "You've charged me twice for the same appointment.",
      'Not a penny more until someone calls me back.',
      'A partial refund would be fair given the delays.',
      "We'll release the last instalment once the app has run a month without errors.",
      'A goodwill discount on the final invoice seems only fair.',
      "I'm sure you'll want to revisit the figure.",
      "I've knocked £40 off for the scuffed skirting.",
      "I'll pay $300, not $500.",
      "I'm happy to pay for the labour but not the extra £60 travel charge.",
      'This is the third time I have asked about my refund.',
      "We'll be deducting the missed sessions from next term's fees.",
      "We've decided to pay 70% for now.",
      'Your rates are about double what they should be.',
      "If the money isn't in my account by Monday I'm asking my credit card company for a chargeback.",
      "We'll need the fault resolved before we can process your invoice.",
      "I'd expect some movement on the price given the delays.",
      "The charges don't reflect what was actually delivered.",
      'What exactly are we paying you for?',
      'Why am I being charged for a visit nobody made?',
      'Do you seriously expect me to pay for that?',
      'Surely you are not charging for the second visit?',
      'Please hold off invoicing until it actually works.',
      'Send the invoice if you like, but it will not be paid.',
      'The fee you quoted was £300, so that is what we will pay.',
      'The full fee is hardly justified.',
    ],
    pass: [
      'Payment sent this morning, thanks.',
      'Invoice attached for your records.',
      'When is the invoice due?',
      "I'll pay the invoice on Friday as agreed.",
      'Your refund has been processed and should arrive in 3-5 days.',
      "Sorry, I wasn't paying attention to the dates.",
      'Could you send me a quote for the extra pages?',
      'The credit risk team signed off on the limit.',
      'We will not dispute the invoice.',
      "I've just realised I didn't pay for March, sending it now.",
      "We'll pay the invoice once the goods arrive.",
      'Please apply the payment to invoice 4411.',
      "We'd rather not pay them to investigate their own mistake.",
      'The invoice looks fair, we will process it this week.',
      "We'll pay once we actually receive the invoice.",
      "That's what we pay you for.",
      'I will pay 50% of the deposit now and the rest on delivery.',
    ],
  },
});
