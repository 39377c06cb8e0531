package claims

// This file holds the checks for what a source holds back that a clause states: a hedge made
// certain, a negation dropped or added, a claim the source denies or leaves open, a part made
// the whole.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
)

// contrastEnds end a contrast that sets aside what follows: the "than" of "rather than".
var contrastEnds = setOfWords("than")

// certaintyOrNegation describes a hedge made certain or a negation flipped between a clause and
// its passage. Without closeMatch, the passage's own hedges and negations are not read (see
// contradiction).
func certaintyOrNegation(op, src *document.Document, cl clause, from, to, winFrom, winTo int, closeMatch bool) (string, bool) {
	// A clause that reports an estimate or a belief keeps its distance: "the report puts the cost
	// at" is as hedged as "would cost an estimated". reportedWhere tells it of the clause's
	// words for which where holds.
	estimates := estimating(op, cl.to)
	reportedWhere := func(where func(int) bool) bool {
		return firstIndex(op, cl.from, cl.to, hedgingVerbs, func(h int) bool { return estimates(h) && where(h) }) >= 0 ||
			firstIndex(op, cl.from, cl.to, pointWords, func(w int) bool { return w+1 < cl.to && op.Words[w+1].Norm == "to" && where(w) }) >= 0
	}
	anywhere := func(int) bool { return true }
	hedgedReport := reportedWhere(anywhere)
	shared := withRestatements(contentStems(op, cl.from, cl.to))
	// A hedge or negation counts only next to words the clause shares, so that one from a
	// neighbouring sentence of the window does not.
	nearIn := func(from, to, back, ahead int) func(w int) bool {
		return func(w int) bool {
			for k := max(from, w-back); k < min(to, w+ahead+1); k++ {
				if k != w && shared[src.Words[k].Stem] && sameClause(src, min(k, w), max(k, w)) {
					return true
				}
			}
			return false
		}
	}
	near := func(back, ahead int) func(w int) bool { return nearIn(from, to, back, ahead) }
	// Only a word that doubts the statement itself hedges it here: dropping "estimated",
	// "expected", "preliminary" or "aims to" restates a figure or a plan; it does not turn a
	// doubt into a certainty. (The opinion's own hedge may be any.)
	// When the clause gives a figure of the passage, only a hedge in that figure's clause hedges
	// it: "remained strong at 6.2 percent, although ... pay settlements for next year are likely
	// to be lower" hedges the settlements, not the 6.2 percent.
	var anchors []int
	read := false
	hedgesFigure := func(w int) bool {
		back := 6
		if w > from && (src.Words[w-1].Norm == "and" || src.Words[w-1].Norm == "but") {
			// "It has opened a formal review and may impose a penalty": a hedge that opens
			// the second of two verbs hedges that verb, not the first.
			back = 0
		}
		if !near(back, 6)(w) {
			return false
		}
		if !read {
			anchors, read = sharedFigures(op, src, cl, from, to), true
		}
		if len(anchors) == 0 {
			return true
		}
		return slices.ContainsFunc(anchors, func(a int) bool { return sameClause(src, min(a, w), max(a, w)) })
	}
	srcHedge, opHedge := firstIndex(src, from, to, epistemicHedges, func(w int) bool { return !classifiedBy(src, w) && hedgesFigure(w) }), firstOf(op, cl.from, cl.to, hedges, nil)
	if opHedge == "" {
		opHedge = firstOf(op, cl.from, cl.to, undecided, nil) // "is considering closing" against "may close"
	}
	// "The union alleged that supervisors discouraged reporting" is an account, and so is "Inspectors
	// heard from employees that supervisors discouraged injury reporting": neither states it.
	reportsAccount := srcHedge >= 0 && accountHedges[src.Words[srcHedge].Norm] && firstOf(op, cl.from, cl.to, accountFrames, nil) != ""
	// What ought to be ("new connections should stop") states nothing as certain.
	normative := firstOf(op, cl.from, cl.to, normativeWords, nil) != ""
	if closeMatch && srcHedge >= 0 && opHedge == "" && !hedgedReport && !reportsAccount && !normative {
		return fmt.Sprintf("hedges: '%s'; the opinion states it as certain: '%s'",
			wordsAround(src, srcHedge, from, to, 1, 5), clauseExcerpt(op, cl)), true
	}
	// What is only proposed or weighed is not yet to come: "The Bank will force shops to take
	// cash" against "Respondents were asked about three options", or "will stop enforcement"
	// against "The cabinet will consider proposals".
	proposes := func(w int) bool {
		if w > from && anyNegation[src.Words[w-1].Norm] || w-1 > from && anyNegation[src.Words[w-2].Norm] {
			return false // "does not consider statistically meaningful" judges; it weighs nothing
		}
		if near(6, 6)(w) {
			return true
		}
		// "three options: no new measures; a requirement to accept cash for essential goods
		// ...": the list the colon opens, to the end of its sentence, is what is weighed.
		if w+1 >= to || !strings.Contains(src.Text[src.Words[w].End:src.Words[w+1].Start], ":") {
			return false
		}
		for k := w + 1; k < to && src.Words[k].Sentence == src.Words[w].Sentence; k++ {
			if shared[src.Words[k].Stem] {
				return true
			}
		}
		return false
	}
	weighsItself := firstOf(op, cl.from, cl.to, undecided, nil) != "" || firstOf(op, cl.from, cl.to, proposalWords, nil) != "" ||
		firstOf(op, cl.from, cl.to, consultWords, nil) != ""
	// A condition is no hedge: "If it fails, the Ombudsman will make a formal finding" is as
	// certain as its "will", against "If we find insufficient progress, we could make a formal
	// finding".
	condition := unconditional(op)
	unhedgedWhere := func(where func(int) bool) bool {
		return !reportedWhere(where) && firstIndex(op, cl.from, cl.to, hedges, func(h int) bool { return condition(h) && where(h) }) < 0
	}
	unhedged := unhedgedWhere(anywhere)
	// A hedge inside one reported statement does not hedge the next: in "The report concedes that
	// the costs are preliminary estimates and that they will change", "preliminary" leaves the
	// "will" certain.
	unhedgedAt := func(at int) bool { return unhedgedWhere(governsStatement(op, cl.from, at)) }
	// onlyProposed tells opinion words [at, end), which settle the matter, against a proposal of
	// the passage; a "no" before denyEnd makes the clause reject the proposal, not settle it.
	onlyProposed := func(at, end, denyEnd int) (string, bool) {
		m := firstIndex(src, from, to, proposalWords, proposes)
		if m < 0 || weighsItself || saysNo(op, cl.from, denyEnd) != "" {
			return "", false
		}
		return fmt.Sprintf("says it is only proposed: '%s'; the opinion says '%s': '%s'",
			wordsAround(src, m, from, to, 1, 5), op.Excerpt(at, end), clauseExcerpt(op, cl)), true
	}
	if will := firstIndex(op, cl.from, cl.to, willWords, notSaying(op, cl.to)); will >= 0 && unhedgedAt(will) {
		// The hedge may sit in another sentence of the passage when the clause reports two
		// statements: "that the costs are preliminary estimates and that they will change"
		// against "All costs are preliminary estimates. They may change as designs develop."
		if m := firstIndex(src, winFrom, winTo, modalHedges, nearIn(winFrom, winTo, 6, 6)); m >= 0 {
			return fmt.Sprintf("says '%s'; the opinion says '%s': '%s'",
				wordsAround(src, m, winFrom, winTo, 1, 5), op.Slice(op.Words[will].Span), clauseExcerpt(op, cl)), true
		}
		if why, ok := onlyProposed(will, will+1, will); ok {
			return why, true
		}
	}
	// The same for what the clause tells as under way or settled without a "will": "The
	// ombudsman is putting the annual protection fee up" against "We are consulting on a
	// proposal to raise the annual protection fee".
	if at, n := settledAt(op, cl); at >= 0 && unhedged {
		if why, ok := onlyProposed(at, at+n, at+n); ok {
			return why, true
		}
	}
	// The source's plain negation, governing the shared words that follow it, against any way of
	// saying no in the opinion ("keep no record" and "record nothing" agree). The negation must
	// govern shared words after it: "was not an author" says nothing about what the author did.
	governs := near(0, 3)
	denies := deniesComplement(src, from, to, shared, evidenceNouns)
	srcNeg, opNeg := firstIndex(src, from, to, negations, func(w int) bool { return governs(w) || denies(w) }), saysNo(op, cl.from, cl.to)
	// "rather than" sets aside what follows it as firmly as "not": "traced to compatibility
	// problems rather than to faults in the charger" against "traced the failures to faults in
	// the chargers".
	if than := firstIndex(src, from, to, contrastEnds, func(w int) bool { return w > from && ratherThan(src, w) && governs(w) }); than >= 0 && (srcNeg < 0 || than < srcNeg) {
		srcNeg = than
	}
	if closeMatch && srcNeg >= 0 && opNeg == "" && !mentionsOnly(op, src, cl, srcNeg, to) {
		dropped := "drops the negation"
		if contrastEnds[src.Words[srcNeg].Norm] {
			dropped = "states what the source sets aside"
		}
		return fmt.Sprintf("says '%s'; the opinion %s: '%s'",
			wordsAround(src, srcNeg, from, to, 2, 4), dropped, clauseExcerpt(op, cl)), true
	}
	// The reverse: the opinion denies what the source states, with no way of saying no anywhere
	// in the passage ("did not rise" against "grew").
	if srcNeg < 0 && saysNo(src, from, to) == "" {
		// A negation inside a quotation is the speaker's ("says the system 'has not served the
		// northern wards well'"), whatever the source says of it.
		governs := opGoverns(op, src, cl, from, to, 3)
		sentence := op.Sentences[cl.sentence].Start
		writers := func(w int) bool { return governs(w) && !openQuotation(op.Text[sentence:op.Words[w].Start]) }
		if w := firstIndex(op, cl.from, cl.to, negations, writers); w >= 0 && !countsTheRest(op, src, cl, from, to) {
			return fmt.Sprintf("states it; the opinion denies it: '%s'", wordsAround(op, w, cl.from, cl.to, 2, 4)), true
		}
	}
	// A refusal denies what follows it: "has refused to look into the foreign recruits" against
	// "the ministry would review the claims about foreign recruits". A passive one says what
	// happened to its subject and denies nothing after it: "one in eight has been refused more
	// than five times".
	// The source's own refusal, failure or cancellation says no as the clause does: "failed to
	// connect" in both, "refused 38 of the 412 applications" or "eight shifts were cancelled"
	// is no denial.
	if srcNeg < 0 && firstIndex(src, from, to, notDone, nil) < 0 {
		governs := opGoverns(op, src, cl, from, to, 6)
		refusal := func(w int) bool {
			// "declined to comment", not "the decline in visits" or "visits declined by 5 per cent".
			return (!strings.HasPrefix(op.Words[w].Norm, "declin") || w+1 < cl.to && op.Words[w+1].Norm == "to") && !passive(op, w) && governs(w)
		}
		if w := firstIndex(op, cl.from, cl.to, refusals, refusal); w >= 0 {
			return fmt.Sprintf("states it; the opinion says it was refused: '%s'", wordsAround(op, w, cl.from, cl.to, 2, 6)), true
		}
		// "failed to inspect the bridge" against "inspected the bridge": a failure denies the act.
		failure := func(w int) bool { return w+1 < cl.to && op.Words[w+1].Norm == "to" && governs(w) }
		if w := firstIndex(op, cl.from, cl.to, failures, failure); w >= 0 && !countsTheRest(op, src, cl, from, to) {
			return fmt.Sprintf("states it; the opinion says it did not happen: '%s'", wordsAround(op, w, cl.from, cl.to, 2, 6)), true
		}
	}
	if why, ok := scopeWidened(op, src, cl, from, to, shared, partReach(src, shared, from, to)); ok {
		return why, true
	}
	return "", false
}

