package claims

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// outlets find a named speaker or outlet a claim is credited to: "told the Morning Record",
// "the Harrowmere Gazette reported".
var (
	creditedTo = regexp.MustCompile(`\b(?:told|speaking to|interviewed by|in an interview with|writing in|according to)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)`)
	creditedBy = regexp.MustCompile(`((?:\p{Lu}[\p{L}'’-]*\s+)+)(?:has\s+)?(?:reported|reports|wrote|writes|revealed|reveals|published|broadcast)\b`)
)

// namesOtherSource reports whether a clause credits a named speaker or outlet that this source
// never mentions, and sets *credit to the words that do so.
func (idx *index) namesOtherSource(clause string, credit *string) bool {
	for _, re := range []*regexp.Regexp{creditedTo, creditedBy} {
		for _, m := range re.FindAllStringSubmatch(clause, -1) {
			name := strings.TrimSpace(m[1])
			folded := document.Fold(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))
			if folded == "" || strings.Contains(idx.folded(), " "+folded+" ") {
				continue // the source itself, or someone it quotes
			}
			*credit = strings.TrimSpace(m[0])
			return true
		}
	}
	return false
}

// attribution finds a claim credited to someone other than the source.
var attribution = regexp.MustCompile(`(?i)\b(according to|reportedly|reports? (?:online|say|suggest)|sources? (?:say|said|told|close to)|people familiar with|familiar with the matter|(?:am|are|was|were|been|being)(?: also| \w+ly)? told|(?:residents|locals|neighbou?rs|workers|parents|critics|experts|insiders|analysts|staff|families)(?: \w+){0,4} (?:say|said|claim|claimed|tell|told|report|reported)|told (?:reporters|this|the)|leaks? from|leaked|(?:a|my|one) (?:\w+ )?(?:friend|source|nurse|insider|colleague|neighbou?r|contact)s?(?: \w+){0,4} (?:told|tells|says|said|who)|` + insiders + `|(?:news|press) agency|broadcaster|one official|an official|officials (?:say|said)|it is rumou?red|rumou?rs?|it is understood|it's understood|is understood to|word is|whistle-?blower|on condition of anonymity|anonymous(?:ly)?|(?:newspaper|outlet|site|channel|wire) (?:reported|reports|says|said)|` + writerCredits + `)\b`)

// attributionIn returns the first words of text that credit another source, or "". Words a
// negation denies are no attribution: "nobody told us when a repair would happen" is a complaint;
// nor are words a modal makes hypothetical: "many of you could tell me the same story".
func attributionIn(text string) string {
	if locs := undenied(attribution, text); len(locs) > 0 {
		return text[locs[0][0]:locs[0][1]]
	}
	return ""
}

// undenied returns where re matches text, leaving out the matches a negation or a modal just
// before denies or makes hypothetical.
func undenied(re *regexp.Regexp, text string) [][]int {
	var out [][]int
	for _, loc := range re.FindAllStringIndex(text, -1) {
		before := strings.Fields(text[:loc[0]])
		if len(before) == 0 || !anyNegation[strings.ToLower(before[len(before)-1])] && !hypotheticalModals[strings.ToLower(before[len(before)-1])] {
			out = append(out, loc)
		}
	}
	return out
}

// epistemicHedges doubt the statement they qualify: whether it is so, not how precisely it is
// counted or what someone plans.
var epistemicHedges = setOfWords("may", "might", "could", "possibly", "perhaps", "likely", "unlikely",
	"suggest", "suggests", "suggested", "appear", "appears", "appeared", "linked", "associated",
	"probably", "unclear", "unconfirmed", "alleged", "allegedly", "suspected", "tentatively", "tentative")

var hedges = map[string]bool{
	"may": true, "might": true, "could": true, "possibly": true, "perhaps": true, "likely": true,
	"unlikely": true, "suggest": true, "suggests": true, "suggested": true, "appear": true,
	"appears": true, "appeared": true, "linked": true, "associated": true, "preliminary": true,
	"probably": true, "estimated": true, "unclear": true, "unconfirmed": true, "alleged": true,
	"allegedly": true, "suspected": true, "tentatively": true, "tentative": true, "believed": true,
	"expects": true, "expected": true, "forecast": true, "forecasts": true, "projected": true, "aims": true, "hopes": true, "target": true, "targets": true,
	"potential": true, "potentially": true, "risk": true, "if": true, "unless": true,
}

// hypotheticalModals, before a verb of telling, make it what someone could say, not what they said.
var hypotheticalModals = setOfWords("could", "would", "might", "can", "may")

// anyNegation holds every way of saying no.
var anyNegation = map[string]bool{
	"not": true, "no": true, "never": true, "none": true, "nothing": true, "neither": true,
	"nor": true, "without": true, "cannot": true, "can't": true, "don't": true, "doesn't": true,
	"didn't": true, "isn't": true, "aren't": true, "wasn't": true, "weren't": true, "won't": true,
	"hasn't": true, "haven't": true, "refused": true, "denied": true, "nobody": true, "unable": true,
	"failed": true, "lack": true, "lacks": true, "absent": true,
}

// ratherThan reports whether word w is the "than" of "rather than".
func ratherThan(d *document.Document, w int) bool {
	return w > 0 && d.Words[w].Norm == "than" && d.Words[w-1].Norm == "rather"
}

// attributiveFailed reports a "failed" between a determiner and the noun it describes ("the
// failed test sessions", "two failed bids"): a kind of thing, not a refusal or a failure to act
// ("failed to report", "the venue failed its inspection").
func attributiveFailed(d *document.Document, w, to int) bool {
	if d.Words[w].Norm != "failed" || w == 0 || w+1 >= to || contentStem(d.Words[w+1]) == "" || pauseBetween(d, w, w+1) {
		return false
	}
	prev := d.Words[w-1].Norm
	return failedDeterminers[prev] || isCount(prev)
}

