package claims

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
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
var attribution = regexp.MustCompile(`(?i)\b(according to|reportedly|reports? (?:online|say|suggest)|sources? (?:say|said|told|close to)|people familiar with|familiar with the matter|(?:am|are|was|were|been|being)(?: also| \w+ly)? told|(?:residents|locals|neighbou?rs|workers|parents|critics|experts|insiders|analysts|staff|families)(?: \w+){0,4} (?:say|said|claim|claimed|tell|told|report|reported)|told (?:reporters|this|the)|leaks? from|leaked|(?:a|my|one) (?:\w+ )?(?:friend|source|nurse|insider|colleague|neighbou?r|contact)s?(?: \w+){0,4} (?:told|tells|says|said|who)|insiders?|(?:news|press) agency|broadcaster|one official|an official|officials (?:say|said)|it is rumou?red|rumou?rs?|word is|whistle-?blower|on condition of anonymity|anonymous(?:ly)?|(?:newspaper|outlet|site|channel|wire) (?:reported|reports|says|said)|` + writerCredits + `)\b`)

// attributionIn returns the first words of text that credit another source, or "". Words a
// negation denies are no attribution: "nobody told us when a repair would happen" is a complaint.
func attributionIn(text string) string {
	if locs := undenied(attribution, text); len(locs) > 0 {
		return text[locs[0][0]:locs[0][1]]
	}
	return ""
}

// undenied returns where re matches text, leaving out the matches a negation just before denies.
func undenied(re *regexp.Regexp, text string) [][]int {
	var out [][]int
	for _, loc := range re.FindAllStringIndex(text, -1) {
		before := strings.Fields(text[:loc[0]])
		if len(before) == 0 || !anyNegation[strings.ToLower(before[len(before)-1])] {
			out = append(out, loc)
		}
	}
	return out
}

var hedges = map[string]bool{
	"may": true, "might": true, "could": true, "possibly": true, "perhaps": true, "likely": true,
	"unlikely": true, "suggest": true, "suggests": true, "suggested": true, "appear": true,
	"appears": true, "appeared": true, "linked": true, "associated": true, "preliminary": true,
	"probably": true, "estimated": true, "unclear": true, "unconfirmed": true, "alleged": true,
	"allegedly": true, "believed": true, "expects": true, "expected": true, "forecast": true,
	"forecasts": true, "projected": true, "aims": true, "hopes": true, "target": true, "targets": true,
	"potential": true, "potentially": true, "risk": true, "if": true, "unless": true,
}

// anyNegation holds every way of saying no.
var anyNegation = map[string]bool{
	"not": true, "no": true, "never": true, "none": true, "nothing": true, "neither": true,
	"nor": true, "without": true, "cannot": true, "can't": true, "don't": true, "doesn't": true,
	"didn't": true, "isn't": true, "aren't": true, "wasn't": true, "weren't": true, "won't": true,
	"hasn't": true, "haven't": true, "refused": true, "denied": true, "nobody": true, "unable": true,
	"failed": true, "lack": true, "lacks": true, "absent": true,
}