// notSaying returns a test for a "will" that does not foretell what someone will say: "The trust
// will point out that ..." forecasts an argument, not what the trust will do.
func notSaying(d *document.Document, to int) func(w int) bool {
	return func(w int) bool {
		for k := w + 1; k < min(to, w+3); k++ {
			if n := d.Words[k].Norm; reportingVerbs[n] || speechVerbs[n] || writingVerbs[n] || answerVerbs[n] {
				return false
			}
		}
		return true
	}
}

// answerVerbs, after "will", foretell what someone will say back.
var answerVerbs = setOfWords("point", "reply", "respond", "answer", "object", "tell", "protest", "explain")

// classifiedBy reports the "linked" of "complaints about parking linked to holiday lets" or "a
// scale linked to salary": straight after a noun, it says what kind of thing the noun is, and
// doubts nothing; "is linked to" and "may be associated with" do.
func classifiedBy(d *document.Document, w int) bool {
	if d.Words[w].Norm == "suspected" || d.Words[w].Norm == "tentative" {
		// "suspected strokes", "a tentative link": the word before a noun says what kind;
		// "were suspected of" and "is tentative" doubt.
		return w+1 < len(d.Words) && contentStem(d.Words[w+1]) != "" && !pauseBetween(d, w, w+1) &&
			(w == 0 || !beForms[d.Words[w-1].Norm])
	}
	if n := d.Words[w].Norm; n != "linked" && n != "associated" || w == 0 || pauseBetween(d, w-1, w) {
		return false
	}
	prev := d.Words[w-1]
	return contentStem(prev) != "" && !beForms[prev.Norm] && !strings.HasSuffix(prev.Norm, "ly") && !epistemicHedges[prev.Norm]
}

