package claims

import (
	"slices"

	"github.com/reframe-dev/reframe/model/document"
)

// sameUnitConflict finds, for a clause the search found no passage for, a figure whose unit the
// source counts elsewhere with other figures only: "more than 80 hectares of open hillside to the
// east" against "an area of 34 hectares immediately to the east of the current workings". The
// source sentences with a figure in the same unit are the candidates; none may hold a figure that
// agrees with the clause's, and the one chosen must share a content word with the clause besides
// the unit, so that the two speak of the same thing. It returns the clause's and the passage's
// figures and the sentence's span.
func (idx *index) sameUnitConflict(op *document.Document, cl clause) (quantity, quantity, document.Span, bool) {
	src := idx.doc
	want := contentStems(op, cl.from, cl.to)
	clauseQ := quantities(op, cl.from, cl.to)
	for _, c := range clauseQ {
		if !c.figure() || c.pct || c.unit == "" || timeUnits[c.unit] || c.denied || c.ceiling || c.value <= 1 {
			continue
		}
		best, bestShared := -1, 0
		var bestQ quantity
		agrees := false
		for si, qs := range idx.sentenceFigures() {
			for _, p := range qs {
				if !p.figure() || p.pct || p.unit == "" || !sameUnit(c.unit, p.unit) {
					continue
				}
				if agree(c, p) {
					agrees = true
					break
				}
				s := src.Sentences[si]
				shared := 0
				seen := map[string]bool{}
				for w := s.FirstWord; w < s.EndWord; w++ {
					st := contentStem(src.Words[w])
					if st != "" && want[st] && !seen[st] && !sameStem(st, c.unit) && !isDigit(st) && document.NumberValue(src.Words[w].Norm) == 0 {
						seen[st] = true
						shared++
					}
				}
				if ratio := max(c.value, p.value) / min(c.value, p.value); ratio > 4 {
					continue // "half a million people" and "three people" count different things
				}
				if shared > bestShared {
					best, bestShared, bestQ = si, shared, p
				}
			}
			if agrees {
				break
			}
		}
		if agrees || best < 0 || bestShared < 2 {
			continue
		}
		return c, bestQ, src.Sentences[best].Span, true
	}
	return quantity{}, quantity{}, document.Span{}, false
}

// givesCount reports whether some sentence of the source counts the same things as q with a
// figure that agrees with it: "some 640 of the threatened properties" against "Around 640 of the
// properties at risk", wherever the sentence stands. A figure the source tells as superseded
// ("An earlier draft proposed 1,300 hectares") is not its figure.
func (idx *index) givesCount(q quantity) bool {
	if !q.figure() || q.pct || q.unit == "" {
		return false
	}
	for _, si := range idx.sentencesWithFigure(q) {
		s := idx.doc.Sentences[si]
		if firstOf(idx.doc, s.FirstWord, s.EndWord, supersededWords, nil) != "" {
			continue
		}
		if slices.ContainsFunc(idx.sentenceFigures()[si], func(p quantity) bool {
			return p.figure() && !p.pct && agree(q, p) && (p.counts(q.unit) || q.counts(p.unit))
		}) {
			return true
		}
	}
	return false
}

// givesFigure reports whether some sentence of the source holds a figure that agrees with q.
func (idx *index) givesFigure(q quantity) bool {
	for _, si := range idx.sentencesWithFigure(q) {
		if slices.ContainsFunc(idx.sentenceFigures()[si], func(p quantity) bool { return !p.year && !p.label && p.pct == q.pct && agree(q, p) }) {
			return true
		}
	}
	return false
}

// supersededWords tell a figure as one that no longer holds: a draft's, an earlier estimate's.
// ("the previous year" or "revised figures" give current ones, so those words are not listed).
var supersededWords = setOfWords("draft", "original", "originally", "initially", "superseded")

// restatesShareElsewhere reports whether a clause's level percentage cq, which conflicts with the
// passage's pq, is one another source sentence gives in a phrase that shares more of the clause's
// content words than pq's own phrase does, or as many when that is at least two (one word each,
// "eligible" against "farm", is a tie the passage wins): the clause restates that phrase. A
// share moved from the phrase that says what the clause says ("grass growth was about a third"
// against "Grass growth ... was about half", where a third is the loss on light soils) still
// conflicts.
func (idx *index) restatesShareElsewhere(op *document.Document, cl clause, cq, pq quantity) bool {
	if !cq.levelShare() || !pq.levelShare() || cq.denied {
		return false
	}
	src := idx.doc
	want := contentStems(op, cl.from, cl.to)
	shared := func(w int) int { return len(heldStems(src, pauseStart(src, w), pauseEnd(src, w), want)) }
	against := shared(pq.word)
	for _, si := range idx.sentencesWithFigure(cq) {
		for _, p := range idx.sentenceFigures()[si] {
			if n := shared(p.word); p.levelShare() && agree(cq, p) && (n > against || n == against && n >= 2) {
				return true
			}
		}
	}
	return false
}
