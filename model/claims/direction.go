package claims

import (
	"fmt"
	"math"

	"github.com/reframe-dev/reframe/model/document"
)

// Words that say which way something moved. Comparatives that also make approximations ("more
// than 1,100", "fewer than 300") are left out. "rose" is listed apart from "rise" because Stem
// keeps it apart (it is also a flower); "risen" stems as "rise". So are "slid", "shrank" and
// "shrunk", which Stem leaves as they are.
var (
	upWords = stemSet("rise", "rose", "increase", "grow", "climb", "gain", "jump", "surge",
		"soar", "expand", "improve", "rebound", "recover", "higher", "upturn", "accelerate", "boost")
	downWords = stemSet("fall", "drop", "decline", "decrease", "shrink", "slump", "slide", "plunge",
		"contract", "worsen", "lower", "downturn", "tumble", "sink", "dip", "slow", "collapse",
		"cut", "reduce", "reduction", "slash", "trim", "slid", "shrank", "shrunk")
)

// movedWords say something moved either way; unchangedWords say it did not.
var (
	movedWords     = union(upWords, downWords)
	unchangedWords = stemSet("flat", "unchanged", "stable", "steady")
)

// directionWindow is how many content words either side of a direction word say what moved.
const directionWindow = 3

// directionFlipped reports a clause that has something move one way where its source sentence
// (words [from, to)) has the same thing move the other: "unemployment fell" against
// "unemployment rose"; or that gives the opposite outcome ("the council approved the plan"
// against "the council refused the plan"). The thing is a content word other than a name shared within three words of
// both direction words ("vacancies fell" is about something else than "unemployment rose", even
// in the same country).
func directionFlipped(op, src *document.Document, cl clause, from, to int) (string, bool) {
	if why, ok := oppositeFound(op, src, cl, from, to, upWords, downWords); ok {
		return why, true
	}
	if why, ok := figuresAgainstDirection(op, src, cl, from, to); ok {
		return why, true
	}
	// "Completions fell" against "completions were broadly flat": a move against none.
	if why, ok := oppositeFound(op, src, cl, from, to, movedWords, unchangedWords); ok {
		return why, true
	}
	for _, pair := range verdictPairs {
		if why, ok := oppositeFound(op, src, cl, from, to, pair[0], pair[1]); ok {
			return why, true
		}
	}
	return "", false
}

// verdictPairs are outcomes that exclude each other: what was approved was not refused, what was
// upheld was not overturned.
var verdictPairs = [][2]map[string]bool{
	{stemSet("approve", "approved", "grant", "granted", "allow", "allowed", "accept", "accepted", "pass", "passed", "uphold", "upheld"),
		stemSet("refuse", "refused", "reject", "rejected", "deny", "denied", "block", "blocked", "dismiss", "dismissed", "overturn", "overturned", "quash", "quashed")},
	{stemSet("win", "won"), stemSet("lose", "lost")},
	{stemSet("convict", "convicted", "guilty"), stemSet("acquit", "acquitted", "innocent", "cleared")},
	{stemSet("succeed", "succeeded", "success", "successful"), stemSet("fail", "failed", "failure", "unsuccessful")},
	{stemSet("safe", "safer"), stemSet("unsafe", "dangerous", "hazardous")},
	{stemSet("legal", "lawful"), stemSet("illegal", "unlawful")},
	{stemSet("more", "greater", "larger", "bigger"), stemSet("less", "fewer", "smaller")},
	// A decision against what was only put forward: "approved the cuts" against "proposed cuts".
	{stemSet("approve", "approved", "adopt", "adopted", "decide", "decided"), stemSet("propose", "proposed", "proposal", "consult", "consulted")},
}

// oppositeFound reports a clause word of one of two opposite sets (rose, approved) where the
// source sentence has a word of the other (fell, refused) about the same thing, and no word of
// the first.
func oppositeFound(op, src *document.Document, cl clause, from, to int, ups, downs map[string]bool) (string, bool) {
	for w := cl.from; w < cl.to; w++ {
		moved := moveStem(op, w)
		up, down := ups[moved], downs[moved]
		if !up && !down || deniedBefore(op, w) || approximates(op, w, cl.to) {
			continue
		}
		same, opposite := ups, downs
		if down {
			same, opposite = downs, ups
		}
		around := directionContext(op, w, cl.from, cl.to)
		flipped := -1
		for k := from; k < to; k++ {
			st := moveStem(src, k)
			if !same[st] && !opposite[st] || approximates(src, k, to) || !sharesAny(around, directionContext(src, k, from, to)) {
				continue
			}
			if same[st] != deniedBefore(src, k) {
				flipped = -1 // the source has the same thing move the same way
				break
			}
			if flipped < 0 {
				flipped = k
			}
		}
		if flipped >= 0 && !sameWordIn(src, op.Words[w].Stem, max(from, flipped-4), min(to, flipped+5)) &&
			!bothWays(src, flipped, same, contentStems(op, cl.from, cl.to)) &&
			!movesToo(op, cl, w, opposite, directionContext(src, flipped, from, to)) {
			return fmt.Sprintf("says '%s'; the opinion says '%s'",
				wordsAround(src, flipped, from, to, 2, 1), wordsAround(op, w, cl.from, cl.to, 2, 1)), true
		}
	}
	return "", false
}