// mentionsOnly reports whether the clause uses the words a source negation at word neg governs
// only inside a quotation: 'grumbling about "scarce budgets"' names the words of 'do not justify
// spending scarce budgets' without asserting anything about them.
func mentionsOnly(op, src *document.Document, cl clause, neg, to int) bool {
	governed := contentStems(src, neg+1, min(to, neg+6))
	start := op.Sentences[cl.sentence].Start
	found := false
	for w := cl.from; w < cl.to; w++ {
		if !governed[op.Words[w].Stem] {
			continue
		}
		if !openQuotation(op.Text[start:op.Words[w].Start]) {
			return false // used outside any quotation
		}
		found = true
	}
	return found
}

// countsTheRest reports whether the clause counts what is left between two of the passage's
// counts: "31 overflows had no monitor" against "monitors were fitted to 381 of the 412
// overflows" denies nothing the source states.
func countsTheRest(op, src *document.Document, cl clause, from, to int) bool {
	passageQ := quantities(src, from, to)
	clauseQ := quantities(op, cl.from, cl.to)
	markComplements(op, cl, clauseQ)
	return slices.ContainsFunc(clauseQ, func(c quantity) bool {
		given := slices.ContainsFunc(passageQ, func(p quantity) bool { return !p.year && p.pct == c.pct && agree(c, p) })
		rest := slices.ContainsFunc(passageQ, func(p quantity) bool { return !p.year && !p.label && restatesTheRest(c, p) })
		return !given && (impliedDifference(c, passageQ) || rest)
	})
}

