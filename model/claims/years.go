package claims

import (
	"fmt"

	"github.com/reframe-dev/reframe/model/document"
)

// yearChanged reports a clause that dates an event to another year than its source sentence
// (words [from, to)) does: "The scheme began in 2019" against "The scheme began in 2021". The
// event is the content word just before the year (or before its "in", "since" or "from"), and the
// source must date the same word, and never give the clause's year.
func yearChanged(op, src *document.Document, cl clause, from, to int) (string, bool) {
	srcYears := map[float64]bool{}
	for _, q := range quantities(src, from, to) {
		if q.year {
			srcYears[q.value] = true
		}
	}
	if len(srcYears) == 0 {
		return "", false
	}
	for _, c := range quantities(op, cl.from, cl.to) {
		if !c.year || srcYears[c.value] {
			continue
		}
		event := datedWord(op, c.word, cl.from)
		for _, p := range quantities(src, from, to) {
			if !p.year {
				continue
			}
			e, ev := datedWord(src, p.word, from), event
			if e < 0 || ev < 0 || !sameStem(src.Words[e].Stem, op.Words[ev].Stem) {
				// "The tower was built by the city council in 1972" against "The council built
				// the tower in 1968": the same verb of the past dated by both.
				e, ev = datedVerb(src, p.word, from), datedVerb(op, c.word, cl.from)
				if e < 0 || ev < 0 || !sameStem(src.Words[e].Stem, op.Words[ev].Stem) {
					continue
				}
			}
			return fmt.Sprintf("dates it to %s: '%s'; the opinion says %s: '%s'",
				p.text, wordsAround(src, e, from, to, 1, 3), c.text, wordsAround(op, ev, cl.from, cl.to, 1, 3)), true
		}
	}
	return "", false
}

// datedVerb returns the last verb in the past among the eight words before a year at word y, in
// its sentence and with no other year between, or -1: "built" in "was built by the city council
// in 1972".
func datedVerb(d *document.Document, y, from int) int {
	first := max(from, d.Sentences[d.Words[y].Sentence].FirstWord, y-8)
	for k := y - 1; k >= first; k-- {
		if isDigit(d.Words[k].Norm) {
			return -1
		}
		if document.PastForm(d.Words[k].Norm) && contentStem(d.Words[k]) != "" && !isName(d, k) {
			return k
		}
	}
	return -1
}

// datedWord returns the content word that a year at word y dates: the word just before it, or
// before the "in", "since", "from" or "until" that leads to it ("began in 2021"), or -1.
func datedWord(d *document.Document, y, from int) int {
	k := y - 1
	if k >= from && yearLinks[d.Words[k].Norm] {
		k--
	}
	if k < from || d.Words[k].Sentence != d.Words[y].Sentence || contentStem(d.Words[k]) == "" || isName(d, k) || d.IsMonth(k) {
		return -1
	}
	return k
}

// yearLinks lead from an event to its year.
var yearLinks = setOfWords("in", "since", "from", "until", "by")
