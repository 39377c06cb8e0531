package claims

import (
	"math"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
)

// A sum counted over a period is not the same sum every year: "1.4 billion over four years" is
// 350 million a year, and "1.4 billion a year" is four times as much. A figure's period is read
// from the words after it: a rate ("a year", "every month", "annually", "per week") or a total
// over a stretch of time ("over four years", "over the next decade").

// rateWords, after a figure, count it per period: "30 million a year".
var rateWords = setOfWords("a", "an", "per", "each", "every")

// rateAdverbs count a figure per period on their own: "2 million annually".
var rateAdverbs = map[string]float64{"annually": 365.25, "yearly": 365.25, "monthly": 30.4, "weekly": 7, "daily": 1}

// notARate, after "a year" or "a month", make it a point in time, not a rate: "a year ago", "a
// month later".
var notARate = setOfWords("ago", "earlier", "later", "before", "after", "on", "late", "early", "from", "since", "into", "or", "and", "to", "of")

// periodReach is how many words after a figure its period may be written: "a 1.4 billion
// thaler raid on motorists every single year".
const periodReach = 8

// period is the period a figure is counted per or over, in days, with its words as written.
type period struct {
	per, over float64
	text      string
}

// periodAfter reads the period of the figure whose last word is i, from the words after it up to
// the end of its clause (to), a clause pause or another figure.
func periodAfter(d *document.Document, i, to int) period {
	end := min(to, d.Sentences[d.Words[i].Sentence].EndWord, i+1+periodReach)
	for k := i + 1; k < end; k++ {
		if pauseBetween(d, k-1, k) {
			break
		}
		n := d.Words[k].Norm
		if days, ok := rateAdverbs[n]; ok {
			return period{per: days, text: n}
		}
		if n == "over" {
			p, _ := overPeriod(d, k, end)
			return p // "over a year" is a length, not a rate
		}
		if rateWords[n] {
			u := k + 1
			if u < end && d.Words[u].Norm == "single" {
				u++ // "every single year"
			}
			if u < end && daysIn[d.Words[u].Stem] > 0 && !strings.HasSuffix(d.Words[u].Norm, "s") &&
				(u+1 >= end || !notARate[d.Words[u+1].Norm]) {
				return period{per: daysIn[d.Words[u].Stem], text: d.Excerpt(k, u+1)}
			}
		}
		if n == "annum" && k > i+1 && d.Words[k-1].Norm == "per" {
			return period{per: 365.25, text: "per annum"}
		}
		if isCount(n) {
			break // another figure
		}
	}
	return period{}
}

// overPeriod reads a stretch of time that opens with the "over" at word k: "over four years",
// "over the next five years", "over the coming decade".
func overPeriod(d *document.Document, k, end int) (period, bool) {
	u := k + 1
	for u < end && stretchFillers[d.Words[u].Norm] {
		u++
	}
	count := 1.0
	if u < end {
		if v := countValue(d.Words[u].Norm); v > 0 {
			count, u = v, u+1
		}
	}
	if u >= end || daysIn[d.Words[u].Stem] == 0 {
		return period{}, false
	}
	if count == 1 && d.Words[u].Norm != "decade" && d.Words[u].Norm != "century" {
		return period{}, false // "over a year" is more often a length than a period
	}
	return period{over: count * daysIn[d.Words[u].Stem], text: d.Excerpt(k, u+1)}, true
}

// stretchFillers may stand between "over" (or "in", "during" ...) and a length of time: "over the
// next five years", "in those three months".
var stretchFillers = setOfWords("the", "a", "those", "these", "its", "their", "next", "coming", "following",
	"past", "last", "first", "previous", "same")

// length returns the days of a period, per or over, or 0 when none was read.
func (p period) length() float64 { return p.per + p.over }

// periodsClash reports whether two figures that agree count their sum over periods that differ by
// half again or more: "every year" against "over four years", "a month" against "a year". A figure
// without a period clashes with nothing.
func periodsClash(c, p quantity) bool {
	a, b := c.period.length(), p.period.length()
	if a == 0 || b == 0 || c.period.over > 0 && p.period.over > 0 {
		return false // two totals over different stretches may be different totals
	}
	return math.Max(a, b) >= 1.5*math.Min(a, b)
}

// sameOverPeriods reports whether two figures that do not agree give the same sum once counted
// over one period: "60 million a year" against "300 million over five years".
func sameOverPeriods(c, p quantity) bool {
	a, b := c.period.length(), p.period.length()
	if a == 0 || b == 0 || a == b || c.pct || p.pct {
		return false
	}
	scaled := c
	scaled.value *= b / a
	scaled.period = p.period
	return agree(scaled, p)
}