// markComplements marks the shares of a clause that a verb's negation after them turns into the
// rest of a whole: "almost a third of rapid chargers still will not take a card" gives the share
// that does not, against the source's "available at 68 per cent". "No better than" compares; it
// does not negate.
func markComplements(op *document.Document, cl clause, clauseQ []quantity) {
	for i, c := range clauseQ {
		if !c.pct {
			continue
		}
		if failedBefore(op, cl, c.word) {
			clauseQ[i].complement = true
			continue
		}
		for w := c.word + 1; w < cl.to; w++ {
			if verbNegations[op.Words[w].Norm] {
				clauseQ[i].complement = true
				break
			}
		}
	}
}

// failedBefore reports whether a failure governs the clause's words before word w: "failed to
// turn up on eight of its 104 nights" counts the nights it did not.
func failedBefore(op *document.Document, cl clause, w int) bool {
	for k := max(cl.from, w-12); k+1 < w; k++ {
		if failures[op.Words[k].Norm] && op.Words[k+1].Norm == "to" {
			return true
		}
	}
	return false
}

// verbNegations negate the verb they stand with: the plain negations but those that go with a
// noun ("no", "neither", "nor"), and "without".
var verbNegations = func() map[string]bool {
	set := union(negations, setOfWords("without"))
	for _, w := range []string{"no", "neither", "nor"} {
		delete(set, w)
	}
	return set
}()

// sharedFigures returns the source words in [from, to) that give a figure the clause gives too,
// years and labels aside.
func sharedFigures(op, src *document.Document, cl clause, from, to int) []int {
	var out []int
	srcQ := quantities(src, from, to)
	for _, c := range quantities(op, cl.from, cl.to) {
		if c.year || c.label || c.vague {
			continue
		}
		for _, p := range srcQ {
			if !p.year && !p.label && !p.vague && p.pct == c.pct && agree(c, p) {
				out = append(out, p.word)
			}
		}
	}
	return out
}

