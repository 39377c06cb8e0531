package claims

// This file holds the helpers that read runs of words: clause bounds, the first word of a set,
// the words around a word and a clause cut short for an explanation.

import (
	"strings"

	"github.com/reframe-dev/reframe/model/document"
)

// heldStems returns the stems of want that words [from, to) of d hold.
func heldStems(d *document.Document, from, to int, want map[string]bool) map[string]bool {
	held := map[string]bool{}
	for w := from; w < to; w++ {
		if st := d.Words[w].Stem; want[st] {
			held[st] = true
		}
	}
	return held
}

// sameClause reports whether words a < b of a document lie in one clause: no semicolon, colon,
// bracket or line break between them, and no comma followed by a conjunction that starts a new
// clause ("a risk to health, and in seven of those ..."). A hedge or a negation governs its own
// clause only.
func sameClause(d *document.Document, a, b int) bool {
	for k := a; k < b; k++ {
		gap := d.Text[d.Words[k].End:d.Words[k+1].Start]
		if strings.ContainsAny(gap, ";:()\n") {
			return false
		}
		if strings.Contains(gap, ",") && (clauseConjunctions[d.Words[k+1].Norm] || d.Words[k+1].Norm == "which" && trailingRelative(d, k+1)) {
			return false
		}
	}
	return true
}

// pauseBetween reports whether a comma, semicolon, colon or bracket stands between words a < b:
// what follows it belongs to another phrase ("664, an increase of").
func pauseBetween(d *document.Document, a, b int) bool {
	return strings.ContainsAny(d.Text[d.Words[a].End:d.Words[b].Start], ",;:()")
}

// clauseEnd returns the first word after the clause of word w (see sameClause), or to if the
// clause runs on to it.
func clauseEnd(d *document.Document, w, to int) int {
	end := w + 1
	for end < to && sameClause(d, end-1, end) {
		end++
	}
	return end
}

// trailingRelative reports whether the relative clause that word w ("which") opens runs to the end
// of its sentence: "rose by around 6 per cent, which may indicate that some drivers are avoiding
// the cameras" says something of its own about what went before, while "Maize and sugar beet,
// which are harvested later, cannot yet be assessed" closes with a comma and goes on with the
// sentence's own verb.
func trailingRelative(d *document.Document, w int) bool {
	end := min(d.Sentences[d.Words[w].Sentence].EndWord, w+maxPhrase)
	for k := w; k+1 < end; k++ {
		if strings.ContainsAny(d.Text[d.Words[k].End:d.Words[k+1].Start], ",;:()") {
			return false
		}
	}
	return true
}

// clauseConjunctions start a new clause after a comma.
var clauseConjunctions = map[string]bool{"and": true, "but": true, "while": true, "whereas": true,
	"although": true, "though": true}

func firstOf(d *document.Document, from, to int, set map[string]bool, where func(int) bool) string {
	if w := firstIndex(d, from, to, set, where); w >= 0 {
		return d.Slice(d.Words[w].Span)
	}
	return ""
}

// firstIndex returns the first word of [from, to) in set for which where holds, or -1. A month
// is not the word it is spelt like: the "May" of "on 3 May" is no hedge; nor is the first part of
// a hyphenated compound: the "no" of "a no-spray zone" denies nothing.
func firstIndex(d *document.Document, from, to int, set map[string]bool, where func(int) bool) int {
	for w := from; w < to; w++ {
		if set[d.Words[w].Norm] && (where == nil || where(w)) && !d.IsMonth(w) && !normExpected(d, w) && !compoundHead(d, w) {
			return w
		}
	}
	return -1
}

// compoundHead reports whether word w is joined to the next word by a hyphen: "no-spray",
// "no-go", "never-ending".
func compoundHead(d *document.Document, w int) bool {
	return w+1 < len(d.Words) && d.Text[d.Words[w].End:d.Words[w+1].Start] == "-"
}

// normExpected reports the "expected" of "the expected standard": after a determiner, and not
// before a figure, it names a norm; it does not hedge a forecast.
func normExpected(d *document.Document, w int) bool {
	if d.Words[w].Norm != "expected" || w == 0 || d.Words[w-1].Sentence != d.Words[w].Sentence ||
		!singularDeterminers[d.Words[w-1].Norm] {
		return false
	}
	// "an expected 600 jobs" is a forecast all the same.
	return w+1 >= len(d.Words) || countValue(d.Words[w+1].Norm) == 0
}

// singularDeterminers open a noun phrase: before "expected" they make it an adjective ("the
// expected standard"), after "in" or "by" they open who or what did it ("assumed in the business
// case"), and before a verb of saying they make it a noun ("the Inspectorate's report").
var singularDeterminers = setOfWords("the", "an", "a", "its", "their", "his", "her", "our", "this", "that")

// wordsAround returns the text from before words ahead of word i to after words behind it,
// inside [from, to) and its sentence, folded onto one line.
func wordsAround(d *document.Document, i, from, to, before, after int) string {
	a, b := max(from, i-before), min(to, i+after+1)
	for a < i && d.Words[a].Sentence != d.Words[i].Sentence {
		a++
	}
	for b > i+1 && d.Words[b-1].Sentence != d.Words[i].Sentence {
		b--
	}
	b = phraseEnd(d, i, b, to)
	return d.Excerpt(a, b)
}

// phraseEnd moves the end b of an excerpt around word i on to the end of its phrase, so that a
// quoted excerpt does not stop in the middle of one ("no evidence of a risk to national food
// supply", not "... to national"): up to six more words, to the next punctuation mark. Without
// one in reach it only drops the little words the excerpt would end on ("of a", "to the").
func phraseEnd(d *document.Document, i, b, to int) int {
	for k := b; k < min(to, b+maxPhraseRun) && d.Words[k].Sentence == d.Words[i].Sentence; k++ {
		if strings.ContainsAny(d.Text[d.Words[k-1].End:d.Words[k].Start], ",.;:!?)]\"”’—–") {
			return k
		}
		if k+1 == to || k+1 < len(d.Words) && d.Words[k+1].Sentence != d.Words[i].Sentence {
			return k + 1
		}
	}
	for b > i+1 && danglingWords[d.Words[b-1].Norm] {
		b--
	}
	return b
}

// danglingWords leave a phrase unfinished when an excerpt ends on them.
var danglingWords = setOfWords("a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from",
	"and", "or", "but", "as", "that", "than", "into", "its", "their", "his", "her", "our", "whose")

// maxPhraseRun is how many words an excerpt may run on to reach the end of its phrase.
const maxPhraseRun = 6

// clauseExcerpt returns a clause folded onto one line, cut to about twelve words.
func clauseExcerpt(d *document.Document, cl clause) string {
	end := min(cl.to, cl.from+12)
	text := d.Excerpt(cl.from, end)
	if end < cl.to {
		text += " …"
	}
	return text
}

// normIn returns the folded form of word k of d when it lies in [from, to), and "" otherwise: for
// reading the words around a match without running off the clause or the document.
func normIn(d *document.Document, k, from, to int) string {
	if k < from || k >= to {
		return ""
	}
	return d.Words[k].Norm
}