// movesToo reports whether the clause, beside its word w, has a word of ways whose surroundings
// share a stem with context: the source's opposite move is one the clause also tells ("guests
// jumped ... while hotels and guest houses slid" against "guest houses fell").
func movesToo(op *document.Document, cl clause, w int, ways, context map[string]bool) bool {
	for v := cl.from; v < cl.to; v++ {
		if v != w && ways[op.Words[v].Stem] && !deniedBefore(op, v) && sharesAny(directionContext(op, v, cl.from, cl.to), context) {
			return true
		}
	}
	return false
}

// sameWordIn reports whether words [from, to) of d, the few around an opposite word, hold a word
// of the given stem that no negation denies: then the source sets the two side by side, as the
// opinion does ("reduced rather than increased" in both), whatever the words around them.
func sameWordIn(d *document.Document, stem string, from, to int) bool {
	for k := from; k < to; k++ {
		if d.Words[k].Stem == stem && !deniedBefore(d, k) {
			return true
		}
	}
	return false
}

// directionContext returns the first directionWindow content stems either side of word w (names,
// figures, periods, measures and direction words aside), inside [from, to) and w's sentence and at most twice that
// many words away: "Bus fares in Tarn have fallen" has "fares" and "bus" before "fallen".
func directionContext(d *document.Document, w, from, to int) map[string]bool {
	s := d.Sentences[d.Words[w].Sentence]
	lo, hi := max(from, s.FirstWord, w-2*directionWindow), min(to, s.EndWord, w+2*directionWindow+1)
	set := map[string]bool{}
	for _, dir := range []int{-1, 1} {
		n := 0
		for k := w + dir; k >= lo && k < hi && n < directionWindow; k += dir {
			st := contentStem(d.Words[k])
			if st == "" || upWords[st] || downWords[st] || isDigit(st) || isName(d, k) || d.IsMonth(k) {
				continue
			}
			if timeUnits[st] || measureWords[st] || document.NumberValue(d.Words[k].Norm) > 0 || ordinals[d.Words[k].Norm] {
				continue // "in the third quarter", "by 4 per cent": when and by how much, not what moved
			}
			set[st] = true
			n++
		}
	}
	return set
}

// ordinals count the period: "the third quarter".
var ordinals = setOfWords("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
	"ninth", "tenth", "last", "next", "previous")

// approximates reports whether word w bounds a figure rather than compares two things: "more
// than 1,100", "fewer than 300 people". ("Dropped 14 percent" gives the figure of a change.)
func approximates(d *document.Document, w, to int) bool {
	return w+2 < to && d.Words[w+1].Norm == "than" && isCount(d.Words[w+2].Norm)
}

// measureWords say by how much or over what period, not what moved.
var measureWords = stemSet("quarter", "percent", "cent", "point", "points", "period", "time", "times")