// openQuotation reports whether text leaves a quotation open: an odd number of straight double
// quotes, or more opening curly quotes than closing ones.
func openQuotation(text string) bool {
	return strings.Count(text, `"`)%2 == 1 || strings.Count(text, "“") > strings.Count(text, "”")
}

// declined describes a passage that declines to say what a clause asserts, worded apart: it
// denies the very claim ("It did not find evidence that the club deliberately admitted
// spectators" against "The inquiry found that the club deliberately let supporters in") or leaves
// it an open question ("not yet clear whether ... phishing" against "was obviously phished").
func declined(op, src *document.Document, cl clause, span document.Span) (string, bool) {
	from, to := src.WordsIn(span)
	shared := contentStems(op, cl.from, cl.to)
	if saysNo(op, cl.from, cl.to) == "" {
		heads := evidenceNouns
		if settles(op, cl) {
			// Not showing or proving a claim denies only a claim made without a hedge: "do not
			// show that vacancies caused the lower ratings" against "were more likely to" is no
			// conflict.
			heads = denialHeads
		}
		if w := firstIndex(src, from, to, negations, deniesComplement(src, from, to, shared, heads)); w >= 0 {
			return fmt.Sprintf("says '%s'; the opinion drops the negation: '%s'",
				wordsAround(src, w, from, to, 2, reach(src, w, to, shared)), clauseExcerpt(op, cl)), true
		}
	}
	// An open question is settled by a plain no as much as by a plain yes.
	if w := leftOpen(src, from, to, shared); w >= 0 && answers(op, cl) {
		before, after := 5, reach(src, w, to, shared)
		if notYetAssessed(src, w, to) {
			before, after = 12, 5 // the matter is the subject before "cannot yet be assessed"
		}
		return fmt.Sprintf("leaves it open: '%s'; the opinion states it as settled: '%s'",
			wordsAround(src, w, from, to, before, after), clauseExcerpt(op, cl)), true
	}
	if w, ok := unconfirmed(src, from, to, shared); ok && settles(op, cl) && firstOf(op, cl.from, cl.to, accountFrames, nil) == "" {
		return fmt.Sprintf("says it is not established: '%s'; the opinion states it as fact: '%s'",
			wordsAround(src, w, from, to, 14, 4), clauseExcerpt(op, cl)), true
	}
	return "", false
}

// unconfirmed finds in source words [from, to) a sentence that says its claim is not established
// ("Reports that the harbour master resigned on Friday could not be confirmed", "The cause of the
// fire has not been determined", "unverified reports") and holds at least two of the stems in
// shared. It returns the word that says so.
func unconfirmed(src *document.Document, from, to int, shared map[string]bool) (int, bool) {
	for w := from; w < to; w++ {
		n := src.Words[w].Norm
		denied := unconfirmedWords[n]
		if confirmWords[n] {
			for k := max(from, w-4); k < w && !denied; k++ {
				denied = anyNegation[src.Words[k].Norm] && sameClause(src, k, w)
			}
		}
		if !denied {
			continue
		}
		s := src.Sentences[src.Words[w].Sentence]
		a, b := max(from, s.FirstWord), min(to, s.EndWord)
		a = max(a, relativeClauseStart(src, a, w))
		if len(heldStems(src, a, b, shared)) >= 2 {
			return w, true
		}
	}
	return 0, false
}

// relativeClauseStart returns the first word of the relative clause set off by a comma that word
// w stands in, among words [from, w]: in "would cost an estimated 380,000 pounds, for which no
// funding is currently identified" the denial is of the funding, not of the cost. It returns from
// when there is none.
func relativeClauseStart(d *document.Document, from, w int) int {
	for k := w; k > from; k-- {
		if !strings.Contains(d.Text[d.Words[k-1].End:d.Words[k].Start], ",") {
			continue
		}
		if relativeOpeners[d.Words[k].Norm] || k+1 <= w && relativeOpeners[d.Words[k+1].Norm] && prepositions[d.Words[k].Norm] {
			return k
		}
	}
	return from
}

