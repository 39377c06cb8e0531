package claims

import (
	"fmt"
	"math"
	"strconv"

	"github.com/reframe-dev/reframe/model/document"
)

// multipleWords name a multiple of another figure: "double the national average", "tripled".
var multipleWords = map[string]float64{"double": 2, "doubled": 2, "doubles": 2, "twice": 2,
	"triple": 3, "tripled": 3, "triples": 3, "treble": 3, "trebled": 3, "quadruple": 4, "quadrupled": 4}

// frequencyAfter, after "times", make it a frequency ("three times a week"), not a multiple.
var frequencyAfter = setOfWords("a", "an", "per", "each", "every", "in", "daily", "weekly", "yearly", "over", "before", "since")

// multipleClaim is a multiple a clause states: its value, whether it is a floor (+1, "more than
// ten times"), a ceiling (-1, "nearly double") or plain (0), and where it is written.
type multipleClaim struct {
	value      float64
	bound      int
	first, end int // its words
}

// claimedMultiple finds the multiple a clause states, if any: "nearly double the national
// average", "more than ten times the usual figure", "twice as many". "Double" must be followed by
// a determiner or "as", so that "double room" and "double-digit" are not read as multiples.
func claimedMultiple(op *document.Document, cl clause) (multipleClaim, bool) {
	for w := cl.from; w < cl.to; w++ {
		n := op.Words[w].Norm
		m := multipleClaim{first: w, end: w + 1}
		if v, ok := multipleWords[n]; ok {
			if w+1 >= cl.to || !(quantityLike[op.Words[w+1].Norm] || op.Words[w+1].Norm == "as") {
				continue
			}
			m.value = v
		} else if n == "times" && w > cl.from {
			prev := op.Words[w-1].Norm
			v := numberWords[prev]
			if f, err := strconv.ParseFloat(prev, 64); err == nil {
				v = f
			}
			if v < 2 || w+1 < cl.to && frequencyAfter[op.Words[w+1].Norm] {
				continue
			}
			m.value, m.first = v, w-1
		} else {
			continue
		}
		if m.first > cl.from {
			_, m.bound = approximation(op, m.first, cl.from)
		}
		return m, true
	}
	return multipleClaim{}, false
}

// quantityLike are the words that may follow "double" when it names a multiple of a figure.
var quantityLike = setOfWords("the", "that", "this", "its", "their", "his", "her", "our", "what", "those")

// fits reports whether a ratio is the multiple claimed: a ceiling ("nearly double") allows from
// four fifths of it up to it, a floor ("more than ten times") from just under it to twice it (a
// writer with a hundredfold would say so), and a plain multiple a fifth either way.
func (m multipleClaim) fits(r float64) bool {
	switch m.bound {
	case -1:
		return r >= 0.8*m.value && r <= 1.05*m.value
	case +1:
		return r >= 0.97*m.value && r <= 2*m.value
	}
	return r >= 0.8*m.value && r <= 1.25*m.value
}

// multipleConflict describes a multiple the clause puts on a source figure that the source's
// figures do not bear out: "17.2 per 1,000 workers, nearly double the national average" against
// the source's 17.2 and 12.5, or "85,000 hectares, more than ten times the usual figure" against
// 85,000 and about 9,000. The clause's figure must be one of the source's; the multiple is then
// measured against every other figure of the passage, and it conflicts only when none fits. It
// returns the first word of the multiple.
func multipleConflict(op, src *document.Document, cl clause, from, to int) (string, int, bool) {
	m, ok := claimedMultiple(op, cl)
	if !ok {
		return "", 0, false
	}
	// The figure the multiple is put on: the last one before it, not a denominator ("per 1,000").
	var c quantity
	found := false
	for _, q := range quantities(op, cl.from, cl.to) {
		if q.figure() && q.word < m.first && !(q.word > 0 && op.Words[q.word-1].Norm == "per") {
			c, found = q, true
		}
	}
	if !found {
		return "", 0, false
	}
	srcQ := quantities(src, from, to)
	for _, p := range srcQ {
		if !p.figure() || p.pct != c.pct || !agree(c, p) || p.value <= 0 {
			continue
		}
		var nearest quantity
		nearestR, nearestDist := 0.0, math.Inf(1)
		for _, q := range srcQ {
			if q.word == p.word || !q.figure() || q.pct != p.pct || q.value <= 0 || q.value >= p.value ||
				q.word > 0 && src.Words[q.word-1].Norm == "per" {
				continue
			}
			r := p.value / q.value
			if m.fits(r) {
				return "", 0, false
			}
			if d := math.Abs(math.Log(r / m.value)); d < nearestDist {
				nearest, nearestR, nearestDist = q, r, d
			}
		}
		if math.IsInf(nearestDist, 1) {
			return "", 0, false
		}
		return fmt.Sprintf("gives %s against %s, %.1f times as much; the opinion says '%s'",
			p.text, nearest.text, nearestR, op.Slice(document.Span{Start: op.Words[max(cl.from, m.first-2)].Start, End: op.Words[min(cl.to, m.end+2)-1].End})), m.first, true
	}
	return "", 0, false
}
