package claims

import (
	"fmt"

	"github.com/reframe-dev/reframe/model/document"
)

// partWords limit a statement to part of what it is about: "a few filling stations", "some
// schools", "two of the six regions".
var partWords = map[string]bool{
	"some": true, "few": true, "several": true, "certain": true, "part": true, "parts": true,
	"handful": true, "minority": true, "most": true, "many": true, "partly": true,
	"partially": true, "isolated": true,
}

// isPart reports whether source word w limits what follows to part of it: a part word, or a
// count followed by "of" ("two of the six regions").
func isPart(d *document.Document, w, to int) bool {
	n := d.Words[w].Norm
	if partWords[n] {
		return true
	}
	return (numberWords[n] > 0 && numberWords[n] < 100 || isDigit(n)) && w+1 < to && d.Words[w+1].Norm == "of"
}

// wholeWords extend a statement to everything it is about.
var wholeWords = map[string]bool{
	"all": true, "every": true, "everyone": true, "everybody": true, "everything": true,
	"everywhere": true, "entire": true, "whole": true, "always": true, "each": true,
	"across-the-board": true, "universal": true, "universally": true,
}

// quantifierLike are the words that, just before a noun, already say how many of it: a clause
// that keeps one of them has not dropped the source's limit.
var quantifierLike = map[string]bool{
	"a": true, "an": true, "the": true, "these": true, "those": true, "this": true, "that": true,
	"its": true, "their": true, "our": true, "his": true, "her": true, "no": true, "any": true,
}

// scopeWidened reports a statement the source limits to part of something that the clause makes
// general: "every corner of the country" for "two of the six regions" (a universal word against a
// partial one), or "filling stations ran dry" for "a few filling stations" (the limit dropped in
// front of the same noun). shared holds the clause's content stems; near says whether a source
// word sits next to words the clause shares.
func scopeWidened(op, src *document.Document, cl clause, from, to int, shared map[string]bool, near func(w int) bool) (string, bool) {
	part := -1
	for w := from; w < to; w++ {
		if wholeWords[src.Words[w].Norm] {
			return "", false // the source generalises too
		}
		if part < 0 && isPart(src, w, to) && near(w) && !countsNext(src, w, to) {
			part = w
		}
	}
	if part < 0 {
		return "", false
	}
	partText := wordsAround(src, part, from, to, 1, 3)
	for w := cl.from; w < cl.to; w++ {
		if wholeWords[op.Words[w].Norm] && sharedNear(op, w, cl, shared) {
			return fmt.Sprintf("limits it to part ('%s'); the opinion makes it general ('%s')", partText, wordsAround(op, w, cl.from, cl.to, 1, 3)), true
		}
	}
	// The limit dropped: the source's part word stands just before a noun the clause uses bare.
	for k := part + 1; k < min(to, part+3); k++ {
		st := contentStem(src.Words[k])
		if st == "" {
			continue // "a few of the filling stations"
		}
		if !shared[st] || src.Words[k].Sentence != src.Words[part].Sentence {
			break
		}
		for w := cl.from; w < cl.to; w++ {
			if op.Words[w].Stem != st || !bare(op, w, cl.from) {
				continue
			}
			return fmt.Sprintf("says '%s'; the opinion drops the limit and says '%s'", partText, wordsAround(op, w, cl.from, cl.to, 1, 3)), true
		}
		break
	}
	return "", false
}

// bare reports whether opinion word w, a noun, has no quantity or determiner in the two words
// before it ("filling stations in the north" but not "some filling stations").
func bare(op *document.Document, w, from int) bool {
	if w > from && op.Words[w-1].Sentence == op.Words[w].Sentence && op.Text[op.Words[w-1].End:op.Words[w].Start] != " " {
		return false
	}
	for k := max(from, w-2); k < w; k++ {
		n := op.Words[k].Norm
		if partWords[n] || wholeWords[n] || quantifierLike[n] || numberWords[n] > 0 || vagueWords[n] > 0 || isDigit(n) {
			return false
		}
	}
	return true
}

// sharedNear reports whether a word the clause shares with the source is within two words after
// opinion word w, or the word before it: the universal word governs shared content.
func sharedNear(op *document.Document, w int, cl clause, shared map[string]bool) bool {
	for k := max(cl.from, w-1); k < min(cl.to, w+3); k++ {
		if k != w && shared[contentStem(op.Words[k])] {
			return true
		}
	}
	return false
}

// countsNext reports whether the word after w is itself a quantity: "many hundreds of" limits a
// number, not the thing counted.
func countsNext(d *document.Document, w, to int) bool {
	if w+1 >= to {
		return false
	}
	n := d.Words[w+1].Norm
	return numberWords[n] > 0 || vagueWords[n] > 0 || isDigit(n)
}