var (
	// relativeOpeners open a relative clause: "..., which", "..., for whom".
	relativeOpeners = setOfWords("which", "who", "whom", "whose", "where")
	// prepositions may lead a relative opener: "for which", "of whom".
	prepositions = setOfWords("for", "of", "in", "on", "at", "by", "to", "with", "from", "under")
)

// deniedClaim describes a clause that restates, as fact, a claim its passage reports as denied:
// "Everyone at the ferry firm was aware of the cracked hull" against "The Carrow ferry company
// denied that it knew about the cracked hull". A clause that itself reports an account ("the
// company insists") is left alone.
func deniedClaim(op, src *document.Document, cl clause, from, to int) (string, bool) {
	shared := contentStems(op, cl.from, cl.to)
	w, ok := disputed(src, from, to, shared)
	if !ok || !settles(op, cl) || firstOf(op, cl.from, cl.to, accountWords, nil) != "" ||
		negatedWord(op, cl, contentStems(src, w+1, clauseEnd(src, w, to))) {
		return "", false
	}
	return fmt.Sprintf("reports it as denied: '%s'; the opinion states it as fact: '%s'",
		wordsAround(src, w, from, to, 6, reach(src, w, to, shared)), clauseExcerpt(op, cl)), true
}

// negatedWord reports whether the clause says the opposite of one of stems with a negating prefix:
// "unfair" against the denied claim that an offer "was fair" agrees with the denial.
func negatedWord(op *document.Document, cl clause, stems map[string]bool) bool {
	for w := cl.from; w < cl.to; w++ {
		n := op.Words[w].Norm
		for _, prefix := range []string{"un", "in", "im", "il", "ir", "dis", "non"} {
			if rest, ok := strings.CutPrefix(n, prefix); ok && len(rest) > 2 && stems[document.Stem(rest)] {
				return true
			}
		}
	}
	return false
}

// disputed finds in source words [from, to) a claim the source reports as denied or disputed
// ("The Carrow ferry company denied that it knew about the cracked hull", "disputes having been
// warned"): a verb of denial followed by "that" or a verb in -ing, and at least two of the stems
// in shared after it in its clause. It returns the verb.
func disputed(src *document.Document, from, to int, shared map[string]bool) (int, bool) {
	for w := from; w+1 < to; w++ {
		if !denialVerbs[src.Words[w].Norm] {
			continue
		}
		if next := src.Words[w+1].Norm; next != "that" && !strings.HasSuffix(next, "ing") {
			continue
		}
		if len(heldStems(src, w+1, clauseEnd(src, w, to), shared)) >= 2 {
			return w, true
		}
	}
	return 0, false
}

// denialVerbs deny or dispute a claim; accountWords in a clause report someone's account of it
// rather than state it ("the company insists it knew nothing").
var (
	denialVerbs  = setOfWords("deny", "denies", "denied", "denying", "dispute", "disputes", "disputed", "disputing", "reject", "rejects", "rejected", "rejecting")
	accountWords = setOfWords("deny", "denies", "denied", "denying", "dispute", "disputes", "disputed", "insist", "insists", "insisted", "claim", "claims", "claimed", "say", "says", "said", "maintain", "maintains", "maintained", "allege", "alleges", "alleged")
)

// accountHedges hedge a claim by crediting it to someone; accountFrames report someone's account.
var (
	accountHedges = setOfWords("alleged", "allegedly", "reportedly", "claimed", "unconfirmed")
	accountFrames = setOfWords("heard", "told", "tell", "tells", "said", "say", "says", "claim",
		"claims", "claimed", "allege", "alleges", "alleged", "according", "reported", "reports")
)

// confirmWords confirm a claim; unconfirmedWords say it is not confirmed.
var (
	confirmWords = setOfWords("confirm", "confirmed", "verify", "verified", "corroborate",
		"corroborated", "substantiate", "substantiated", "determine", "determined", "establish",
		"established", "identify", "identified", "proven", "known")
	unconfirmedWords = setOfWords("unconfirmed", "unverified", "uncorroborated", "unsubstantiated")
)

// reach returns how many words after word w of src, before to and in its clause, an excerpt needs
// to show the last word whose stem is in shared and the two words after it.
func reach(src *document.Document, w, to int, shared map[string]bool) int {
	last := w
	for j, end := w+1, clauseEnd(src, w, to); j < end; j++ {
		if shared[src.Words[j].Stem] {
			last = j
		}
	}
	return min(last-w+2, 12)
}

