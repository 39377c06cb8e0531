package claims

import (
	"fmt"
	"math"
	"slices"

	"github.com/reframe-dev/reframe/model/document"
)

// changeOfComparison measures a rise or fall in per cent that refers back to two figures of one
// kind in the sentence before ("The fee has climbed from 1,040 crowns a month to about 1,360. That
// is a rise of more than a third.") by the source sentence that gives both: 1,040 to 1,360 is a
// rise of about 31 per cent, not more than a third. A rise is measured from the smaller figure, a
// fall from the larger. It reports whether the clause is such a change the source can be read for,
// and if so why it does not fit ("" when it fits), the source sentence and the clause's change.
func (idx *index) changeOfComparison(op *document.Document, cl clause) (string, document.Span, quantity, bool) {
	prev, ok := sentenceBefore(op, cl)
	if !ok {
		return "", document.Span{}, quantity{}, false
	}
	var change quantity
	found := false
	for _, q := range quantities(op, cl.from, min(cl.to, cl.from+10)) {
		if q.figure() && q.pct && (q.rise || q.fall) && !q.points {
			change, found = q, true
			break
		}
	}
	if !found {
		return "", document.Span{}, quantity{}, false
	}
	var figures []quantity
	for _, q := range quantities(op, prev.FirstWord, prev.EndWord) {
		if q.figure() && !q.pct && !q.date && !timeUnits[q.unit] && q.value > 0 {
			figures = append(figures, q)
		}
	}
	// The two figures compared are the last two of one kind: "for a baby under two has climbed
	// from 1,040 crowns a month to about 1,360".
	if len(figures) < 2 {
		return "", document.Span{}, quantity{}, false
	}
	pair := figures[len(figures)-2:]
	if pair[0].unit != "" && pair[1].unit != "" && !sameUnit(pair[0].unit, pair[1].unit) || agree(pair[0], pair[1]) {
		return "", document.Span{}, quantity{}, false
	}
	figuresOf := idx.sentenceFigures()
	for si := range figuresOf {
		// The source may give the two in one sentence or in two of one paragraph ("The catch
		// advised for 2025 is 3,150 tonnes. This is 22 per cent lower than the 4,040 tonnes set
		// for 2024.").
		qs := figuresOf[si]
		if si+1 < len(figuresOf) && idx.doc.Sentences[si+1].Paragraph == idx.doc.Sentences[si].Paragraph {
			qs = append(slices.Clone(qs), figuresOf[si+1]...)
		}
		a, okA := agreeing(qs, pair[0])
		b, okB := agreeing(qs, pair[1])
		if !okA || !okB || a.word == b.word {
			continue
		}
		first, last := idx.doc.Words[min(a.word, b.word)].Sentence, idx.doc.Words[max(a.word, b.word)].Sentence
		lo, hi := math.Min(a.value, b.value), math.Max(a.value, b.value)
		base, told := lo, "rise"
		if change.fall {
			base, told = hi, "fall"
		}
		pct := 100 * (hi - lo) / base
		span := document.Span{Start: idx.doc.Sentences[first].Start, End: idx.doc.Sentences[last].End}
		if agree(change, quantity{value: pct, pct: true}) {
			return "", span, change, true
		}
		return fmt.Sprintf("gives %s and %s, a %s of about %.0f per cent; the opinion says '%s'",
			withUnit(idx.doc, a), withUnit(idx.doc, b), told, pct, context(op, change.text, cl.span)), span, change, true
	}
	return "", document.Span{}, quantity{}, false
}

// agreeing returns the first figure of qs, not a percentage, that agrees with q.
func agreeing(qs []quantity, q quantity) (quantity, bool) {
	for _, p := range qs {
		if p.figure() && !p.pct && agree(q, p) {
			return p, true
		}
	}
	return quantity{}, false
}
