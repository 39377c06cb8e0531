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
// "whether" when a word of not knowing comes at most five words before it in its clause, or the
// "that" of "cannot rule out that", and the question, in its own clause, holds at least two of
// the stems in shared; -1 otherwise.
func leftOpen(src *document.Document, from, to int, shared map[string]bool) int {
	for w := from; w < to; w++ {
		if !(src.Words[w].Norm == "whether" && openedBy(src, max(from, w-5), w) || notRuledOut(src, from, w)) {
			continue
		}
		if len(heldStems(src, w+1, clauseEnd(src, w, to), shared)) >= 2 {
			return w
		}
	}
	return -1
}

// notRuledOut reports whether word w of src is the "that" of a possibility the source keeps open
// with a denied "rule out": "we cannot rule out that something else explains the difference",
// "has not ruled out that". Words before from do not count.
func notRuledOut(src *document.Document, from, w int) bool {
	if src.Words[w].Norm != "that" || w-2 < from || src.Words[w-1].Norm != "out" ||
		!ruleVerb[src.Words[w-2].Norm] {
		return false
	}
	for k := w - 3; k >= max(from, w-5); k-- {
		if anyNegation[src.Words[k].Norm] {
			return true
		}
	}
	return false
}

// ruleVerb are the forms of "rule" in "rule out".
var ruleVerb = setOfWords("rule", "rules", "ruled", "ruling")

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
	return saysNo(op, cl.from, cl.to) == "" && answers(op, cl)
}

// answers reports whether a clause answers a question one way or the other: no hedge, no question
// of its own and no word of not knowing. "None of those can explain the difference" answers;
// "nobody knows what explains it" does not.
func answers(op *document.Document, cl clause) bool {
	return firstOf(op, cl.from, cl.to, hedges, nil) == "" && firstOf(op, cl.from, cl.to, whether, nil) == "" &&
		firstOf(op, cl.from, cl.to, unknowing, nil) == ""
}

// unknowing are the words with which a clause says it does not know.
var unknowing = setOfWords("unclear", "unknown", "uncertain", "clear", "know", "knows", "known", "sure")

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