// undecided words say that something is only being weighed: the opinion's "is considering
// closing the tower" keeps the source's doubt ("may close").
var undecided = setOfWords("considering", "considers", "weighing", "weighs", "exploring",
	"explores", "mulling", "proposes", "proposed", "proposing", "planning", "plans", "intends", "undecided")

// proposalWords say that what follows is only proposed or weighed, not decided.
var proposalWords = setOfWords("proposal", "proposals", "proposes", "proposed", "proposing",
	"consider", "considering", "considers", "option", "options", "weighing", "recommend", "recommends",
	"recommended", "recommending", "recommendation", "recommendations")

// consultWords name a consultation: a clause about one ("There will be consultation sessions")
// tells of the process, not of a decision.
var consultWords = setOfWords("consultation", "consultations", "consulting", "consult")

// willWords state what is to come as certain; modalHedges say it only may come.
var (
	willWords   = setOfWords("will", "won't", "shall")
	modalHedges = setOfWords("may", "might", "could")
)

// unconditional returns a test for a word of d that is not a condition ("if", "unless").
func unconditional(d *document.Document) func(w int) bool {
	return func(w int) bool { n := d.Words[w].Norm; return n != "if" && n != "unless" }
}

// estimating returns a test for a hedging verb that estimates: "puts the cost at", not "puts the
// rise down to", which gives a cause as firmly as "blames".
func estimating(d *document.Document, to int) func(w int) bool {
	return func(w int) bool {
		if n := d.Words[w].Norm; n != "put" && n != "puts" {
			return true
		}
		for k := w + 1; k+1 < to && k < w+8; k++ {
			if d.Words[k].Norm == "down" && d.Words[k+1].Norm == "to" {
				return false
			}
		}
		return true
	}
}

// statementOf returns which of the statements a clause reports holds word w: -1 for the frame
// before the first "that" ("The report concedes"), then 0, and one more after each "and that",
// "but that" or "or that".
func statementOf(d *document.Document, from, w int) int {
	n := -1
	for k := from; k < w; k++ {
		switch {
		case d.Words[k].Norm != "that":
		case n < 0:
			n = 0
		case k > from && clauseConjunctions[d.Words[k-1].Norm]:
			n++
		}
	}
	return n
}

// governsStatement returns a test for a hedge at word h that qualifies word at: it stands in the
// frame, which governs every statement reported, or in the same statement.
func governsStatement(d *document.Document, from, at int) func(h int) bool {
	want := statementOf(d, from, at)
	return func(h int) bool {
		sh := statementOf(d, from, h)
		return sh < 0 || sh == want
	}
}

// evidenceNouns are what a source finds none of when it declines to back a claim: "found no
// evidence that", "there is no sign that", "did not find proof of".
var evidenceNouns = map[string]bool{"evidence": true, "sign": true, "signs": true, "indication": true,
	"indications": true, "proof": true, "suggestion": true}

// denialHeads are the evidence nouns and the verbs of showing: "do not show that", "does not
// prove that", "did not establish that".
var denialHeads = union(evidenceNouns, setOfWords("show", "shows", "showed", "prove", "proves",
	"proved", "establish", "establishes", "established", "demonstrate", "demonstrates",
	"demonstrated", "mean", "means"))

// deniesComplement returns a test for a source negation at word w that denies a whole claim: it
// is followed, within three words, by one of heads (an evidence noun, a verb of showing) and "that"
// or "of", and a word the clause shares comes after them in the same clause ("We found no evidence
// that the association had deliberately delayed repairs").
func deniesComplement(src *document.Document, from, to int, shared, heads map[string]bool) func(w int) bool {
	return func(w int) bool {
		for k := w + 1; k < min(to-1, w+4); k++ {
			if !heads[src.Words[k].Norm] {
				continue
			}
			if n := src.Words[k+1].Norm; n != "that" && n != "of" {
				return false
			}
			for j, end := k+2, clauseEnd(src, w, to); j < end; j++ {
				if shared[src.Words[j].Stem] {
					return true
				}
			}
			return false
		}
		return false
	}
}

