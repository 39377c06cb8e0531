package claims

import (
	"fmt"

	"github.com/reframe-dev/reframe/model/document"
)

// planAsDone reports a clause that tells as done what its source sentence (words [from, to))
// says is only planned, proposed or possible: "The council has closed the library" against "The
// council plans to close the library next year". The act is a verb in the past in the clause
// whose stem the source puts after a word of planning ("plans to", "intends to", "is set to",
// "will", "could").
func planAsDone(op, src *document.Document, cl clause, from, to int) (string, bool) {
	for w := cl.from; w < cl.to; w++ {
		if !eventVerb(op.Words[w].Norm) || isName(op, w) || w > cl.from && determiners[op.Words[w-1].Norm] {
			continue // "the closed library" is no act
		}
		if firstOf(op, cl.from, w, planWords, nil) != "" || firstOf(op, cl.from, w, planVerbs, nil) != "" {
			continue // the clause tells a plan itself: "would be boxed up", "plans to have closed"
		}
		planned, done := -1, false
		for k := from; k < to; k++ {
			if !sameStem(src.Words[k].Stem, op.Words[w].Stem) || isName(src, k) {
				continue
			}
			if eventVerb(src.Words[k].Norm) {
				done = true // the source tells it as done too ("closed the library in May and will close two more")
			} else if p := plannedAt(src, k, from); p >= 0 && planned < 0 {
				planned = p
			}
		}
		if p := planned; p >= 0 && !done {
			return fmt.Sprintf("says it is only planned: '%s'; the opinion says it has happened: '%s'",
				wordsAround(src, p, from, to, 1, 5), wordsAround(op, w, cl.from, cl.to, 2, 3)), true
		}
	}
	return "", false
}

// plannedAt returns the word of planning that governs source word k ("plans to close", "will
// close", "is set to close"), or -1.
func plannedAt(src *document.Document, k, from int) int {
	if k-1 >= from && planWords[src.Words[k-1].Norm] {
		return k - 1 // "will close", "could close"
	}
	if k-2 >= from && src.Words[k-1].Norm == "to" && planVerbs[src.Words[k-2].Norm] {
		return k - 2 // "plans to close"
	}
	return -1
}

// planWords, just before a verb, make it a plan or a possibility.
var planWords = setOfWords("will", "would", "could", "may", "might", "shall")

// planVerbs, before "to", make what follows a plan.
var planVerbs = setOfWords("plans", "planned", "plan", "intends", "intend", "intended", "proposes",
	"propose", "proposed", "aims", "aim", "set", "due", "expected", "hopes", "wants", "wishes",
	"seeks", "considering", "prepared", "going")

// determiners before a participle make it an adjective: "the closed library".
var determiners = setOfWords("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those")
