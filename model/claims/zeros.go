package claims

import (
	"fmt"

	"github.com/reframe-dev/reframe/model/document"
)

// zeroAgainstCount reports a clause that says none of something happened where its source
// sentence (words [from, to)) counts some: "Nobody was hurt in the fire" against "Three people
// were hurt in the fire". The zero word must govern a content word within three words that
// stands within four words of the source's count.
func zeroAgainstCount(op, src *document.Document, cl clause, from, to int) (string, bool) {
	for w := cl.from; w < cl.to; w++ {
		end := zeroAt(op, w, cl.to)
		if end < 0 {
			continue
		}
		ahead := map[string]bool{}
		for k := end; k < min(cl.to, end+3); k++ {
			if st := contentStem(op.Words[k]); st != "" && !isName(op, k) {
				ahead[st] = true
			}
		}
		for _, q := range quantities(src, from, to) {
			if !q.figure() || q.pct || q.value <= 0 || q.denied {
				continue
			}
			for k := max(from, q.word-4); k < min(to, q.word+5); k++ {
				if k != q.word && src.Words[k].Sentence == src.Words[q.word].Sentence && ahead[src.Words[k].Stem] {
					return fmt.Sprintf("gives a count: '%s'; the opinion says none: '%s'",
						wordsAround(src, q.word, from, to, 2, 5), wordsAround(op, w, cl.from, cl.to, 1, 4)), true
				}
			}
		}
	}
	return "", false
}

// zeroAt returns the word after a zero quantifier that starts at word w ("nobody", "no one",
// "none of", "not a single", "not one", "zero"), or -1.
func zeroAt(d *document.Document, w, to int) int {
	norm := func(k int) string { return normIn(d, k, 0, to) }
	switch n := norm(w); {
	case n == "nobody" || n == "zero":
		return w + 1
	case n == "no" && norm(w+1) == "one":
		return w + 2
	case n == "none" && norm(w+1) == "of":
		return w + 2
	case n == "not" && norm(w+1) == "a" && norm(w+2) == "single":
		return w + 3
	case n == "not" && norm(w+1) == "one":
		return w + 2
	}
	return -1
}
