package claims

import "github.com/reframe-dev/reframe/model/document"

// notKnowing are the words that, shortly before "whether", say the question after it is open:
// "it is not yet clear whether", "unclear whether", "is looking at whether", "will decide
// whether".
var notKnowing = setOfWords("unclear", "unknown", "uncertain", "undetermined", "undecided",
	"unanswered", "unresolved", "open", "not", "no", "cannot", "can't", "yet", "investigating",
	"investigate", "investigates", "investigation", "examining", "examine", "examines",
	"assessing", "assess", "assesses", "reviewing", "review", "looking", "look", "question",
	"questions", "determine", "determined", "establish", "established", "decide", "decides",
	"deciding", "considering", "consider", "considers", "ask", "asks", "asked", "asking",
	"checking", "check", "sure", "know", "known", "say")

// leftOpen finds in source words [from, to) a question the source leaves open that a clause
// answers: "It is not yet clear whether the contractor's credentials were stolen through a
// phishing attack" against "The contractor's login was obviously phished". It returns the word
// "whether" when a word of not knowing comes at most five words before it in its clause and the
// question, in its own clause, holds at least two of the stems in shared; -1 otherwise.
func leftOpen(src *document.Document, from, to int, shared map[string]bool) int {
	for w := from; w < to; w++ {
		if src.Words[w].Norm != "whether" || !openedBy(src, max(from, w-5), w) {
			continue
		}
		if len(heldStems(src, w+1, clauseEnd(src, w, to), shared)) >= 2 {
			return w
		}
	}
	return -1
}

// openedBy reports whether a word of not knowing lies in source words [from, to), in the clause of
// the word at to.
func openedBy(src *document.Document, from, to int) bool {
	for k := to - 1; k >= from; k-- {
		if !sameClause(src, k, to) {
			return false
		}
		if notKnowing[src.Words[k].Norm] {
			return true
		}
	}
	return false
}

// settles reports whether a clause states its content as settled: no hedge, no negation and no
// question of its own.
func settles(op *document.Document, cl clause) bool {
	return firstOf(op, cl.from, cl.to, hedges, nil) == "" && saysNo(op, cl.from, cl.to) == "" &&
		firstOf(op, cl.from, cl.to, whether, nil) == ""
}

// whether is the word that asks a question inside a statement.
var whether = setOfWords("whether")

// setOfWords returns the set of the given words.
func setOfWords(words ...string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// union returns a new set with the words of a and b.
func union(a, b map[string]bool) map[string]bool {
	set := make(map[string]bool, len(a)+len(b))
	for w := range a {
		set[w] = true
	}
	for w := range b {
		set[w] = true
	}
	return set
}