// sharesAny reports whether two sets have a member in common.
func sharesAny(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// Words that make a change sound dramatic, and words with which a source says a change was small.
var (
	dramaticWords = stemSet("soar", "surge", "skyrocket", "rocket", "balloon", "explode", "plunge",
		"plummet", "collapse", "crash", "nosedive", "freefall", "tumble", "slump", "tank", "spiral")
	slightWords = stemSet("slightly", "slight", "small", "smaller", "modest", "modestly", "marginal",
		"marginally", "fractionally", "little", "edged", "edge", "ticked", "gradual", "gradually",
		"mild", "mildly")
)

// magnitudeEscalated reports a clause that makes dramatic ("soared", "in freefall") a change its
// source sentence (words [from, to)) calls small ("rose slightly", "a small rise", "edged up"),
// about the same thing: the qualifier is within three words of a content word the clause has.
// A source that uses a dramatic word itself is left alone.
func magnitudeEscalated(op, src *document.Document, cl clause, from, to int) (string, bool) {
	dramatic := firstDramatic(op, cl)
	if dramatic < 0 {
		return "", false
	}
	have := map[string]bool{}
	for w := cl.from; w < cl.to; w++ {
		if st := contentStem(op.Words[w]); st != "" && w != dramatic {
			have[st] = true
		}
	}
	slight := -1
	for k := from; k < to; k++ {
		st := src.Words[k].Stem
		if dramaticWords[st] {
			return "", false
		}
		if slight < 0 && slightWords[st] && sharesAny(have, directionContext(src, k, from, to)) {
			slight = k
		}
	}
	if slight < 0 {
		return "", false
	}
	return fmt.Sprintf("calls the change small: '%s'; the opinion makes it dramatic: '%s'",
		wordsAround(src, slight, from, to, 3, 2), wordsAround(op, dramatic, cl.from, cl.to, 2, 0)), true
}

// dramatisedChange looks through the whole source for the sentence that calls small the change a
// clause makes dramatic, when the clause is worded too differently for its passage to be found
// ("the jobs market is in freefall" against "the labour market has cooled slightly"). It returns
// that sentence and the explanation of magnitudeEscalated.
func (idx *index) dramatisedChange(op *document.Document, cl clause) (document.Span, string, bool) {
	if firstDramatic(op, cl) < 0 {
		return document.Span{}, "", false
	}
	src := idx.doc
	for _, s := range src.Sentences {
		if why, ok := magnitudeEscalated(op, src, cl, s.FirstWord, s.EndWord); ok {
			return s.Span, why, true
		}
	}
	return document.Span{}, "", false
}

// firstDramatic returns the clause's first word that makes a change dramatic and is not denied
// ("did not collapse"), or -1.
func firstDramatic(op *document.Document, cl clause) int {
	for w := cl.from; w < cl.to; w++ {
		if dramaticWords[op.Words[w].Stem] && !deniedBefore(op, w) {
			return w
		}
	}
	return -1
}

// figuresAgainstDirection reports a clause that has something rise (or fall) where the source
// gives two figures for the same thing that move the other way: "complaints were up on last
// year, too" against "61 complaints, compared with 87 in 2023".
func figuresAgainstDirection(op, src *document.Document, cl clause, from, to int) (string, bool) {
	w, dir := clauseDirection(op, cl)
	if dir == 0 {
		return "", false
	}
	around := directionContext(op, w, cl.from, cl.to)
	qs := quantities(src, from, to)
	for _, b := range qs {
		if !b.base {
			continue
		}
		// The other end is the nearest end of a change in the same sentence.
		later, dist := quantity{}, -1
		for _, q := range qs {
			if q.changeEnd && !q.base && q.pct == b.pct && src.Words[q.word].Sentence == src.Words[b.word].Sentence &&
				(dist < 0 || abs(q.word-b.word) < dist) {
				later, dist = q, abs(q.word-b.word)
			}
		}
		diff := later.value - b.value
		if dist < 0 || math.Abs(diff) <= 0.02*math.Abs(b.value) || (diff > 0) == (dir > 0) {
			continue // no other end, flat, or the same way
		}
		if !sharesAny(around, directionContext(src, later.word, from, to)) {
			continue
		}
		way := "a rise"
		if diff < 0 {
			way = "a fall"
		}
		return fmt.Sprintf("gives %s against %s, %s; the opinion says '%s'",
			later.text, b.text, way, wordsAround(op, w, cl.from, cl.to, 2, 2)), true
	}
	return "", false
}

// clauseDirection returns the first word of a clause that has something rise (+1) or fall (-1),
// not denied and not an approximation ("more than"): a direction word, or "up" or "down" after a
// form of "be" ("complaints were up").
func clauseDirection(op *document.Document, cl clause) (int, int) {
	for w := cl.from; w < cl.to; w++ {
		if deniedBefore(op, w) || approximates(op, w, cl.to) {
			continue
		}
		switch st := moveStem(op, w); {
		case upWords[st]:
			return w, 1
		case downWords[st]:
			return w, -1
		}
	}
	return -1, 0
}

// bothWays reports whether the sentence of the source's word flipped also has the same thing
// move the other way, a way of same, and on a subject the clause names: "It rose in 19 of the 27
// wards and fell or stayed level in the remaining eight" has both the rise and the fall a clause
// may restate.
func bothWays(src *document.Document, flipped int, same, clauseStems map[string]bool) bool {
	s := src.Sentences[src.Words[flipped].Sentence]
	moved := directionContext(src, flipped, s.FirstWord, s.EndWord)
	for k := s.FirstWord; k < s.EndWord; k++ {
		if !same[moveStem(src, k)] || deniedBefore(src, k) || approximates(src, k, s.EndWord) {
			continue
		}
		if ctx := directionContext(src, k, s.FirstWord, s.EndWord); sharesAny(ctx, moved) && sharesAny(ctx, clauseStems) {
			return true
		}
	}
	return false
}

// movers are the verbs that make "up" and "down" after them a rise or a fall: "costs have gone
// up", "fares went down", "rents shot up", "prices are up".
var movers = union(beForms, setOfWords("go", "goes", "going", "gone", "went", "shot", "shoots", "shooting",
	"crept", "creep", "creeps", "creeping", "edged", "edge", "edges", "edging"))

// moveStem returns the stem of word w, or for "up" or "down" after a verb of moving, the stem of
// the rise or fall it says.
func moveStem(d *document.Document, w int) string {
	n := d.Words[w].Norm
	if (n == "up" || n == "down") && w > 0 && d.Words[w-1].Sentence == d.Words[w].Sentence && movers[d.Words[w-1].Norm] {
		if n == "up" {
			return "rise"
		}
		return "fall"
	}
	return d.Words[w].Stem
}