// saysNo returns the first way of saying no in words [from, to) of d: a word of anyNegation, a
// contrast ("rather than", "instead of") or a verb phrase that refuses ("rules out a points
// deduction", "turned the plan down"); "" if there is none.
func saysNo(d *document.Document, from, to int) string {
	if n := firstOf(d, from, to, anyNegation, nil); n != "" {
		return n
	}
	for w := from + 1; w < to; w++ {
		switch prev := d.Words[w-1].Norm; {
		case prev == "rather" && d.Words[w].Norm == "than", prev == "instead" && d.Words[w].Norm == "of":
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

// hedgingVerbs report an estimate, an expectation or a belief rather than a fact.
var hedgingVerbs = map[string]bool{
	"puts": true, "put": true, "reckons": true, "reckoned": true, "estimates": true, "estimated": true,
	"expects": true, "expected": true, "forecasts": true, "projects": true, "projected": true,
	"believes": true, "believed": true, "thinks": true, "suggests": true, "suggested": true,
	"fears": true, "feared": true, "predicts": true, "predicted": true, "hopes": true,
	"risks": true,
}

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
	if content < 3 {
		// Too short to judge, unless it settles a question the source leaves open ("The
		// investigations now under way will end in prosecution").
		if span, w, ok := idx.openQuestionOn(op, cl); ok && content == 2 && quotedShare(in.Quotes, cl.span) < 0.35 {
			return openQuestionSettled(op, src, cl, span, w), true
		}
		return report.Finding{}, false
	}
	if f, ok := unanimityDenied(op, src, cl); ok {
		return f, true
	}
	if f, ok := recurrenceUnsupported(op, src, cl); ok {
		return f, true
	}
	quoted := quotedShare(in.Quotes, cl.span)
	best := idx.search(op, cl.from, cl.to)
	f := report.Finding{Side: report.Opinion, Start: cl.span.Start, End: cl.span.End, Text: op.Slice(cl.span)}
	supported := best.window >= 0 && best.plain >= 2 && (best.score >= c.opts.MinCoverage && best.shared >= c.opts.MinShared ||
		best.score >= c.opts.StrongCoverage && best.shared >= 2 && cl.checkable && inOneSentence(src, op, cl, best.span))
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
		}
	}
	para := src.ParagraphAt(best.span.Start) + 1
	if supported || related {
		// Words the writer credits to an informant ("An engineer at one site told me") are the
		// informant's to check, whatever the source says on the subject.
		if m := creditOutsideQuotes(in.Quotes, cl.span, f.Text); m != "" && quoted < 0.35 && !idx.creditsTheSource(f.Text, m) {
			return attributedElsewhere(f, m, evidence), true
		}
		from, to := src.WordsIn(best.span)
		passageQ, clauseQ := quantities(src, from, to), quantities(op, cl.from, cl.to)
		relate(src, passageQ, contentStems(op, cl.from, cl.to))
		if cq, pq, ok := conflict(countEvents(op, cl, slices.Clone(clauseQ), passageQ), passageQ); ok {
			// A figure against a word ("three in ten" against "most of the delays") is weak
			// evidence: when another sentence has the very figure, that is the passage restated.
			if !(pq.share || pq.vague) || cq.vague || cq.share {
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
			if cq, pq, ok := loneFigures(quantities(op, cl.from, cl.to), quantities(src, from, to)); ok {
				return figureContradicted(op, src, cl, best.span, cq, pq, evidence), true
			}
		}
		if !supported {
			goto unsupported
		}
		winFrom, winTo := from, to
		from, to = closestSentence(src, op, cl, from, to)
		why, ok := certaintyOrNegation(op, src, cl, from, to)
		if !ok {
			why, ok = causeFromAssociation(op, src, idx, cl, from, to)
		}
		if !ok {
			why, ok = declined(op, src, cl, best.span)
		}
		if !ok {
			why, ok = deniedClaim(op, src, cl, winFrom, winTo)
		}
		if !ok {
			why, ok = actorSwapped(op, src, cl, from, to)
		}
		if !ok {
			why, ok = partForWhole(op, src, cl, winFrom, winTo)
		}
		if !ok {
			why, ok = directionFlipped(op, src, cl, from, to)
		}
		if !ok {
			why, ok = magnitudeEscalated(op, src, cl, from, to)
		}
		if !ok {
			why, ok = confirmedFigure(op, src, cl, winFrom, winTo)
		}
		if ok {
			return contradicted(f, para, why, evidence), true
		}
		if quoted >= 0.35 {
			// Mostly a quotation of the source with its attribution ("the company warns that
			// ..."): the quote finding says it.
			return report.Finding{}, false
		}
		if lw := leadWord(op, cl.from, cl.to); lw == "i" || lw == "i've" || lw == "i'm" {
			return report.Finding{}, false
		}
		if firstOf(op, op.Sentences[cl.sentence].FirstWord, cl.to, normativeWords, nil) != "" && !requires(src, best.span) {
			// "it must fund the irrigation programme in full": the writer's demand, on a
			// subject the source covers, restates nothing, nor do the verbs the "must"
			// governs after a comma ("must halt the review, open the books"); a requirement
			// the source sets out ("The company must:" over its list) is reported.
			return report.Finding{}, false
		}
		f.Kind = report.Paraphrase
		f.Explanation = fmt.Sprintf("Restates the source (paragraph %d) in other words.", para)
		f.Evidence = evidence
		return f, true
	}
unsupported:
	if span, w, ok := idx.openQuestionOn(op, cl); ok && quoted < 0.35 {
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
		if why, ok := scopeWidened(op, src, cl, a, b, shared, partReach(src, shared, a, b)); ok {
			return contradicted(f, para, why, evidence), true
		}
	}
	if !cl.checkable {
		return report.Finding{}, false
	}
	if f, ok := c.restatedFigures(op, src, idx, cl, f, best); ok {
		return f, true
	}
	f.Subkind = report.NotInSource
	f.Explanation = "An assertion of fact that nothing in this source supports."
	if len(evidence) > 0 {
		f.Explanation += " The closest passage is shown for comparison."
	}
	f.Evidence = evidence
	return f, true
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

// heldStems returns the stems of want that words [from, to) of d hold.
func heldStems(d *document.Document, from, to int, want map[string]bool) map[string]bool {
	held := map[string]bool{}
	for w := from; w < to; w++ {
		if st := d.Words[w].Stem; want[st] {
			held[st] = true
		}
	}
	return held
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
// stems with the clause.
func closestSentence(src, op *document.Document, cl clause, from, to int) (int, int) {
	want := contentStems(op, cl.from, cl.to)
	bestFrom, bestTo, bestHits := from, to, -1
	for w := from; w < to; {
		s := src.Sentences[src.Words[w].Sentence]
		hits := 0
		for k := max(s.FirstWord, from); k < min(s.EndWord, to); k++ {
			if want[src.Words[k].Stem] {
				hits++
			}
		}
		if hits > bestHits {
			bestFrom, bestTo, bestHits = max(s.FirstWord, from), min(s.EndWord, to), hits
		}
		w = s.EndWord
	}
	return bestFrom, bestTo
}

// certaintyOrNegation describes a hedge made certain or a negation flipped between a clause and
// its passage.
func certaintyOrNegation(op, src *document.Document, cl clause, from, to int) (string, bool) {
	// A clause that reports an estimate or a belief keeps its distance: "the report puts the cost
	// at" is as hedged as "would cost an estimated".
	hedgedReport := firstOf(op, cl.from, cl.to, hedgingVerbs, nil) != ""
	shared := contentStems(op, cl.from, cl.to)
	// A hedge or negation counts only next to words the clause shares, so that one from a
	// neighbouring sentence of the window does not.
	near := func(back, ahead int) func(w int) bool {
		return func(w int) bool {
			for k := max(from, w-back); k < min(to, w+ahead+1); k++ {
				if k != w && shared[src.Words[k].Stem] && sameClause(src, min(k, w), max(k, w)) {
					return true
				}
			}
			return false
		}
	}
	srcHedge, opHedge := firstIndex(src, from, to, hedges, near(6, 6)), firstOf(op, cl.from, cl.to, hedges, nil)
	// "The union alleged that supervisors discouraged reporting" is an account, and so is "Inspectors
	// heard from employees that supervisors discouraged injury reporting": neither states it.
	reportsAccount := srcHedge >= 0 && accountHedges[src.Words[srcHedge].Norm] && firstOf(op, cl.from, cl.to, accountFrames, nil) != ""
	// What ought to be ("new connections should stop") states nothing as certain.
	normative := firstOf(op, cl.from, cl.to, normativeWords, nil) != ""
	if srcHedge >= 0 && opHedge == "" && !hedgedReport && !reportsAccount && !normative {
		return fmt.Sprintf("hedges: '%s'; the opinion states it as certain: '%s'",
			wordsAround(src, srcHedge, from, to, 1, 5), clauseExcerpt(op, cl)), true
	}
	// A condition is no hedge: "If it fails, the Ombudsman will make a formal finding" is as
	// certain as its "will", against "If we find insufficient progress, we could make a formal
	// finding".
	if will := firstIndex(op, cl.from, cl.to, willWords, nil); will >= 0 && !hedgedReport && firstOf(op, cl.from, cl.to, hedges, unconditional(op)) == "" {
		if m := firstIndex(src, from, to, modalHedges, near(6, 6)); m >= 0 {
			return fmt.Sprintf("says '%s'; the opinion says '%s': '%s'",
				wordsAround(src, m, from, to, 1, 5), op.Slice(op.Words[will].Span), clauseExcerpt(op, cl)), true
		}
	}
	// The source's plain negation, governing the shared words that follow it, against any way of
	// saying no in the opinion ("keep no record" and "record nothing" agree). The negation must
	// govern shared words after it: "was not an author" says nothing about what the author did.
	governs := near(0, 3)
	denies := deniesComplement(src, from, to, shared, evidenceNouns)
	srcNeg, opNeg := firstIndex(src, from, to, negations, func(w int) bool { return governs(w) || denies(w) }), saysNo(op, cl.from, cl.to)
	if srcNeg >= 0 && opNeg == "" {
		return fmt.Sprintf("says '%s'; the opinion drops the negation: '%s'",
			wordsAround(src, srcNeg, from, to, 2, 4), clauseExcerpt(op, cl)), true
	}
	// The reverse: the opinion denies what the source states, with no way of saying no anywhere
	// in the passage ("did not rise" against "grew").
	if srcNeg < 0 && saysNo(src, from, to) == "" {
		if w := firstIndex(op, cl.from, cl.to, negations, opGoverns(op, src, cl, from, to, 3)); w >= 0 {
			return fmt.Sprintf("states it; the opinion denies it: '%s'", wordsAround(op, w, cl.from, cl.to, 2, 4)), true
		}
	}
	// A refusal denies what follows it: "has refused to look into the foreign recruits" against
	// "the ministry would review the claims about foreign recruits".
	if srcNeg < 0 {
		governs := opGoverns(op, src, cl, from, to, 6)
		refusal := func(w int) bool {
			// "declined to comment", not "the decline in visits" or "visits declined by 5 per cent".
			return (!strings.HasPrefix(op.Words[w].Norm, "declin") || w+1 < cl.to && op.Words[w+1].Norm == "to") && governs(w)
		}
		if w := firstIndex(op, cl.from, cl.to, refusals, refusal); w >= 0 {
			return fmt.Sprintf("states it; the opinion says it was refused: '%s'", wordsAround(op, w, cl.from, cl.to, 2, 6)), true
		}
	}
	if why, ok := scopeWidened(op, src, cl, from, to, shared, partReach(src, shared, from, to)); ok {
		return why, true
	}
	return "", false
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
		if len(heldStems(src, a, b, shared)) >= 2 {
			return w, true
		}
	}
	return 0, false
}

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

// willWords state what is to come as certain; modalHedges say it only may come.
var (
	willWords   = setOfWords("will", "won't", "shall")
	modalHedges = setOfWords("may", "might", "could")
)

// unconditional returns a test for a word of d that is not a condition ("if", "unless").
func unconditional(d *document.Document) func(w int) bool {
	return func(w int) bool { n := d.Words[w].Norm; return n != "if" && n != "unless" }
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

// sameClause reports whether words a < b of a document lie in one clause: no semicolon, colon,
// bracket or line break between them, and no comma followed by a conjunction that starts a new
// clause ("a risk to health, and in seven of those ..."). A hedge or a negation governs its own
// clause only.
func sameClause(d *document.Document, a, b int) bool {
	for k := a; k < b; k++ {
		gap := d.Text[d.Words[k].End:d.Words[k+1].Start]
		if strings.ContainsAny(gap, ";:()\n") {
			return false
		}
		if strings.Contains(gap, ",") && clauseConjunctions[d.Words[k+1].Norm] {
			return false
		}
	}
	return true
}

// clauseEnd returns the first word after the clause of word w (see sameClause), or to if the
// clause runs on to it.
func clauseEnd(d *document.Document, w, to int) int {
	end := w + 1
	for end < to && sameClause(d, end-1, end) {
		end++
	}
	return end
}

// clauseConjunctions start a new clause after a comma.
var clauseConjunctions = map[string]bool{"and": true, "but": true, "while": true, "whereas": true,
	"although": true, "though": true}

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

func firstOf(d *document.Document, from, to int, set map[string]bool, where func(int) bool) string {
	if w := firstIndex(d, from, to, set, where); w >= 0 {
		return d.Slice(d.Words[w].Span)
	}
	return ""
}

// firstIndex returns the first word of [from, to) in set for which where holds, or -1. A month
// is not the word it is spelt like: the "May" of "on 3 May" is no hedge.
func firstIndex(d *document.Document, from, to int, set map[string]bool, where func(int) bool) int {
	for w := from; w < to; w++ {
		if set[d.Words[w].Norm] && (where == nil || where(w)) && !d.IsMonth(w) && !normExpected(d, w) {
			return w
		}
	}
	return -1
}

// normExpected reports the "expected" of "the expected standard": after a determiner, and not
// before a figure, it names a norm; it does not hedge a forecast.
func normExpected(d *document.Document, w int) bool {
	if d.Words[w].Norm != "expected" || w == 0 || d.Words[w-1].Sentence != d.Words[w].Sentence ||
		!expectedDeterminers[d.Words[w-1].Norm] {
		return false
	}
	// "an expected 600 jobs" is a forecast all the same.
	return w+1 >= len(d.Words) || countValue(d.Words[w+1].Norm) == 0
}

// expectedDeterminers, before "expected", make it an adjective.
var expectedDeterminers = setOfWords("the", "an", "a", "its", "their", "his", "her", "our", "this", "that")

// wordsAround returns the text from before words ahead of word i to after words behind it,
// inside [from, to) and its sentence, folded onto one line.
func wordsAround(d *document.Document, i, from, to, before, after int) string {
	a, b := max(from, i-before), min(to, i+after+1)
	for a < i && d.Words[a].Sentence != d.Words[i].Sentence {
		a++
	}
	for b > i+1 && d.Words[b-1].Sentence != d.Words[i].Sentence {
		b--
	}
	return strings.Join(strings.Fields(d.Text[d.Words[a].Start:d.Words[b-1].End]), " ")
}

// clauseExcerpt returns a clause folded onto one line, cut to about twelve words.
func clauseExcerpt(d *document.Document, cl clause) string {
	end := min(cl.to, cl.from+12)
	text := strings.Join(strings.Fields(d.Text[d.Words[cl.from].Start:d.Words[end-1].End]), " ")
	if end < cl.to {
		text += " …"
	}
	return text
}

// figureContradicted is the finding for a clause whose figure cq differs from the figure pq of the
// source passage at span.
func figureContradicted(op, src *document.Document, cl clause, span document.Span, cq, pq quantity, evidence []report.Evidence) report.Finding {
	format := "The source says '%s' (paragraph %d); the opinion says '%s'."
	if pq.ranged != "" && pq.text == pq.ranged { // conflict names the whole range
		format = "The source gives a range, '%s' (paragraph %d); the opinion states one end of it as the figure: '%s'."
	}
	return report.Finding{
		Kind: report.Unsupported, Subkind: report.ContradictsSource,
		Side: report.Opinion, Start: cl.span.Start, End: cl.span.End, Text: op.Slice(cl.span),
		Explanation: fmt.Sprintf(format, context(src, pq.text, span), src.ParagraphAt(span.Start)+1, context(op, cq.text, cl.span)),
		Evidence:    evidence,
		Edits:       []report.Edit{{Op: report.Replace, From: pq.text, To: cq.text}},
	}
}

// context returns the words around a quantity inside span, for explanations.
func context(d *document.Document, word string, span document.Span) string {
	text := d.Slice(span)
	i := strings.Index(text, word)
	if i < 0 {
		return word
	}
	start := max(0, i-25)
	end := min(len(text), i+len(word)+25)
	for start > 0 && text[start-1] != ' ' {
		start--
	}
	for end < len(text) && text[end] != ' ' {
		end++
	}
	return strings.Join(strings.Fields(text[start:end]), " ")
}

// attributedElsewhere makes f a claim credited to another source, named by credit.
func attributedElsewhere(f report.Finding, credit string, evidence []report.Evidence) report.Finding {
	f.Kind, f.Subkind = report.Unsupported, report.AttributedElsewhere
	f.Explanation = fmt.Sprintf("Credited to another source ('%s'): this source does not say it, so it cannot be checked here.", credit)
	f.Evidence = evidence
	return f
}

// writerCredit finds the writer crediting a source of their own: "I'm told", "a steward told me",
// "we spoke to", "I hear that". Unlike "Mill Lane was told about its future last", these credit
// what follows to someone the reader cannot check.
var writerCredit = regexp.MustCompile(`(?i)\b(?:` + writerCredits + `)\b`)

// writerCredits is the pattern of writerCredit, which attribution shares.
const writerCredits = `(?:i|we)(?:'m|’m|'re|’re| am| are| was| were| have been| had been|'ve been|’ve been|'d been|’d been)(?: also| \w+ly)? told|told (?:me|us)|tells? (?:me|us)|(?:i|we)(?: have|'ve|’ve)? (?:spoke|spoken|talked) (?:to|with)|(?:i|we)(?: hear| have heard|'ve heard|’ve heard| have learned|'ve learned|’ve learned| have learnt|'ve learnt|’ve learnt) that`

// creditOutsideQuotes returns the words of a clause's text by which the writer credits a source
// of their own, when they stand outside every quotation in it (the "we were told" inside a
// quoted remark is the speaker's) and no negation denies them ("nobody told us"); "" if none.
// text is the clause's text, which starts at span.Start.
func creditOutsideQuotes(quotes []report.Finding, span document.Span, text string) string {
	if !strings.Contains(text, "told") && !strings.Contains(text, "tell") && !strings.Contains(text, "spok") &&
		!strings.Contains(text, "talked") && !strings.Contains(text, "hear") && !strings.Contains(text, "learn") {
		return "" // none of writerCredits' verbs: the pattern cannot match
	}
	for _, loc := range undenied(writerCredit, text) {
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
	return report.Finding{
		Kind: report.Unsupported, Subkind: report.ContradictsSource, Side: report.Opinion,
		Start: cl.span.Start, End: cl.span.End, Text: op.Slice(cl.span),
		Explanation: fmt.Sprintf("The source (paragraph %d) leaves it open: '%s'; the opinion states it as settled: '%s'.",
			src.ParagraphAt(span.Start)+1, wordsAround(src, w, s.FirstWord, s.EndWord, 5, 8), clauseExcerpt(op, cl)),
		Evidence: sourceEvidence(src, span, 1),
	}
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
	span := document.Span{Start: op.Words[a].Start, End: op.Words[b-1].End}
	f.Start, f.End, f.Text = span.Start, span.End, op.Slice(span)
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
