package claims

import (
	"fmt"

	"github.com/reframe-dev/reframe/model/document"
)

// Words that say a figure is off one way: too high, too low, revised up or down.
var (
	overWords = union(stemSet("higher", "bigger", "larger", "greater", "upward", "upwards", "overstate",
		"overstates", "overstated", "overestimate", "overestimated", "overcount", "inflated"), upWords)
	underWords = union(stemSet("lower", "smaller", "downward", "downwards", "understate", "understates",
		"understated", "underestimate", "underestimated", "undercount", "undercounted"), downWords)
)

// oneWayOnly describes a clause that says a figure is off, or will move, one way where its
// source passage (words [from, to)) says it may be off either way: "the real number is probably
// higher" against "the true figure may be higher or lower", or "is nudged upwards" against
// "revisions can go in either direction". The clause must not name both ways itself.
func oneWayOnly(op, src *document.Document, cl clause, from, to int) (string, bool) {
	both := twoSided(src, from, to)
	if both < 0 {
		return "", false
	}
	over, under := oneWay(op, cl, overWords), oneWay(op, cl, underWords)
	if (over < 0) == (under < 0) {
		return "", false // neither way, or both
	}
	way := max(over, under)
	// The two ways are about what the clause is about: its sentence shares a word with the
	// clause, or the way the clause names is one of the two ("probably higher" against "higher
	// or lower").
	named := op.Words[way].Stem == src.Words[both].Stem || both+2 < to && op.Words[way].Stem == src.Words[both+2].Stem
	if !named && !sentenceShares(src, both, withRestatements(contentStems(op, cl.from, cl.to))) {
		return "", false
	}
	return fmt.Sprintf("says it could go either way: '%s'; the opinion says only '%s': '%s'",
		wordsAround(src, both, from, to, 4, 4), op.Slice(op.Words[way].Span), clauseExcerpt(op, cl)), true
}

// sentenceShares reports whether the sentence of word w holds a stem of shared other than a word
// that says which way a figure is off.
func sentenceShares(d *document.Document, w int, shared map[string]bool) bool {
	s := d.Sentences[d.Words[w].Sentence]
	for k := s.FirstWord; k < s.EndWord; k++ {
		if st := d.Words[k].Stem; shared[st] && !overWords[st] && !underWords[st] {
			return true
		}
	}
	return false
}

// oneWay returns the first word of a clause in ways that is not part of a bound ("more than
// 300"), or -1.
func oneWay(op *document.Document, cl clause, ways map[string]bool) int {
	for w := cl.from; w < cl.to; w++ {
		if ways[op.Words[w].Stem] && !approximates(op, w, cl.to) {
			return w
		}
	}
	return -1
}

// twoSided returns the first word of words [from, to) that says a figure may be off either way
// ("higher or lower", "overstate or understate", "under- or over-estimated", "in either
// direction"), or -1.
func twoSided(d *document.Document, from, to int) int {
	for w := from; w+2 < to; w++ {
		a, or, b := d.Words[w], d.Words[w+1], d.Words[w+2]
		if or.Norm != "or" || a.Sentence != b.Sentence {
			continue
		}
		if overWords[a.Stem] && underWords[b.Stem] || underWords[a.Stem] && overWords[b.Stem] ||
			a.Norm == "under" && b.Norm == "over" || a.Norm == "over" && b.Norm == "under" {
			return w
		}
	}
	for w := from; w+1 < to; w++ {
		if (d.Words[w].Norm == "either" || d.Words[w].Norm == "both") && (d.Words[w+1].Norm == "direction" || d.Words[w+1].Norm == "directions") {
			return w
		}
	}
	return -1
}
