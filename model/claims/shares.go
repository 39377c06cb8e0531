package claims

import (
	"strings"

	"github.com/reframe-dev/reframe/model/document"
)

// A share said in words is compared as the range of percentages it can honestly stand for:
// "almost all of them said no" does not fit "nearly 60 per cent of them opposed", and "most
// residents" does not fit "48 per cent".

// nearlyWords turn "all" or "none" into "almost all" or "almost none".
var nearlyWords = map[string]bool{"almost": true, "nearly": true, "virtually": true, "practically": true}

// bigWords make a majority overwhelming, smallWords make a minority slight.
var (
	bigWords   = map[string]bool{"vast": true, "overwhelming": true, "huge": true, "great": true}
	smallWords = map[string]bool{"small": true, "tiny": true, "slim": true}
)

// shareAt reads a share said in words at word i of [from, to) into q, and reports whether there is
// one: "almost all", "nearly all", "most of", "most residents", "the (vast) majority", "a (small)
// minority", "hardly any", "almost none". Plain "all", "every" and "none" are not read here: they
// are quantity words, compared by the scope checks.
func shareAt(d *document.Document, i, from, to int, q *quantity) bool {
	norm := func(k int) string { return normIn(d, k, from, to) }
	w, prev, next := norm(i), norm(i-1), norm(i+1)
	if w == "most" && i+2 < to && isName(d, i+1) && pluralNoun(norm(i+2)) {
		next = norm(i + 2) // "most Tarn residents": a name before the plural it qualifies
	}
	first := i
	var lo, hi float64
	switch {
	case (w == "all" || w == "every" || w == "everyone" || w == "everybody") && nearlyWords[prev]:
		lo, hi, first = 85, 100, i-1
	case (w == "none" || w == "no") && nearlyWords[prev], w == "any" && (prev == "hardly" || prev == "scarcely"):
		lo, hi, first = 0, 10, i-1
	case w == "most" && prev != "the" && prev != "at" && (next == "of" || pluralNoun(next)):
		lo, hi = 50, 100
	case w == "majority" && bigWords[prev]:
		lo, hi, first = 75, 100, i-1
	case w == "majority" && (prev == "a" || prev == "the"):
		lo, hi = 50, 100
	case w == "minority" && smallWords[prev]:
		lo, hi, first = 0, 25, i-1
	case w == "minority" && (prev == "a" || prev == "the"):
		lo, hi = 0, 50
	default:
		return false
	}
	q.share, q.pct, q.approx, q.lo, q.hi = true, true, true, lo, hi
	q.value = (lo + hi) / 2
	q.word = first
	q.text = d.Text[d.Words[first].Start:d.Words[i].End]
	return true
}

// pluralNoun guesses that a word after "most" is a plural noun ("most residents", "most people")
// rather than an adjective ("most likely", "most serious").
func pluralNoun(w string) bool {
	if w == "people" || w == "men" || w == "women" || w == "children" {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "ous") && !strings.HasSuffix(w, "ics") && !strings.HasSuffix(w, "less")
}
