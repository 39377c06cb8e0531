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
		if notYetAssessed(src, w, to) {
			// "Maize and sugar beet, which are harvested later, cannot yet be assessed with
			// confidence": the open question is the subject before it.
			start := w
			for start > from && sameClause(src, start-1, w) && src.Words[start-1].Sentence == src.Words[w].Sentence {
				start--
			}
			if len(heldStems(src, start, w, shared)) >= 2 {
				return w
			}
			continue
		}
		if !(src.Words[w].Norm == "whether" && openedBy(src, max(from, w-5), w) || notRuledOut(src, from, w)) {
			continue
		}
		if len(heldStems(src, w+1, clauseEnd(src, w, to), shared)) >= 2 {
			return w
		}
	}
	return -1
}

// notYetAssessed reports whether word w of src opens "cannot (yet) be assessed", "could not be
// estimated", "can't yet be known": the source says the matter before it cannot be judged.
func notYetAssessed(src *document.Document, w, to int) bool {
	n := src.Words[w].Norm
	k := w + 1
	switch {
	case n == "cannot" || n == "can't" || n == "couldn't":
	case n == "not" && w > 0 && (src.Words[w-1].Norm == "can" || src.Words[w-1].Norm == "could"):
	default:
		return false
	}
	skip := func(k int) int { // "cannot yet be", "cannot be reliably"
		for k < to && assessAdverbs[src.Words[k].Norm] {
			k++
		}
		return k
	}
	k = skip(k)
	if k+1 >= to || src.Words[k].Norm != "be" {
		return false
	}
	k = skip(k + 1)
	return k < to && assessedWords[src.Words[k].Norm]
}

// assessAdverbs may stand around the "be" of "cannot yet be assessed".
var assessAdverbs = setOfWords("yet", "reliably", "fully")

// assessedWords say what cannot yet be done with a matter: "cannot yet be assessed".
var assessedWords = setOfWords("assessed", "estimated", "determined", "known", "predicted", "quantified",
	"measured", "judged", "forecast", "calculated", "established")

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
		firstOf(op, cl.from, cl.to, unknowing, nil) == "" && firstOf(op, cl.from, cl.to, tellingVerbs, deniedAt(op, cl.from)) == ""
}

// tellingVerbs, denied, say the matter cannot be told: "nobody can yet say how the crops will
// fare", "no one can predict".
var tellingVerbs = setOfWords("say", "tell", "predict", "assess", "estimate", "judge", "forecast")

// deniedAt returns a test for a word denied by a way of saying no at most three words before it,
// from word from on.
func deniedAt(d *document.Document, from int) func(int) bool {
	return func(w int) bool {
		for k := max(from, w-3); k < w; k++ {
			if anyNegation[d.Words[k].Norm] {
				return true
			}
		}
		return false
	}
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

// whWords open the question a clause of not knowing leaves open: "do not know who was responsible".
var whWords = setOfWords("who", "what", "why", "how", "where", "when", "which")

// knowingVerbs, denied, say that someone does not know: "do not yet know", "can't say", "has not
// established", "could not determine".
var knowingVerbs = setOfWords("know", "knows", "knew", "known", "say", "says", "tell", "tells",
	"establish", "established", "determine", "determined", "identify", "identified", "explain",
	"explained", "confirm", "confirmed", "sure", "clear")

// openQuestion returns the wh-word of the question a stretch of words [from, to) says nobody can
// answer yet: a wh-word with, at most four words before it in its clause, a denied verb of
// knowing ("do not yet know who", "still can't say who") or "unclear" or "unknown"; -1 if there is
// none.
func openQuestion(d *document.Document, from, to int) int {
	for w := from; w < to; w++ {
		if !whWords[d.Words[w].Norm] {
			continue
		}
		verb := -1
		for k := w - 1; k >= max(from, w-4) && sameClause(d, k, w); k-- {
			n := d.Words[k].Norm
			if n == "unclear" || n == "unknown" {
				return w
			}
			if knowingVerbs[n] {
				verb = k
			}
			if verb >= 0 && anyNegation[n] {
				return w
			}
		}
	}
	return -1
}

// ignoranceRestated reports whether a clause restates a source passage's open question: both say
// nobody can yet answer the same question ("The Commissioner still can't say who was behind the
// intrusion" against "We do not yet know who was responsible for the intrusion"). The wh-words
// must be the same and the questions share a content stem.
func ignoranceRestated(op, src *document.Document, cl clause, span document.Span) bool {
	q := openQuestion(op, cl.from, cl.to)
	if q < 0 {
		return false
	}
	asked := contentStems(op, q+1, clauseEnd(op, q, cl.to))
	from, to := src.WordsIn(span)
	for w := from; w < to; {
		p := openQuestion(src, w, to)
		if p < 0 {
			return false
		}
		if src.Words[p].Norm == op.Words[q].Norm && len(heldStems(src, p+1, clauseEnd(src, p, to), asked)) > 0 {
			return true
		}
		w = p + 1
	}
	return false
}

// openQuestionOn finds, anywhere in the source, a question it leaves open that a clause settles
// ("It is too early to say whether any of these investigations will lead to prosecution" against
// "The investigations now under way will end in prosecution"), for a clause whose passage was too
// weak to judge: the question must share two content words with the clause. It returns the
// sentence and the word "whether".
func (idx *index) openQuestionOn(op *document.Document, cl clause) (document.Span, int, bool) {
	if !answers(op, cl) || saysNo(op, cl.from, cl.to) != "" {
		return document.Span{}, 0, false
	}
	shared := contentStems(op, cl.from, cl.to)
	src := idx.doc
	counts := idx.sharingCounts(shared)
	for _, si := range idx.questionSentences() {
		if counts[si] < 2 {
			continue // the question must share two words with the clause
		}
		s := src.Sentences[si]
		if w := leftOpen(src, s.FirstWord, s.EndWord, shared); w >= 0 {
			return s.Span, w, true
		}
	}
	return document.Span{}, 0, false
}

// questionSentences returns, found once, the source sentences that can leave a question open:
// those with a "whether" or a "rule out that".
func (idx *index) questionSentences() []int {
	if idx.questions == nil {
		idx.questions = []int{}
		src := idx.doc
		for si, s := range src.Sentences {
			for w := s.FirstWord; w < s.EndWord; w++ {
				if n := src.Words[w].Norm; n == "whether" || n == "that" && notRuledOut(src, s.FirstWord, w) {
					idx.questions = append(idx.questions, si)
					break
				}
			}
		}
	}
	return idx.questions
}