// failedDeterminers, before "failed", make it describe the noun after it.
var failedDeterminers = setOfWords("the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "that", "of", "any", "every", "some", "many")

// saysNo returns the first way of saying no in words [from, to) of d: a word of anyNegation, a
// contrast ("rather than", "instead of") or a verb phrase that refuses ("rules out a points
// deduction", "turned the plan down"); "" if there is none.
func saysNo(d *document.Document, from, to int) string {
	if n := firstOf(d, from, to, anyNegation, func(w int) bool { return !attributiveFailed(d, w, to) }); n != "" {
		return n
	}
	for w := from + 1; w < to; w++ {
		switch prev := d.Words[w-1].Norm; {
		case ratherThan(d, w), prev == "instead" && d.Words[w].Norm == "of":
			return d.Text[d.Words[w-1].Start:d.Words[w].End] // "rather than to its contractors"
		}
		if d.Words[w].Norm != "out" && d.Words[w].Norm != "down" {
			continue
		}
		for k := max(from, w-3); k < w; k++ {
			switch st := d.Words[k].Stem; {
			case d.Words[w].Norm == "out" && st == "rule", d.Words[w].Norm == "down" && (st == "turn" || st == "vote"):
				return d.Text[d.Words[k].Start:d.Words[w].End]
			}
		}
	}
	return ""
}

// negations are the plain negations looked for in the source.
var negations = map[string]bool{
	"not": true, "no": true, "never": true, "neither": true,
	"nor": true, "cannot": true, "can't": true, "don't": true, "doesn't": true,
	"didn't": true, "isn't": true, "aren't": true, "wasn't": true, "weren't": true, "won't": true,
	"hasn't": true, "haven't": true,
}

// hedgingVerbs report an estimate, an expectation or a belief rather than a fact; so do the
// nouns of an estimate ("by the regulator's own reckoning", "on the council's estimate").
var hedgingVerbs = map[string]bool{
	"puts": true, "put": true, "reckons": true, "reckoned": true, "estimates": true, "estimated": true,
	"expects": true, "expected": true, "forecasts": true, "projects": true, "projected": true,
	"believes": true, "believed": true, "thinks": true, "suggests": true, "suggested": true,
	"fears": true, "feared": true, "predicts": true, "predicted": true, "hopes": true,
	"risks": true, "reckoning": true, "estimate": true, "estimation": true, "calculation": true,
}

// pointWords before "to" report evidence that points somewhere without proving it: "the update
// points to shared vehicles" keeps the source's "may be linked to".
var pointWords = setOfWords("points", "pointed", "point", "pointing")

// judge checks one clause against the source.
func (c *Checker) judge(in Input, idx *index, cl clause) (report.Finding, bool) {
	op, src := in.Opinion, in.Source
	content := 0
	for w := cl.from; w < cl.to; w++ {
		if contentStem(op.Words[w]) != "" {
			content++
		}
	}
	if speakerVerbs[op.Words[cl.to-1].Norm] && cl.to-cl.from <= 6 {
		return report.Finding{}, false // "Chief inspector Ilse Varrow said": the frame of a quotation
	}
	if why, span, change, ok := idx.changeOfComparison(op, cl); ok && why != "" {
		// "That is a rise of more than a third": the change between the two figures of the
		// sentence before, measured by the source sentence that gives them.
		f := narrowToCommas(op, cl, change.word, clauseFinding(op, cl))
		return contradicted(f, src.ParagraphAt(span.Start)+1, why, sourceEvidence(src, span, 1)), true
	}
	anaphor := content == 2 && !hasCount(op, cl) && continues(op, cl)
	if content < 3 && !(content == 2 && hasCount(op, cl)) && !anaphor {
		// Too short to judge, unless it settles a question the source leaves open ("The
		// investigations now under way will end in prosecution"). Two words and a figure are
		// enough: "Corradine took six days".
		if span, w, ok := idx.openQuestionOn(op, cl); ok && content == 2 && quotedShare(in.Quotes, cl.span) < 0.35 {
			return openQuestionSettled(op, src, cl, span, w), true
		}
		// "and complaints were up on last year, too": a move that the source's own two figures
		// for the same thing go against, when every content word of the clause is in them.
		if _, dir := clauseDirection(op, cl); dir != 0 && content >= 1 {
			if best := idx.search(op, cl.from, cl.to); best.window >= 0 && best.shared == content && best.plain == content {
				from, to := src.WordsIn(best.span)
				if why, ok := figuresAgainstDirection(op, src, cl, from, to); ok {
					f := clauseFinding(op, cl)
					return contradicted(f, src.ParagraphAt(best.span.Start)+1, why, sourceEvidence(src, best.span, best.score)), true
				}
			}
		}
		// "The closure did that.": a cause the source says it cannot yet single out.
		if span, why, ok := idx.causeWithoutLink(op, cl); ok && content >= 1 && quotedShare(in.Quotes, cl.span) < 0.35 {
			f := clauseFinding(op, cl)
			return contradicted(f, src.ParagraphAt(span.Start)+1, why, sourceEvidence(src, span, 1)), true
		}
		// "That is nearly three times as long.": a multiple of the comparison the sentence
		// before made, measured by the source's figures for it.
		if m, ok := claimedMultiple(op, cl); ok {
			if why, span, handled := idx.multipleOfComparison(op, cl, m); handled && why != "" {
				f := clauseFinding(op, cl)
				return contradicted(f, src.ParagraphAt(span.Start)+1, why, sourceEvidence(src, span, idx.search(op, cl.from, cl.to).score)), true
			}
		}
		return report.Finding{}, false
	}
	if f, ok := unanimityDenied(op, src, cl); ok {
		return f, true
	}
	if f, ok := tallyChanged(op, src, cl); ok {
		return f, true
	}
	if f, ok := recurrenceUnsupported(op, src, cl); ok {
		return f, true
	}
	quoted := quotedShare(in.Quotes, cl.span)
	best := idx.search(op, cl.from, cl.to)
	f := clauseFinding(op, cl)
	if anaphor && !(best.window >= 0 && best.plain == 2 && (nearby(src, best.span, cl.antecedent) || idx.onlySentenceWith(contentStems(op, cl.from, cl.to))) && inOneSentence(src, op, cl, best.span)) {
		return report.Finding{}, false
	}
	supported := best.window >= 0 && best.plain >= 2 && (best.score >= c.opts.MinCoverage && best.shared >= c.opts.MinShared ||
		best.score >= c.opts.StrongCoverage && best.shared >= 2 && cl.checkable && inOneSentence(src, op, cl, best.span) || anaphor)
	// A figure that differs from the figures of a passage on the same subject contradicts it even
	// when the rest of the clause is worded differently.
	related := best.window >= 0 && best.score >= c.opts.MaxUnsupported*0.7 && best.shared >= c.opts.MinShared
	var evidence []report.Evidence
	if best.window >= 0 && best.shared > 0 {
		evidence = sourceEvidence(src, best.span, best.score)
	}
	if !supported && !related {
		// A clause that says several things may share little with the source as a whole while
		// one of its figures sits in a passage on the same subject: "Backlog now tops $2 billion,
		// against ..., which means ...".
		if local, ok := idx.figureContext(op, cl, c.opts.MinCoverage); ok && figuresConflict(op, src, cl, local) {
			best, related = local, true
			evidence = sourceEvidence(src, best.span, best.score)
		} else if best.window >= 0 && best.score >= c.opts.MaxUnsupported && best.shared >= 2 && inOneSentence(src, op, cl, best.span) {
			// Two words in one sentence with the clause, and a figure against it: "most of us have
			// had to chase a job at least twice" against "46 per cent said they had to chase a
			// repair at least twice".
			if cq, pq, ok := clauseFiguresConflict(op, src, cl, best); ok {
				return figureContradicted(op, src, cl, best.span, cq, pq, evidence), true
			}
			// The same for the other ways of contradicting a passage, for a statement of fact:
			// "Not one of those broken monitors has been replaced" against "faulty monitors at
			// 12 of these sites have since been replaced". The passage shares too little to say
			// which of its hedges and negations govern what the clause says: a hedge made
			// certain is left to the framing stage's certainty shifts, which name the words that
			// shift, and a negation dropped to the check of negated phrases.
			if cl.checkable && !demandOrAddress(op, cl) && quoted < 0.35 {
				from, to := src.WordsIn(best.span)
				if why, ok := contradiction(op, src, idx, cl, best.span, from, to, from, to, false); ok {
					return contradicted(f, src.ParagraphAt(best.span.Start)+1, why, evidence), true
				}
			}
		}
	}
	para := src.ParagraphAt(best.span.Start) + 1
	if supported || related {
		// Words the writer credits to an informant ("An engineer at one site told me") are the
		// informant's to check, whatever the source says on the subject.
		if m := creditOutsideQuotes(in.Quotes, cl.span, f.Text); m != "" && quoted < 0.35 && !idx.creditsTheSource(f.Text, m) {
			return attributedElsewhere(f, m, evidence), true
		}
		if m := anonymousCreditFor(in.Quotes, cl.span, f.Text, src.Slice(best.span)); m != "" && quoted < 0.35 {
			return attributedElsewhere(f, m, evidence), true
		}
		from, to := src.WordsIn(best.span)
		passageQ, clauseQ := quantities(src, from, to), quantities(op, cl.from, cl.to)
		relate(src, passageQ, contentStems(op, cl.from, cl.to))
		pairByPhrase(op, src, clauseQ, passageQ)
		markComplements(op, cl, clauseQ)
		// A count the source gives elsewhere for the same things is its figure, restated beside
		// another passage: "Stannard, where some 640 of the threatened properties sit, is to
		// get 38 million pounds of new embankments" against "would protect around 500
		// properties".
		if cq, pq, ok := conflict(countEvents(op, cl, slices.Clone(clauseQ), passageQ), passageQ); ok && (agree(cq, pq) || !idx.givesCount(cq)) {
			if m := attributionIn(f.Text); !supported && m != "" && quoted < 0.35 && !idx.creditsTheSource(f.Text, m) {
				// A figure in a clause only that figure ties to the source, credited to another
				// ("According to our own club survey of 620 members, two-thirds ..."), is that
				// other source's to check.
				return attributedElsewhere(f, m, evidence), true
			}
			if idx.restatesShareElsewhere(op, cl, cq, pq) {
				// A share the passage does not give may be one another sentence gives for the
				// very thing: "a little under three fifths of the network's scheduled kilometres"
				// against "around 58 percent of scheduled kilometres", not the 95.3 percent of
				// scheduled mileage beside it.
				if f, ok := c.restatedFigures(op, src, idx, cl, f, best); ok {
					return f, true
				}
			}
			// A figure against a word ("three in ten" against "most of the delays") is weak
			// evidence: when another sentence has the very figure, that is the passage restated.
			// A share the source counts out ("126 of the 310 spaces") is a figure, not a word.
			if !(pq.share && !pq.ofWhole || pq.vague) || cq.vague || cq.share {
				f := figureContradicted(op, src, cl, best.span, cq, pq, evidence)
				if cq.rise && othersAgree(clauseQ, passageQ, cq) {
					// "shot UP, from 618 to 664, a jump of more than 10 per cent": the counts
					// are the source's; only the rise between commas is not.
					f = narrowToCommas(op, cl, cq.word, f)
				}
				return f, true
			}
			if f, ok := c.restatedFigures(op, src, idx, cl, f, best); ok {
				return f, true
			}
			return figureContradicted(op, src, cl, best.span, cq, pq, evidence), true
		}
		if cq, pq, span, ok := idx.figureElsewhere(op, cl, from, to, clauseQ, passageQ); ok {
			return narrowToHalf(op, cl, cq.word, figureContradicted(op, src, cl, span, cq, pq, sourceEvidence(src, span, best.score))), true
		}
		if why, at, _, ok := idx.multipleConflict(op, cl, from, to, clauseQ, passageQ); ok {
			f = contradicted(f, para, why, evidence)
			// "the rate jumped from 11.8 to 17.2, nearly double the national average": the
			// multiple is the half after the comma; the half before may restate the source.
			if _, b, split := halves(op, cl); split && at >= b.from {
				f = narrowToHalf(op, cl, at, f)
			}
			return f, true
		}
		if supported {
			if cq, pq, ok := loneFigures(quantities(op, cl.from, cl.to), quantities(src, from, to)); ok && !idx.givesCount(cq) {
				return figureContradicted(op, src, cl, best.span, cq, pq, evidence), true
			}
		}
		if !supported {
			goto unsupported
		}
		winFrom, winTo := from, to
		from, to = closestWeighted(src, op, cl, from, to, idx.idf)
		// A demand states nothing the source could contradict; it may restate a requirement the
		// source sets out, below.
		demand := demandOrAddress(op, cl)
		why, ok := "", false
		if appealToExperience(op, cl) {
			// A remark on what anyone who has been there knows, which may still restate the
			// source's figures ("already knows what it took the ministry a 1,240-farm survey to
			// discover").
			return c.restatedFigures(op, src, idx, cl, f, best)
		}
		if !demand {
			why, ok = contradiction(op, src, idx, cl, best.span, from, to, winFrom, winTo, true)
		}
		if ok {
			return contradicted(f, para, why, evidence), true
		}
		if demand && saysNo(op, cl.from, cl.to) != "" {
			return report.Finding{}, false // a demand that rejects what the source asks for restates nothing
		}
		if quoted >= 0.35 {
			// Mostly a quotation of the source with its attribution ("the company warns that
			// ..."): the quote finding says it. The writer's own words beside the quote may
			// still restate a figure of the passage: "In areas where volunteer ... events [copied],
			// take-up was around 52 percent".
			if rest, ok := unquotedRun(op, in.Quotes, cl); ok && !conditions[leadWord(op, rest.from, rest.to)] && figuresAllInPassage(op, src, rest, winFrom, winTo) {
				f.Start, f.End, f.Text = rest.span.Start, rest.span.End, op.Slice(rest.span)
				return restated(f, para, evidence), true
			}
			return report.Finding{}, false
		}
		if lw := leadWord(op, cl.from, cl.to); lw == "i" || lw == "i've" || lw == "i'm" {
			return report.Finding{}, false
		}
		if firstOf(op, op.Sentences[cl.sentence].FirstWord, cl.to, normativeWords, notReported(op, op.Sentences[cl.sentence].FirstWord)) != "" && !requires(src, best.span) {
			// "it must fund the irrigation programme in full": the writer's demand, on a
			// subject the source covers, restates nothing, nor do the verbs the "must"
			// governs after a comma ("must halt the review, open the books"); a requirement
			// the source sets out ("The company must:" over its list) is reported.
			return report.Finding{}, false
		}
		return restated(f, para, evidence), true
	}
unsupported:
	if appealToExperience(op, cl) {
		// A remark on what anyone who has been there knows, which may still restate the
		// source's figures.
		return c.restatedFigures(op, src, idx, cl, f, best)
	}
	if span, w, ok := idx.openQuestionOn(op, cl); ok && quoted < 0.35 && !demandOrAddress(op, cl) {
		return openQuestionSettled(op, src, cl, span, w), true
	}
	if best.window >= 0 && quoted < 0.35 && ignoranceRestated(op, src, cl, best.span) {
		f.Kind = report.Paraphrase
		f.Explanation = fmt.Sprintf("Restates the source (paragraph %d) in other words: both say the question is still open.", para)
		f.Evidence = evidence
		return f, true
	}
	if best.window >= 0 && quoted < 0.35 && !related && best.score >= c.opts.MaxUnsupported {
		// Too close to call, unless the passage declines to say what the clause asserts or
		// negates the very phrase it states.
		why, ok := declined(op, src, cl, best.span)
		if !ok {
			why, ok = negatedPhrase(op, src, cl, best.span)
		}
		if ok {
			return contradicted(f, para, why, evidence), true
		}
	}
	if quoted >= 0.6 || (best.window >= 0 && best.score >= c.opts.MaxUnsupported) {
		if quoted < 0.35 {
			if f, ok := c.restatedFigures(op, src, idx, cl, f, best); ok {
				return f, true
			}
		}
		// Words the writer credits to someone else ("I'm told", "a steward told me") are theirs
		// to check, however close they come to the source.
		if m := creditOutsideQuotes(in.Quotes, cl.span, f.Text); m != "" && !idx.creditsTheSource(f.Text, m) {
			return attributedElsewhere(f, m, evidence), true
		}
		return report.Finding{}, false // partly supported: too close to call either way
	}
	f.Kind = report.Unsupported
	if span, why, ok := idx.dramatisedChange(op, cl); ok {
		return contradicted(f, src.ParagraphAt(span.Start)+1, why, sourceEvidence(src, span, 1)), true
	}
	if m := attributionIn(f.Text); (m != "" && !idx.creditsTheSource(f.Text, m)) || idx.namesOtherSource(f.Text, &m) {
		return attributedElsewhere(f, m, evidence), true
	}
	if cq, pq, span, ok := idx.sameUnitConflict(op, cl); ok && quoted < 0.35 && !demandOrAddress(op, cl) {
		return figureContradicted(op, src, cl, span, cq, pq, sourceEvidence(src, span, best.score)), true
	}
	if why, span, ok := deniedPhrase(op, src, cl); ok && quoted < 0.35 && !demandOrAddress(op, cl) {
		return contradicted(f, src.ParagraphAt(span.Start)+1, why, sourceEvidence(src, span, 1)), true
	}
	if span, why, ok := idx.causeWithoutLink(op, cl); ok && quoted < 0.35 {
		return contradicted(f, src.ParagraphAt(span.Start)+1, why, sourceEvidence(src, span, 1)), true
	}
	if related {
		if why, ok := declined(op, src, cl, best.span); ok {
			return contradicted(f, para, why, evidence), true
		}
		// "all of the supposed decline ... is an artefact of the new counters" against "some of
		// the apparent fall is likely to reflect the change of method": a part made the whole.
		from, to := src.WordsIn(best.span)
		a, b := closestSentence(src, op, cl, from, to)
		shared := contentStems(op, cl.from, cl.to)
		if why, ok := scopeWidened(op, src, cl, a, b, shared, partReach(src, shared, a, b)); ok && !demandOrAddress(op, cl) {
			return contradicted(f, para, why, evidence), true
		}
	}
	if !cl.checkable && !sweeping(op, cl) || everyonesAttitude(op, cl) || signpost(op, cl) {
		return report.Finding{}, false
	}
	if f, ok := c.restatedFigures(op, src, idx, cl, f, best); ok {
		return f, true
	}
	if (len(evidence) == 0 || cl.to-cl.from <= 6) && !slices.ContainsFunc(quantities(op, cl.from, cl.to), quantity.figure) && !sweeping(op, cl) {
		// Not one word of the source, nor a figure to check, nor a claim about all or none or
		// what will happen: the writer's own remark ("Academics are trained never to say
		// anything plainly", "this is the filth behind the starched tablecloth") more often
		// than an assertion the source could have made.
		return report.Finding{}, false
	}
	f.Subkind = report.NotInSource
	f.Explanation = "An assertion of fact that nothing in this source supports."
	if len(evidence) > 0 {
		f.Explanation += " The closest passage is shown for comparison."
	}
	f.Evidence = evidence
	return f, true
}

// sweeping reports whether a clause that names nothing specific still makes a claim that can be
// held against the source: a prediction or a claim about all or none ("Nothing of value is being
// lost", "it will happen again", "The whole drop was down to the weather"). Opinions, personal
// remarks and demands are not sweeping claims, whatever their words.
func sweeping(op *document.Document, cl clause) bool {
	if firstOf(op, op.Sentences[cl.sentence].FirstWord, cl.to, normativeWords, nil) != "" ||
		firstOf(op, cl.from, cl.to, personalWords, nil) != "" || op.Sentences[cl.sentence].Paragraph == 0 ||
		commandVerbs[leadWord(op, cl.from, cl.to)] {
		return false
	}
	for w := cl.from; w+1 < cl.to; w++ {
		if linkingVerbs[op.Words[w].Norm] && (op.Words[w+1].Norm == "a" || op.Words[w+1].Norm == "an") {
			return false // a characterisation: "The whole thing is a farce"
		}
	}
	return firstOf(op, cl.from, cl.to, sweepingWords, nil) != ""
}

// signpost reports whether a clause points the reader to what follows ("Here is what it found",
// "Here's the science in plain English", "Here are the numbers it would rather you skimmed
// past"): it introduces the writer's account, and asserts nothing the source could support.
func signpost(op *document.Document, cl clause) bool {
	w := afterConjunctions(op, cl)
	if w >= cl.to {
		return false
	}
	switch op.Words[w].Norm {
	case "here's":
		return true
	case "here":
		return w+1 < cl.to && (op.Words[w+1].Norm == "is" || op.Words[w+1].Norm == "are")
	}
	return false
}

// everyonesAttitude reports whether a clause says what everyone, anyone or no one thinks or likes
// ("Nobody is blaming the nurses", "and nobody enjoys a warranty bill", "Anyone who has driven
// down Station Road knows why"): a remark, not a claim the source could settle.
func everyonesAttitude(op *document.Document, cl clause) bool {
	w, ok := everyoneSubject(op, cl)
	if !ok {
		return false
	}
	// "Nobody in this union disputes ...", "Nobody on Bell Street is going to pretend ...": the
	// people meant, narrowed by a short phrase, before the verb. "Anyone who has driven down
	// Station Road knows why ...", "Nobody who has spent time inside will be surprised": narrowed
	// by what they have done.
	reach := 0
	switch {
	case w < cl.to && groupPrepositions[op.Words[w].Norm]:
		reach = 6
	case w < cl.to && op.Words[w].Norm == "who":
		reach = 16
	default:
		return attitudeAt(op, w, cl.to)
	}
	for k := w + 1; k < min(cl.to, w+reach); k++ {
		if attitudeAt(op, k, cl.to) {
			return true
		}
	}
	return false
}

// appealToExperience reports whether a clause says what anyone who has been somewhere knows
// ("Anyone who has driven down Station Road knows why it catches so many", "Nobody who has
// spent time inside will be surprised"): an appeal to the reader's experience, which the source
// can neither support nor contradict.
func appealToExperience(op *document.Document, cl clause) bool {
	who, ok := everyoneSubject(op, cl)
	if !ok || who >= cl.to || op.Words[who].Norm != "who" || !everyonesAttitude(op, cl) {
		return false
	}
	// What they know is left open ("knows why it catches so many", "can tell you exactly what
	// the main cause is"): a claim they are said to know ("can tell you the troops never
	// guarded anyone") is the writer's, and judged.
	for k := who + 1; k < cl.to; k++ {
		if whWords[op.Words[k].Norm] {
			return true
		}
		if op.Words[k].Norm == "that" && k > who+1 && attitudeVerbs[op.Words[k-1].Stem] {
			return false
		}
	}
	return !tellsYou(op, who+1, cl.to)
}

// everyoneSubject returns the word after a clause's subject when that subject is everyone,
// anyone or no one ("Nobody", "and no one", "Anyone"), past the conjunctions that open it.
func everyoneSubject(op *document.Document, cl clause) (int, bool) {
	w := afterConjunctions(op, cl)
	switch {
	case w < cl.to && everyoneWords[op.Words[w].Norm]:
		return w + 1, true
	case w+1 < cl.to && op.Words[w].Norm == "no" && op.Words[w+1].Norm == "one":
		return w + 2, true
	}
	return 0, false
}

// tellsYou reports whether "tell you" or "tell us" stands in words [from, to): what follows is
// a claim, unless a question word opens it.
func tellsYou(d *document.Document, from, to int) bool {
	for k := from; k+1 < to; k++ {
		if d.Words[k].Norm == "tell" && (d.Words[k+1].Norm == "you" || d.Words[k+1].Norm == "us") {
			return k+2 < to
		}
	}
	return false
}

// groupPrepositions narrow "nobody" to a group or a place: "nobody in this club", "nobody on Bell
// Street", "nobody at head office".
var groupPrepositions = setOfWords("in", "on", "at", "from", "among", "within", "inside", "outside")

// afterConjunctions returns the first word of a clause after the conjunctions that open it ("And
// here's ...", "but nobody ..."), or cl.to when there is none.
func afterConjunctions(op *document.Document, cl clause) int {
	w := cl.from
	for w < cl.to && leadingConjunctions[op.Words[w].Norm] {
		w++
	}
	return w
}

// everyoneWords stand for everyone, anyone or no one.
var everyoneWords = setOfWords("everyone", "everybody", "nobody", "anyone", "anybody")

// attitudeAt reports whether word w, before end, is a verb of attitude ("disputes"), or "is" before
// one ("is blaming").
func attitudeAt(d *document.Document, w, end int) bool {
	if w+1 < end && d.Words[w].Norm == "is" {
		w++
	}
	if w+2 < end && d.Words[w].Norm == "going" && d.Words[w+1].Norm == "to" {
		w += 2 // "is going to pretend"
	}
	if w+2 < end && (d.Words[w].Norm == "will" || d.Words[w].Norm == "can" || d.Words[w].Norm == "could") {
		// "will be surprised", "can guess", "can tell you"
		if d.Words[w+1].Norm == "be" && d.Words[w+2].Stem == "surpris" || d.Words[w+1].Stem == "guess" ||
			d.Words[w+1].Norm == "tell" && d.Words[w+2].Norm == "you" {
			return true
		}
	}
	return w < end && attitudeVerbs[d.Words[w].Stem]
}

// attitudeVerbs say what someone thinks, likes or holds against someone: after "nobody" or
// "everyone" they make a remark, not a claim the source could settle. Stems, so that "disputes",
// "disputing" and "going to dispute" all match.
var attitudeVerbs = stemSet("dispute", "doubt", "deny", "blame", "enjoy", "like", "love", "hate",
	"want", "believe", "expect", "care", "think", "argue", "pretend", "know", "mind", "question",
	"begrudge", "suggest", "claim")

// linkingVerbs link a subject to what it is said to be.
var linkingVerbs = setOfWords("is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't")

// sweepingWords make a claim about the future or about all or none of something.
var sweepingWords = setOfWords("will", "won't", "nothing", "everyone", "everybody", "whole", "all", "none",
	"never", "every", "always", "nobody")

// personalWords make a remark the writer's or the reader's own.
var personalWords = setOfWords("i", "i'm", "i've", "i'd", "me", "my", "you", "your", "you're", "you've", "we", "our", "us")

// contradiction runs the checks of a clause against the passage that supports it, in order, and
// returns the first that finds the passage contradicted: words [from, to) are the source sentence
// closest to the clause, [winFrom, winTo) the whole passage, span its text. closeMatch says that the
// passage shares enough with the clause for its hedges and negations to govern what the clause
// says.
func contradiction(op, src *document.Document, idx *index, cl clause, span document.Span, from, to, winFrom, winTo int, closeMatch bool) (string, bool) {
	checks := []func() (string, bool){
		func() (string, bool) { return certaintyOrNegation(op, src, cl, from, to, winFrom, winTo, closeMatch) },
		func() (string, bool) { return oneWayOnly(op, src, cl, winFrom, winTo) },
		func() (string, bool) { return recordUnbounded(op, src, cl, winFrom, winTo) },
		func() (string, bool) { return yearChanged(op, src, cl, from, to) },
		func() (string, bool) { return zeroAgainstCount(op, src, cl, from, to) },
		func() (string, bool) { return planAsDone(op, src, cl, from, to) },
		func() (string, bool) { return causeFromAssociation(op, src, idx, cl, from, to) },
		func() (string, bool) { return declined(op, src, cl, span) },
		func() (string, bool) { return deniedClaim(op, src, cl, winFrom, winTo) },
		func() (string, bool) { return actorSwapped(op, src, cl, from, to) },
		func() (string, bool) { return rolesSwapped(op, src, cl, from, to) },
		func() (string, bool) { return bodySwapped(op, src, cl, from, to) },
		func() (string, bool) { return idx.partForWhole(op, cl, winFrom, winTo) },
		func() (string, bool) { return scopeWidenedElsewhere(op, src, cl, from, winFrom, winTo) },
		func() (string, bool) { return directionFlipped(op, src, cl, from, to) },
		func() (string, bool) { return frequencyEscalated(op, src, cl, from, to) },
		func() (string, bool) { return magnitudeEscalated(op, src, cl, from, to) },
		func() (string, bool) { return rankRaised(op, src, cl, from, to) },
		func() (string, bool) { return confirmedFigure(op, src, cl, winFrom, winTo) },
	}
	for _, check := range checks {
		if why, ok := check(); ok {
			return why, true
		}
	}
	return "", false
}

// demandOrAddress reports whether a clause says what the writer wants done ("The pick-rate
// targets should be scrapped, not reviewed"), unless it reports someone else saying so, or tells
// the reader something about themselves ("You don't need a 214-page report to work it out"):
// neither states a fact the source could contradict.
func demandOrAddress(op *document.Document, cl clause) bool {
	_, framed := reported(op, cl)
	return !framed && firstOf(op, op.Sentences[cl.sentence].FirstWord, cl.to, normativeWords, nil) != "" || addressesReader(op, cl)
}

// addressesReader reports whether a clause's subject is the reader: it opens with "you".
func addressesReader(op *document.Document, cl clause) bool {
	lead := leadWord(op, cl.from, cl.to)
	// "Harlow Cross workers: you are not scanners with legs": the readers named, then told.
	for w := cl.from + 1; w < min(cl.to, cl.from+5); w++ {
		if strings.Contains(op.Text[op.Words[w-1].End:op.Words[w].Start], ":") {
			lead = op.Words[w].Norm
			break
		}
	}
	switch lead {
	case "you", "you're", "you've", "you'll", "you'd":
		return true
	}
	return false
}

// requires reports whether a source passage, or the line that leads into the list it is an item
// of, sets out a requirement: "must", "should", "required", "recommends".
func requires(src *document.Document, span document.Span) bool {
	from, to := src.WordsIn(span)
	if firstOf(src, from, to, requirementWords, nil) != "" {
		return true
	}
	lead, ok := src.ListLead(span)
	if !ok {
		return false
	}
	from, to = src.WordsIn(lead)
	return firstOf(src, from, to, requirementWords, nil) != ""
}

// requirementWords set out what someone must do.
var requirementWords = setOfWords("must", "should", "ought", "required", "requires", "require", "recommends",
	"recommend", "recommended", "recommendation", "recommendations", "ordered", "orders", "obliged", "needs", "need")

// hasCount reports whether a clause gives a figure other than "one", not denied: "six days",
// "68.4 per cent", but not "not one cent" or "one unlucky town".
func hasCount(op *document.Document, cl clause) bool {
	for _, q := range quantities(op, cl.from, cl.to) {
		if q.figure() && q.value != 1 && !q.denied && !deniedBefore(op, q.word) {
			return true
		}
	}
	return false
}

// sourceEvidence is the one source passage that backs a judgement, with its retrieval score.
func sourceEvidence(src *document.Document, span document.Span, score float64) []report.Evidence {
	return []report.Evidence{{Side: report.Source, Start: span.Start, End: span.End, Text: src.Slice(span), Score: report.RoundScore(score)}}
}

// restatedFigures makes f a paraphrase when every figure of the clause (years and labels aside)
// is in one source sentence that shares a word with it: worded differently, but its figures are
// the source's, so it is a restatement, not an invention.
func (c *Checker) restatedFigures(op, src *document.Document, idx *index, cl clause, f report.Finding, best passage) (report.Finding, bool) {
	ev, ok := idx.figureSupport(op, cl)
	if !ok {
		return f, false
	}
	// "HUNDREDS of people poisoned, not 17": the writer names the source's figure to reject it.
	from, to := src.WordsIn(ev)
	for _, c := range quantities(op, cl.from, cl.to) {
		if !c.denied {
			continue
		}
		for _, p := range quantities(src, from, to) {
			if !p.year && !p.label && p.pct == c.pct && agree(c, p) {
				return figureContradicted(op, src, cl, ev, c, p, sourceEvidence(src, ev, best.score)), true
			}
		}
	}
	if why, ok := confirmedFigure(op, src, cl, from, to); ok {
		return contradicted(f, src.ParagraphAt(ev.Start)+1, why, sourceEvidence(src, ev, best.score)), true
	}
	// "That is nearly triple what they were using five years ago": the five years are the
	// source's, the multiple is the clause's own.
	if why, _, where, ok := idx.multipleConflict(op, cl, from, to, quantities(op, cl.from, cl.to), quantities(src, from, to)); ok {
		return contradicted(f, src.ParagraphAt(where.Start)+1, why, sourceEvidence(src, where, best.score)), true
	}
	// Its figures are the source's, but what it says of them may not be ("all three schools failed"
	// against "two of the three failed", "rose 4 per cent" against "fell 4 per cent").
	if !demandOrAddress(op, cl) {
		if why, ok := contradiction(op, src, idx, cl, ev, from, to, from, to, true); ok {
			return contradicted(f, src.ParagraphAt(ev.Start)+1, why, sourceEvidence(src, ev, best.score)), true
		}
	}
	f.Kind, f.Subkind = report.Paraphrase, ""
	f.Explanation = fmt.Sprintf("Restates a figure from the source (paragraph %d) in other words.", src.ParagraphAt(ev.Start)+1)
	f.Evidence = sourceEvidence(src, ev, best.score)
	return f, true
}

// inOneSentence reports whether one sentence of the passage at span holds every content stem the
// clause shares with the whole passage: two words a clause shares with two sentences, one each,
// are no restatement.
func inOneSentence(src, op *document.Document, cl clause, span document.Span) bool {
	want := contentStems(op, cl.from, cl.to)
	from, to := src.WordsIn(span)
	a, b := closestSentence(src, op, cl, from, to)
	return len(heldStems(src, a, b, want)) == len(heldStems(src, from, to, want))
}

// clauseFiguresConflict returns a figure of the clause that conflicts with the figures of the
// source clause, in the passage's closest sentence, that shares the most content stems with it:
// in "52 per cent said they were not told when, and 46 per cent said they had to chase a repair"
// only the 46 per cent counts for chasing.
func clauseFiguresConflict(op, src *document.Document, cl clause, p passage) (quantity, quantity, bool) {
	from, to := src.WordsIn(p.span)
	from, to = closestSentence(src, op, cl, from, to)
	want := contentStems(op, cl.from, cl.to)
	bestFrom, bestTo, bestHits := from, to, -1
	for start := from; start < to; {
		end := clauseEnd(src, start, to)
		if hits := len(heldStems(src, start, end, want)); hits > bestHits {
			bestFrom, bestTo, bestHits = start, end, hits
		}
		start = end
	}
	return conflict(quantities(op, cl.from, cl.to), quantities(src, bestFrom, bestTo))
}

// closestSentence narrows source words [from, to) to the sentence that shares the most content
// stems with the clause; the first wins a tie.
func closestSentence(src, op *document.Document, cl clause, from, to int) (int, int) {
	return closestWeighted(src, op, cl, from, to, nil)
}

// closestWeighted is closestSentence with a tie broken by the summed weight of the distinct stems
// each sentence shares, when weight is given: "Handover delays will get even longer in January"
// shares three words with "Longer handover delays were associated with ..." and three with
// "Handover delays may lengthen further in January ...", and "January" is the rarer word.
func closestWeighted(src, op *document.Document, cl clause, from, to int, weight func(string) float64) (int, int) {
	want := contentStems(op, cl.from, cl.to)
	bestFrom, bestTo, bestHits, bestWeight := from, to, -1, 0.0
	for w := from; w < to; {
		s := src.Sentences[src.Words[w].Sentence]
		hits, sum := 0, 0.0
		seen := map[string]bool{}
		for k := max(s.FirstWord, from); k < min(s.EndWord, to); k++ {
			if st := src.Words[k].Stem; want[st] {
				hits++
				if weight != nil && !seen[st] {
					seen[st] = true
					sum += weight(st)
				}
			}
		}
		if hits > bestHits || hits == bestHits && sum > bestWeight+1e-9 {
			bestFrom, bestTo, bestHits, bestWeight = max(s.FirstWord, from), min(s.EndWord, to), hits, sum
		}
		w = s.EndWord
	}
	return bestFrom, bestTo
}

// figureContradicted is the finding for a clause whose figure cq differs from the figure pq of the
// source passage at span.
func figureContradicted(op, src *document.Document, cl clause, span document.Span, cq, pq quantity, evidence []report.Evidence) report.Finding {
	format := "The source says '%s' (paragraph %d); the opinion says '%s'."
	if pq.ranged != "" && pq.text == pq.ranged { // conflict names the whole range
		format = "The source gives a range, '%s' (paragraph %d); the opinion states one end of it as the figure: '%s'."
	}
	why := fmt.Sprintf(format, context(src, pq.text, span), src.ParagraphAt(span.Start)+1, context(op, cq.text, cl.span))
	if pq.ofWhole && cq.pct && !cq.ofWhole {
		// "126 of the 310" against "more than half": say what share the source's count makes.
		why = fmt.Sprintf("The source says '%s' (paragraph %d), which is about %s per cent; the opinion says '%s'.",
			context(src, pq.text, span), src.ParagraphAt(span.Start)+1, roundedShare(pq.value), context(op, cq.text, cl.span))
	}
	if base, ok := changeBase(src, span, pq); ok && cq.pct && (cq.rise || cq.fall) && !cq.changeEnd {
		// "up by more than a third" against "23 ..., compared with 19": say what change the
		// source's two figures make.
		way := "rise"
		if pq.value < base.value {
			way = "fall"
		}
		why = fmt.Sprintf("The source gives %s against %s (paragraph %d), a %s of about %.0f per cent; the opinion says '%s'.",
			pq.text, base.text, src.ParagraphAt(span.Start)+1, way, math.Abs(100*(pq.value-base.value)/base.value), context(op, cq.text, cl.span))
	}
	if agree(cq, pq) && periodsClash(cq, pq) {
		why = strings.TrimSuffix(why, ".") + fmt.Sprintf(": the same figure, counted '%s' instead of '%s'.", cq.period.text, pq.period.text)
	}
	return report.Finding{
		Kind: report.Unsupported, Subkind: report.ContradictsSource,
		Side: report.Opinion, Start: cl.span.Start, End: cl.span.End, Text: op.Slice(cl.span),
		Explanation: why,
		Evidence:    evidence,
		Edits:       []report.Edit{{Op: report.Replace, From: pq.text, To: cq.text}},
	}
}

// roundedShare writes a percentage as a reader would say it: whole numbers from 10, one decimal
// below ("0.3", "7.7"), so that a small share is never rounded to nothing.
func roundedShare(pct float64) string {
	if pct < 10 {
		return strconv.FormatFloat(math.Round(pct*10)/10, 'f', -1, 64)
	}
	return strconv.FormatFloat(math.Round(pct), 'f', -1, 64)
}

// changeBase returns the figure that later, one end of a change in the source passage span, is
// measured from: the 19 of "23 animal deaths ..., compared with 19", the 120 of "from 120 to
// 150".
func changeBase(src *document.Document, span document.Span, later quantity) (quantity, bool) {
	if !later.changeEnd {
		return quantity{}, false
	}
	from, to := src.WordsIn(span)
	for _, q := range quantities(src, from, to) {
		if q.word == later.word || !q.changeEnd || q.pct != later.pct || q.value <= 0 ||
			src.Words[q.word].Sentence != src.Words[later.word].Sentence {
			continue
		}
		if q.word > 0 && src.Words[q.word-1].Norm == "from" || comparedWith(src, q.word) {
			return q, true
		}
	}
	return quantity{}, false
}

// context returns the words around a quantity inside span, for explanations: four before it and
// five after, run on to the end of the phrase.
func context(d *document.Document, word string, span document.Span) string {
	i := strings.Index(d.Slice(span), word)
	if i < 0 {
		return word
	}
	from, to := d.WordsIn(span)
	for w := from; w < to; w++ {
		if d.Words[w].End > span.Start+i {
			return wordsAround(d, w, from, to, 4, 5)
		}
	}
	return word
}

// attributedElsewhere makes f a claim credited to another source, named by credit.
func attributedElsewhere(f report.Finding, credit string, evidence []report.Evidence) report.Finding {
	f.Kind, f.Subkind = report.Unsupported, report.AttributedElsewhere
	f.Explanation = fmt.Sprintf("Credited to another source ('%s'): this source does not say it, so it cannot be checked here.", credit)
	f.Evidence = evidence
	return f
}

// writerCredit finds the writer crediting a source of their own: "I'm told", "a steward told me",
// "we spoke to", "I hear that", "a florist put it to me". Unlike "Mill Lane was told about its
// future last", these credit what follows to someone the reader cannot check.
var writerCredit = regexp.MustCompile(`(?i)\b(?:` + writerCredits + `)\b`)

// writerCredits is the pattern of writerCredit, which attribution shares.
const writerCredits = `(?:i|we)(?:'m|’m|'re|’re| am| are| was| were| have been| had been|'ve been|’ve been|'d been|’d been)(?: also| \w+ly)? told|told (?:me|us)|tells? (?:me|us)|(?:i|we)(?: have|'ve|’ve)? (?:spoke|spoken|talked) (?:to|with)|(?:put it|said|says|admitted|admits|confided|confides|explained|explains|complained|complains|wrote|writes|remarked|whispered) to (?:me|us)|(?:i|we)(?: hear| have heard|'ve heard|’ve heard| have learned|'ve learned|’ve learned| have learnt|'ve learnt|’ve learnt) that`

// creditOutsideQuotes returns the words of a clause's text by which the writer credits a source
// of their own, when they stand outside every quotation in it (the "we were told" inside a
// quoted remark is the speaker's) and no negation denies them ("nobody told us"); "" if none.
// text is the clause's text, which starts at span.Start.
func creditOutsideQuotes(quotes []report.Finding, span document.Span, text string) string {
	if !holdsAny(text, writerCreditVerbs) {
		return "" // none of writerCredits' verbs: the pattern cannot match
	}
	return matchOutsideQuotes(writerCredit, quotes, span, text)
}

// creditsSomeone reports whether a clause credits what it says to someone outside the source:
// the writer's informant, a named other source or an anonymous one.
func creditsSomeone(quotes []report.Finding, op *document.Document, cl clause) bool {
	text := op.Slice(cl.span)
	return creditOutsideQuotes(quotes, cl.span, text) != "" || attributionIn(text) != "" ||
		matchOutsideQuotes(anonymousCredit, quotes, cl.span, text) != ""
}

// anonymousCredit finds words that credit a claim to informants nobody can name: "people familiar
// with the matter", "sources close to the council", "insiders", "on condition of anonymity".
var anonymousCredit = regexp.MustCompile(`(?i)\b(people familiar with|familiar with the matter|sources? (?:say|said|says|told|tell|close to)|` + insiders + `|leaks? from|whistle-?blowers?|on condition of anonymity|speaking anonymously|it is rumou?red|word is|it is understood|it's understood|is understood to)\b`)

// insiders is the pattern of informants inside an organisation: "insiders", "an insider", "one
// council insider", but not "insider trading".
const insiders = `insiders|(?:an|one|a senior|a company|a council|an industry|a party|a government) insider`

// anonymousCreditFor returns the words by which a clause credits informants nobody can name,
// outside every quotation in it, when the source passage does not credit the same kind of
// informant itself; "" if none.
func anonymousCreditFor(quotes []report.Finding, span document.Span, text, passage string) string {
	if !holdsAny(text, anonymousPieces) || anonymousCredit.MatchString(passage) {
		return ""
	}
	return matchOutsideQuotes(anonymousCredit, quotes, span, text)
}

// Pieces of the words a credit pattern needs, without a first letter that a capital could hide:
// a clause that holds none of them cannot match, and the pattern is not run on it.
var (
	writerCreditVerbs = []string{"told", "tell", "spok", "talked", "hear", "learn", " to me", " to us"}
	anonymousPieces   = []string{"amiliar", "ource", "nsider", "eak", "histle", "nonym", "umo", "ord is", "nderstood"}
)

// holdsAny reports whether text contains any of pieces.
func holdsAny(text string, pieces []string) bool {
	for _, p := range pieces {
		if strings.Contains(text, p) {
			return true
		}
	}
	return false
}

// matchOutsideQuotes returns the first undenied match of re in a clause's text that stands
// outside every quotation in it, or "". text is the clause's text, which starts at span.Start.
func matchOutsideQuotes(re *regexp.Regexp, quotes []report.Finding, span document.Span, text string) string {
	for _, loc := range undenied(re, text) {
		words := document.Span{Start: span.Start + loc[0], End: span.Start + loc[1]}
		if !slices.ContainsFunc(quotes, func(q report.Finding) bool {
			return words.Overlap(document.Span{Start: q.Start, End: q.End}) > 0
		}) {
			return text[loc[0]:loc[1]]
		}
	}
	return ""
}

// quotedShare is the share of span covered by quotes, which are sorted by position.
func quotedShare(quotes []report.Finding, span document.Span) float64 {
	covered := 0
	i := sort.Search(len(quotes), func(i int) bool { return quotes[i].End > span.Start })
	for ; i < len(quotes) && quotes[i].Start < span.End; i++ {
		covered += span.Overlap(document.Span{Start: quotes[i].Start, End: quotes[i].End})
	}
	return float64(covered) / float64(max(1, span.Len()))
}

// figuresConflict reports whether a clause's figures conflict with those of a source passage.
func figuresConflict(op, src *document.Document, cl clause, p passage) bool {
	from, to := src.WordsIn(p.span)
	_, _, ok := conflict(quantities(op, cl.from, cl.to), quantities(src, from, to))
	return ok
}

// openQuestionSettled is the finding for a clause that settles a question the source sentence at
// span leaves open, at its word w ("whether").
func openQuestionSettled(op, src *document.Document, cl clause, span document.Span, w int) report.Finding {
	s := src.Sentences[src.Words[w].Sentence]
	why := fmt.Sprintf("leaves it open: '%s'; the opinion states it as settled: '%s'",
		wordsAround(src, w, s.FirstWord, s.EndWord, 5, 8), clauseExcerpt(op, cl))
	return contradicted(clauseFinding(op, cl), src.ParagraphAt(span.Start)+1, why, sourceEvidence(src, span, 1))
}

// narrowToHalf narrows a finding about clause word w to the half of the clause that holds it,
// when the clause has two halves: the other half may say something else, and is judged apart.
func narrowToHalf(op *document.Document, cl clause, w int, f report.Finding) report.Finding {
	a, b, split := halves(op, cl)
	if !split {
		return f
	}
	half := a
	if w >= b.from {
		half = b
	}
	f.Start, f.End, f.Text = half.span.Start, half.span.End, op.Slice(half.span)
	return f
}

// othersAgree reports whether a clause figure other than c agrees with a figure of the passage.
func othersAgree(clauseQ, passageQ []quantity, c quantity) bool {
	for _, q := range clauseQ {
		if q.word == c.word || !q.figure() {
			continue
		}
		for _, p := range passageQ {
			if p.figure() && p.pct == q.pct && agree(q, p) {
				return true
			}
		}
	}
	return false
}

// narrowToCommas narrows a finding on a clause to the stretch between commas that holds word w,
// when that stretch has at least four words and the clause has more.
func narrowToCommas(op *document.Document, cl clause, w int, f report.Finding) report.Finding {
	a, b := w, w+1
	for a > cl.from && !strings.Contains(op.Text[op.Words[a-1].End:op.Words[a].Start], ",") {
		a--
	}
	for b < cl.to && !strings.Contains(op.Text[op.Words[b-1].End:op.Words[b].Start], ",") {
		b++
	}
	if b-a < 4 || (a == cl.from && b == cl.to) {
		return f
	}
	span := op.WordSpan(a, b)
	f.Start, f.End, f.Text = span.Start, span.End, op.Slice(span)
	return f
}

// clauseFinding is a finding on the opinion's clause cl, not yet judged.
func clauseFinding(op *document.Document, cl clause) report.Finding {
	return report.Finding{Side: report.Opinion, Start: cl.span.Start, End: cl.span.End, Text: op.Slice(cl.span)}
}

// restated makes f a paraphrase of the passage in source paragraph para, with its evidence.
func restated(f report.Finding, para int, evidence []report.Evidence) report.Finding {
	f.Kind = report.Paraphrase
	f.Explanation = fmt.Sprintf("Restates the source (paragraph %d) in other words.", para)
	f.Evidence = evidence
	return f
}

// contradicted makes f a contradiction of the source's paragraph para: "The source (paragraph N)
// <why>.", with its evidence.
func contradicted(f report.Finding, para int, why string, evidence []report.Evidence) report.Finding {
	f.Kind, f.Subkind = report.Unsupported, report.ContradictsSource
	f.Explanation = fmt.Sprintf("The source (paragraph %d) %s.", para, why)
	f.Evidence = evidence
	return f
}

// continues reports whether a clause names its subject by a pronoun only ("Yet they have not
// recommended prosecution"), after a finding whose source passage it may go on from. Two content
// words are then enough to find its passage: one near that finding's, or the only source sentence
// that holds both.
func continues(op *document.Document, cl clause) bool {
	if cl.antecedent.Len() == 0 {
		return false
	}
	w := cl.from
	for w < cl.to && (leadingConjunctions[op.Words[w].Norm] || op.Words[w].Norm == "yet") {
		w++
	}
	return w < cl.to && anaphoricSubjects[op.Words[w].Norm]
}

// anaphoricSubjects stand for someone or something named just before.
var anaphoricSubjects = setOfWords("they", "it", "he", "she")

// nearby reports whether two source passages lie in the same or neighbouring paragraphs.
func nearby(src *document.Document, a, b document.Span) bool {
	return abs(src.ParagraphAt(a.Start)-src.ParagraphAt(b.Start)) <= 1
}

// onlySentenceWith reports whether exactly one source sentence holds all the stems.
func (idx *index) onlySentenceWith(stems map[string]bool) bool {
	n := 0
	for _, s := range idx.doc.Sentences {
		if len(heldStems(idx.doc, s.FirstWord, s.EndWord, stems)) == len(stems) {
			n++
		}
	}
	return n == 1
}

// unquotedRun returns the longest run of at least three words of a clause outside the quote
// findings in it, set off from them by punctuation: "..., take-up was around 52 percent", not
// "Around 9 per cent of" before the quoted words it counts.
func unquotedRun(d *document.Document, quotes []report.Finding, cl clause) (clause, bool) {
	var inside []report.Finding // the quotes that reach into the clause
	for i := sort.Search(len(quotes), func(i int) bool { return quotes[i].End > cl.span.Start }); i < len(quotes) && quotes[i].Start < cl.span.End; i++ {
		inside = append(inside, quotes[i])
	}
	quotedWord := func(w int) bool {
		for _, q := range inside {
			if q.Start < d.Words[w].End && d.Words[w].Start < q.End {
				return true
			}
		}
		return false
	}
	best, from := clause{}, -1
	for w := cl.from; w <= cl.to; w++ {
		if w < cl.to && !quotedWord(w) {
			if from < 0 {
				from = w
			}
			continue
		}
		if from >= 0 && w-from > best.to-best.from {
			best = cl
			best.from, best.to = from, w
		}
		from = -1
	}
	if best.to-best.from < 3 {
		return clause{}, false
	}
	setOff := func(gap string) bool { return strings.ContainsAny(gap, ",;:()–—") }
	if best.from > cl.from && !setOff(d.Text[d.Words[best.from-1].End:d.Words[best.from].Start]) ||
		best.to < cl.to && !setOff(d.Text[d.Words[best.to-1].End:d.Words[best.to].Start]) {
		return clause{}, false
	}
	best.span = document.Span{Start: d.Words[best.from].Start, End: d.Words[best.to-1].End}
	return best, true
}

// figuresAllInPassage reports whether the words of a clause give figures, every one of which agrees
// with a figure of source words [from, to).
func figuresAllInPassage(op, src *document.Document, cl clause, from, to int) bool {
	clauseQ, passageQ := quantities(op, cl.from, cl.to), quantities(src, from, to)
	found := false
	for _, cq := range clauseQ {
		if !cq.figure() {
			continue
		}
		found = true
		if !slices.ContainsFunc(passageQ, func(pq quantity) bool { return pq.figure() && agree(cq, pq) }) {
			return false
		}
	}
	return found
}

// notReported returns a test that a word is not said by someone the sentence reports: no
// reporting verb stands between the sentence's first word and it. "The plan said 78,000 premises
// should have been reached by now" reports the plan's target, not the writer's demand.
func notReported(d *document.Document, first int) func(int) bool {
	return func(w int) bool {
		for v := first; v < w; v++ {
			if reportingVerbs[d.Words[v].Norm] || speakerVerbs[d.Words[v].Norm] {
				return false
			}
		}
		return true
	}
}
