package claims

import "github.com/reframe-dev/reframe/model/document"

// minFigureShared is how many content words, numbers aside, a source sentence must share with a
// clause for its figure of the same kind to be the figure the clause gives.
const minFigureShared = 3

// figureElsewhere finds, for a clause figure that its passage neither gives nor counts in the same
// unit, the source sentence that does: one with a figure of that unit ("1,142 patients spent more
// than 12 hours in the department") sharing minFigureShared content words with the clause ("A
// staggering 1,500 people spent more than 12 hours in the department"), the one sharing most. It
// returns the clause's figure, the source's and the sentence when they conflict.
func (idx *index) figureElsewhere(op *document.Document, cl clause, from, to int) (quantity, quantity, document.Span, bool) {
	src := idx.doc
	passageQ := quantities(src, from, to)
	want := map[string]bool{}
	for w := cl.from; w < cl.to; w++ {
		if st := contentStem(op.Words[w]); st != "" && !isDigit(st) && numberWords[op.Words[w].Norm] == 0 {
			want[st] = true
		}
	}
	figures := idx.sentenceFigures()
	for _, c := range quantities(op, cl.from, cl.to) {
		if !c.figure() || c.unit == "" || !c.occasions && counted(c, passageQ) {
			continue
		}
		best, bestShared := -1, minFigureShared-1
		for si, qs := range figures {
			s := src.Sentences[si]
			if s.FirstWord >= from && s.EndWord <= to {
				continue // the passage itself
			}
			if !hasUnit(qs, c) && !(c.occasions && namesUnit(qs, want)) {
				continue
			}
			if n := len(heldStems(src, s.FirstWord, s.EndWord, want)); n > bestShared {
				best, bestShared = si, n
			}
		}
		if best < 0 {
			continue
		}
		s := src.Sentences[best]
		sentenceQ := quantities(src, s.FirstWord, s.EndWord)
		if cq, pq, ok := conflict(countEvents(op, cl, quantities(op, cl.from, cl.to), sentenceQ), sentenceQ); ok && cq.word == c.word {
			return cq, pq, s.Span, true
		}
	}
	return quantity{}, quantity{}, document.Span{}, false
}

// counted reports whether the passage gives figure c or counts the same kind of thing.
func counted(c quantity, passage []quantity) bool {
	for _, p := range passage {
		if p.pct == c.pct && (agree(c, p) || p.unit != "" && sameUnit(c.unit, p.unit)) {
			return true
		}
	}
	return false
}

// namesUnit reports whether a list of figures holds one whose unit the clause names with one of its
// words: "18,640 discharges" for a clause that "discharged sewage 20,000 times".
func namesUnit(qs []quantity, stems map[string]bool) bool {
	for _, q := range qs {
		if q.figure() && q.unit != "" && stems[q.unit] {
			return true
		}
	}
	return false
}

// hasUnit reports whether a list of figures holds one that counts what c counts.
func hasUnit(qs []quantity, c quantity) bool {
	for _, q := range qs {
		if q.figure() && q.pct == c.pct && q.unit != "" && sameUnit(c.unit, q.unit) {
			return true
		}
	}
	return false
}