// partReach returns a test for a source part word ("some", "most") among words [from, to) that
// limits what a clause shares: a shared word within three words of it, or up to six words after it
// ("some farms have begun feeding winter fodder"), in its clause, but not across a relative pronoun:
// in "members, most of whom farm on the Dunmere Plain" the part is of the members.
func partReach(src *document.Document, shared map[string]bool, from, to int) func(w int) bool {
	return func(w int) bool {
		for k := max(from, w-3); k < min(to, w+7); k++ {
			if k > w && relativePronouns[src.Words[k].Norm] {
				return false
			}
			if k != w && shared[src.Words[k].Stem] && sameClause(src, min(k, w), max(k, w)) {
				return true
			}
		}
		return false
	}
}

// relativePronouns open a relative clause: a part word before one is a part of its antecedent.
var relativePronouns = setOfWords("whom", "who", "which", "whose")

// refusals deny what follows them: "refused to look into".
var refusals = setOfWords("refused", "refuses", "refuse", "declined", "declines", "decline")

// failures, before "to", say that what follows did not happen: "failed to inspect".
var failures = setOfWords("failed", "fails", "fail", "neglected", "neglects", "omitted")

// notDone, in the source, say that something was not done: a refusal, a failure, or a
// cancellation of some of what was planned ("eight shifts were cancelled" backs "failed to turn
// up on eight nights").
var notDone = union(union(refusals, failures), setOfWords("cancelled", "canceled", "missed", "abandoned", "scrapped", "skipped", "postponed"))

// negativePrefixes make a word its own negation: uneven, inaccurate, dishonest, non-binding.
var negativePrefixes = []string{"un", "in", "im", "il", "ir", "dis", "non"}

// opGoverns returns a test for an opinion negation at word w: it governs one of the next three
// words, which the source passage has (or restates with a word of the same group).
func opGoverns(op, src *document.Document, cl clause, from, to, reach int) func(w int) bool {
	have := map[string]bool{}
	negated := map[string]bool{} // stems the source negates with a prefix: "uneven" for "even"
	for k := from; k < to; k++ {
		if st := contentStem(src.Words[k]); st != "" {
			have[st] = true
		}
		for _, prefix := range negativePrefixes {
			if rest, ok := strings.CutPrefix(src.Words[k].Norm, prefix); ok && len(rest) > 2 {
				negated[document.Stem(rest)] = true
			}
		}
	}
	return func(w int) bool {
		for k := w + 1; k < min(cl.to, w+6); k++ {
			if n := op.Words[k].Norm; n == "until" || n == "till" {
				return false // "is not due to start until 2025" says when, not whether
			}
		}
		for k := w + 1; k < min(cl.to, w+reach+1); k++ {
			st := contentStem(op.Words[k])
			if negated[st] {
				return false // "not evenly" restates "uneven"
			}
			if st != "" && slices.ContainsFunc(expand(st), func(alt string) bool { return have[alt] }) {
				return true
			}
		}
		return false
	}
}

// settledAt returns the first word and length of a clause's verb that tells a change as under way
// or settled: "is putting", "are closing", "is to get", "has decided"; or -1.
func settledAt(op *document.Document, cl clause) (int, int) {
	for w := cl.from; w+1 < cl.to; w++ {
		next := op.Words[w+1].Norm
		switch op.Words[w].Norm {
		case "is", "are":
			if next == "to" && w+2 < cl.to && !determiners[op.Words[w+2].Norm] && op.Words[w+2].Norm != "blame" &&
				!(w > cl.from && intentNouns[op.Words[w-1].Norm]) {
				return w, 3 // "is to get"
			}
			if strings.HasSuffix(next, "ing") && len(next) > 5 && !ingNouns[next] {
				return w, 2 // "is putting"
			}
		case "has", "have":
			if next == "decided" || next == "agreed" || next == "approved" {
				return w, 2
			}
		}
	}
	return -1, 0
}

// intentNouns before "is to" make what follows an intention, not a settled change: "the plan is
// to close", "its response is to wave the rise away".
var intentNouns = setOfWords("plan", "plans", "aim", "aims", "idea", "goal", "intention", "hope",
	"response", "answer", "solution", "job", "task", "priority", "reply", "proposal", "option", "instinct")

// ingNouns end in "-ing" but are no verb after "is": "the problem is nothing new".
var ingNouns = setOfWords("nothing", "something", "anything", "everything", "morning", "evening",
	"ceiling", "building", "funding", "housing", "spending", "training", "meeting", "during")
