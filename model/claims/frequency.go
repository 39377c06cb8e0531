package claims

import (
	"fmt"

	"github.com/reframe-dev/reframe/model/document"
)

// frequencyLevels rank how often something happens, from rarely to always. "Never" is left to the
// negation checks.
var frequencyLevels = map[string]int{
	"rarely": 1, "seldom": 1, "occasionally": 2, "sometimes": 2, "often": 3, "frequently": 3,
	"regularly": 3, "repeatedly": 3, "usually": 4, "typically": 4,
	"always": 5, "invariably": 5, "constantly": 5,
}

// alwaysLevel is the level of "always": a claim about every occasion.
const alwaysLevel = 5

// frequencyEscalated reports a clause that says something happens more often than its source
// sentence (words [from, to)) does, about the same thing: "always" against "often" or against a
// share of occasions ("late on 31 percent of crossings"), or "usually" against "sometimes".
func frequencyEscalated(op, src *document.Document, cl clause, from, to int) (string, bool) {
	w := -1
	for k := cl.from; k < cl.to; k++ {
		if frequencyLevels[op.Words[k].Norm] > 0 && !deniedBefore(op, k) {
			w = k
			break
		}
	}
	if w < 0 {
		return "", false
	}
	level := frequencyLevels[op.Words[w].Norm]
	shared := contentStems(op, cl.from, cl.to)
	for k := from; k < to; k++ {
		l := frequencyLevels[src.Words[k].Norm]
		if l == 0 || !sharesAny(shared, directionContext(src, k, from, to)) {
			continue
		}
		if l == level || deniedBefore(src, k) {
			return "", false // the source says as often
		}
		if level == alwaysLevel || level-l >= 2 {
			return fmt.Sprintf("says '%s'; the opinion says '%s'", wordsAround(src, k, from, to, 3, 2),
				wordsAround(op, w, cl.from, cl.to, 3, 2)), true
		}
	}
	if level != alwaysLevel {
		return "", false
	}
	// "always" against a share of the occasions.
	for _, q := range quantities(src, from, to) {
		if q.pct && !q.rise && !q.year && q.value < 90 && sharesAny(shared, directionContext(src, q.word, from, to)) {
			return fmt.Sprintf("gives a share, '%s'; the opinion says '%s'", context(src, q.text, src.WordSpan(from, to)),
				wordsAround(op, w, cl.from, cl.to, 3, 2)), true
		}
	}
	return "", false
}
