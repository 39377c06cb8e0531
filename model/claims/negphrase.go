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

// deniedPhrase is negatedPhrase the other way round: a clause that denies, word for word, a phrase
// the source states. "There is no interim payment, no fast track" against "Keepers may request an
// interim payment of up to 50 per cent". The phrase is the two content words in a row straight
// after the clause's "no", "not" or "never" (an article or a form of "be" may stand between); the
// source must hold the same words in a row somewhere, never within four words after a negation of
// its own. Two words in a row are a name for one thing; the source that names it without denying
// it says it exists or happens. It returns the explanation and the source sentence's span.
func deniedPhrase(op, src *document.Document, cl clause) (string, document.Span, bool) {
	for w := cl.from; w < cl.to; w++ {
		if n := op.Words[w].Norm; n != "no" && n != "not" && n != "never" {
			continue
		}
		start := w + 1
		for start < cl.to && start < w+3 && phraseLinks[op.Words[start].Norm] {
			start++
		}
		if start+1 >= cl.to || !sameClause(op, w, start+1) {
			continue
		}
		first, second := contentStem(op.Words[start]), contentStem(op.Words[start+1])
		if first == "" || second == "" || isDigit(first) || isDigit(second) {
			continue
		}
		found := -1
		for k := 0; k+1 < len(src.Words); k++ {
			if src.Words[k].Stem != first || src.Words[k+1].Stem != second || !sameClause(src, k, k+1) {
				continue
			}
			s := src.Sentences[src.Words[k].Sentence]
			if saysNo(src, max(s.FirstWord, k-4), k) != "" {
				return "", document.Span{}, false // the source denies it too, somewhere
			}
			if found < 0 {
				found = k
			}
		}
		if found < 0 {
			continue
		}
		s := src.Sentences[src.Words[found].Sentence]
		why := fmt.Sprintf("says '%s'; the opinion denies it: '%s'",
			wordsAround(src, found, s.FirstWord, s.EndWord, 4, 6), wordsAround(op, w, cl.from, cl.to, 2, start+2-w))
		return why, s.Span, true
	}
	return "", document.Span{}, false
}
