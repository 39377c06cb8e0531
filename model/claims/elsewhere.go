package claims

import (
	"slices"

	"github.com/reframe-dev/reframe/model/document"
)

// minFigureShared is how many content words, numbers aside, a source sentence must share with a
// clause for its figure of the same kind to be the figure the clause gives.
const minFigureShared = 3

// figureElsewhere finds, for a clause figure that its passage neither gives nor counts in the same
// unit, the source sentence that does: one with a figure of that unit ("1,142 patients spent more
// than 12 hours in the department") sharing minFigureShared content words with the clause ("A
// staggering 1,500 people spent more than 12 hours in the department"), the one sharing most. It
// returns the clause's figure, the source's and the sentence when they conflict. clauseQ and
// passageQ are the clause's quantities and its passage's.
func (idx *index) figureElsewhere(op *document.Document, cl clause, from, to int, clauseQ, passageQ []quantity) (quantity, quantity, document.Span, bool) {
	src := idx.doc
	want := map[string]bool{}
	for w := cl.from; w < cl.to; w++ {
		if st := contentStem(op.Words[w]); st != "" && !isDigit(st) && document.NumberValue(op.Words[w].Norm) == 0 {
			want[st] = true
		}
	}
	figures := idx.sentenceFigures()
	counts := idx.sharingCounts(want)
	for _, c := range clauseQ {
		if !c.figure() || c.unit == "" || !c.occasions && counted(c, passageQ) {
			continue
		}
		best, bestShared := -1, minFigureShared-1
		for _, si := range idx.sentencesCounting(c, want) {
			qs := figures[si]
			s := src.Sentences[si]
			if s.FirstWord >= from && s.EndWord <= to || counts[si] <= bestShared {
				continue // the passage itself, or sharing too little
			}
			if !hasUnit(qs, c) && !(c.occasions && namesUnit(qs, want)) {
				continue
			}
			best, bestShared = si, counts[si]
		}
		if best < 0 {
			continue
		}
		s := src.Sentences[best]
		sentenceQ := figures[best]
		if cq, pq, ok := conflict(countEvents(op, cl, slices.Clone(clauseQ), sentenceQ), sentenceQ); ok && cq.word == c.word {
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

// sentencesCounting returns, in order, the source sentences with a figure that may count what c
// counts: of its unit or a usual restatement of it, of persons when c counts persons, or, for a
// count of events, of a unit among the clause's stems.
func (idx *index) sentencesCounting(c quantity, stems map[string]bool) []int {
	if idx.byUnit == nil {
		idx.byUnit = map[string][]int{}
		for si, qs := range idx.sentenceFigures() {
			for _, q := range qs {
				if q.unit != "" {
					if l := idx.byUnit[q.unit]; len(l) == 0 || l[len(l)-1] != si {
						idx.byUnit[q.unit] = append(l, si)
					}
				}
			}
		}
	}
	units := map[string]bool{}
	for _, u := range expand(c.unit) {
		units[u] = true
	}
	if people[c.unit] || personNouns[c.unit] {
		for u := range personNouns {
			units[u] = true
		}
		for u := range people {
			units[u] = true
		}
	}
	if c.occasions {
		for st := range stems {
			units[st] = true
		}
	}
	seen := map[int]bool{}
	var out []int
	for u := range units {
		for _, si := range idx.byUnit[u] {
			if !seen[si] {
				seen[si] = true
				out = append(out, si)
			}
		}
	}
	slices.Sort(out)
	return out
}
