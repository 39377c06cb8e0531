package claims

import (
	"fmt"

	"github.com/reframe-dev/reframe/model/document"
)

// superlatives rank what they describe first of all; "most" and "least" do so before an
// adjective ("the most dangerous").
var superlatives = setOfWords("highest", "lowest", "largest", "biggest", "smallest", "worst", "best",
	"fastest", "slowest", "greatest", "oldest", "longest", "shortest", "poorest", "richest", "deadliest",
	"busiest", "cheapest", "dearest", "safest", "hottest", "coldest", "wettest", "driest", "weakest",
	"strongest", "heaviest", "deepest", "youngest", "most", "least")

// lowerRanks rank below the first.
var lowerRanks = setOfWords("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	"tenth", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th")

// rankRaised describes a clause that ranks first ("the worst in the city") what its source
// sentence (words [from, to)) ranks lower ("the third-highest damp readings") or puts among
// others ("one of the worst", "among the highest").
func rankRaised(op, src *document.Document, cl clause, from, to int) (string, bool) {
	claim := -1
	for w := cl.from + 1; w < cl.to; w++ {
		if superlatives[op.Words[w].Norm] && op.Words[w-1].Norm == "the" && !ranked(op, w-1, cl.from) {
			claim = w
			break
		}
	}
	if claim < 0 {
		return "", false
	}
	for w := from + 1; w < to; w++ {
		if !superlatives[src.Words[w].Norm] || src.Words[w-1].Sentence != src.Words[w].Sentence {
			continue
		}
		if generic := op.Words[claim].Norm; (generic == "most" || generic == "least") && src.Words[w].Norm != generic {
			continue // "the most recent figures" ranks nothing the source's "one of the highest" does
		}
		if lowerRanks[src.Words[w-1].Norm] || ranked(src, w-1, from) && src.Words[w-1].Norm == "the" {
			return fmt.Sprintf("ranks it lower: '%s'; the opinion ranks it first: '%s'",
				wordsAround(src, w, from, to, 3, 3), wordsAround(op, claim, cl.from, cl.to, 1, 4)), true
		}
	}
	return "", false
}

// ranked reports whether the "the" at word w (or an ordinal there) is preceded by words that put
// what follows among others: "one of the", "among the", "some of the".
func ranked(d *document.Document, w, from int) bool {
	if lowerRanks[d.Words[w].Norm] {
		return true
	}
	prev := func(k int) string { return normIn(d, w-k, from, w+1) }
	return prev(1) == "among" || prev(1) == "of" && (prev(2) == "one" || prev(2) == "some" || prev(2) == "several")
}
