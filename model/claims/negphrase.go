package claims

import (
	"fmt"

	"github.com/reframe-dev/reframe/model/document"
)

// negatedPhrase describes a clause that asserts, word for word, a phrase its passage negates:
// "That is a representative sample of Varnholt" against "The responses were not a representative
// sample". The phrase is two or more content words in a row straight after the negation (an
// article or a form of "be" may stand between), and the clause holds the same words in a row with
// no way of saying no anywhere in it. Two shared words are too few to call a clause supported,
// but a negated phrase restated whole is a flat contradiction.
func negatedPhrase(op, src *document.Document, cl clause, span document.Span) (string, bool) {
	if saysNo(op, cl.from, cl.to) != "" {
		return "", false
	}
	from, to := src.WordsIn(span)
	for w := from; w < to; w++ {
		if !negations[src.Words[w].Norm] {
			continue
		}
		start := w + 1
		for start < to && start < w+3 && phraseLinks[src.Words[start].Norm] {
			start++
		}
		if start+1 >= to || !sameClause(src, w, start+1) {
			continue
		}
		first, second := contentStem(src.Words[start]), contentStem(src.Words[start+1])
		if first == "" || second == "" || isDigit(first) || isDigit(second) {
			continue
		}
		for k := cl.from; k+1 < cl.to; k++ {
			if op.Words[k].Stem == first && op.Words[k+1].Stem == second && sameClause(op, k, k+1) &&
				op.Words[k].Sentence == op.Words[k+1].Sentence {
				return fmt.Sprintf("says '%s'; the opinion drops the negation: '%s'",
					wordsAround(src, w, from, to, 2, start+1-w), clauseExcerpt(op, cl)), true
			}
		}
	}
	return "", false
}

// phraseLinks may stand between a negation and the phrase it denies: "not a representative
// sample", "were not being properly maintained".
var phraseLinks = setOfWords("a", "an", "the", "be", "been", "being", "yet")
