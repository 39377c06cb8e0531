package claims

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/document"
)

// quantity is a number or quantity word found in a clause.
type quantity struct {
	value  float64 // the number; for vague words, the order of magnitude they stand for
	vague  bool    // a quantity word ("hundreds", "a few", "dozens") rather than a figure
	approx bool    // "around", "nearly", "more than" before it
	bound  int     // -1 for an upper bound ("nearly", "under", "up to"), +1 for a lower one ("more than", "tops")
	strict bool    // the bound leaves the figure out: "nearly", "more than", but not "at least", "up to"
	close  bool    // close to the figure: "nearly", "almost", "just over", "barely"; not "under" or "more than"
	worded bool    // a share written in words ("one in five", "a third"), which a writer rounds to
	year   bool    // looks like a year
	pct    bool    // a percentage
	text   string  // as written
	unit   string  // stem of the first content word after it ("journeys" in "412 journeys")
	// kinds: the stems of the words after unit in the same noun phrase ("goods", "vehicle",
	// "movements" in "240 heavy goods vehicle movements"), any of which may say what is counted
	kinds   []string
	label   bool    // names rather than counts: "Route 7", "Gate 3"
	word    int     // index of its first word in the document
	share   bool    // a share said in words ("almost all", "most", "a minority"): a range of percentages
	span    bool    // a number of years read from a range of years ("between 2016 and 2022"), not written
	lo, hi  float64 // that range, for a share
	ceiling bool    // a limit, not an amount: "up to 250,000", "as many as", "at most"
	denied  bool    // the writer rejects the figure: "not 17"
	ranged  string  // the range it ends, as written ("between 310,000 and 480,000"), or ""
	// occasions: a count of events, "20,000 times", whose unit is what the clause's verb does
	occasions bool
	rise      bool // a percentage that is a rise: "an increase of 57 per cent", "up 12 per cent"
	fall      bool // a percentage that is a fall: "cut by half", "down 12 per cent", "halved"
	changeEnd bool // one end of a change written "from 1.5 to 1.0 kilogram"
	// within: a length of time that frames a count ("in those three months", "over the past two
	// years"), not one that is measured ("waited up to four days")
	within bool
	points bool // percentage points ("2 percentage points", "2.8 points"), not a percentage of something
	// about: for a passage figure, how many of the clause's content stems its own source clause
	// holds; of two figures, the one in the clause that says what the opinion says is the one to
	// compare
	about int
	// period: the period the figure is counted per or over ("a year", "over four years"), if any
	period     period
	base       bool // the end of a change it started from: "from 300", "compared with 19"
	others     bool // counts the others beside one named: "our Larder and thirteen other food banks"
	mean       bool // an average: "an average of 38 seconds", "averaged 38 seconds"
	date       bool // the day of a date ("on 31 March"): it may still tie a clause to a sentence, but counts nothing
	ofWhole    bool // a share read from a part and its whole ("52 of the 140 tenants"): a plain percentage may count something else
	complement bool // a share in a clause that says no, which may give the rest of the source's share
	// counterpart: for a clause's percentage, 1 + the index of the passage percentage whose phrase
	// says what its own phrase says (see pairByPhrase), or 0
	counterpart int
}

// inclusiveBounds end the bounds that include their figure: "at least", "at most", "up to", "as
// many as".
var inclusiveBounds = setOfWords("least", "most", "to", "up", "as")

// periodDeterminers make the fraction word after them a period or a rank, not a share: "the
// quarter of its life", "this quarter", "the third of five reports".
var periodDeterminers = setOfWords("the", "this", "that", "last", "next", "each", "every", "first",
	"second", "third", "fourth", "final", "its", "their", "our", "same", "previous", "latest", "current", "past")

// pronounOf, after "one of", make "one" one among others: "one of them".
var pronounOf = setOfWords("them", "those", "these", "us", "you")

// timeOfDay reports whether the number at word i tells the time: "six in the morning", "6
// a.m.", "ten o'clock".
func timeOfDay(d *document.Document, i, to int) bool {
	// "04:12", "13:40": hours and minutes joined by a colon.
	if i+1 < len(d.Words) && d.Text[d.Words[i].End:d.Words[i+1].Start] == ":" && isDigit(d.Words[i+1].Norm) ||
		i > 0 && d.Text[d.Words[i-1].End:d.Words[i].Start] == ":" && isDigit(d.Words[i-1].Norm) {
		return true
	}
	next := func(k int) string { return normIn(d, i+k, 0, to) }
	switch next(1) {
	case "a.m.", "a.m", "am", "p.m.", "p.m", "pm", "o'clock", "o’clock":
		return true
	case "in":
		return next(2) == "the" && (next(3) == "morning" || next(3) == "afternoon" || next(3) == "evening")
	}
	return false
}

// reportingPeriod reports whether the number at word i names the period a report covers rather
// than a length of time that matters: "the three months ended 30 September", "the twelve months
// to June".
func reportingPeriod(d *document.Document, i, to int) bool {
	if i+3 >= to || daysIn[d.Words[i+1].Stem] == 0 {
		return false
	}
	switch d.Words[i+2].Norm {
	case "ended", "ending", "to", "through", "until":
		return d.IsMonth(i+3) || isDigit(d.Words[i+3].Norm) && (d.IsMonth(i+4) || i+4 >= to)
	}
	return false
}

// boundedChange reports whether the "half" at word i is the size of a change, bounded: "a jump of
// almost half", "grew by nearly half".
func boundedChange(d *document.Document, i, from, to int) bool {
	if i-2 < from || i+1 < to && d.Words[i+1].Norm == "as" {
		return false // "by barely half as much": a multiple
	}
	approx, _ := approximation(d, i, from)
	return approx && (d.Words[i-2].Norm == "of" || d.Words[i-2].Norm == "by")
}

// dayOfMonth reports whether the figure q at word i is the day of a date, next to the month's
// name: "on 31 March 2024", "by March 31". A date says when, not how many.
func dayOfMonth(d *document.Document, i, from, to int, q quantity) bool {
	if q.value < 1 || q.value > 31 || q.value != math.Trunc(q.value) || !isDigit(d.Words[i].Norm) {
		return false
	}
	// "May 17" is a day, but not "Since 28 May, 17 cases": the month has its day, and the comma
	// ends the date.
	return i+1 < to && d.IsMonth(i+1) ||
		i > from && d.IsMonth(i-1) && !pauseBetween(d, i-1, i) && !(i-2 >= from && isDigit(d.Words[i-2].Norm))
}

// unitAfter returns the stem of the word that says what the figure ending at word i counts, within
// three words and before any pause, with the rest of its noun phrase ("kinds").
func unitAfter(d *document.Document, i, to int) (string, []string) {
	for k := i + 1; k < min(to, i+4); k++ {
		n := d.Words[k].Norm
		if d.Words[k].Sentence != d.Words[i].Sentence || pauseBetween(d, k-1, k) {
			break // "664, an increase of": what follows a comma is not what the figure counts
		}
		if k+1 < to && modelCode(d, k+1) {
			k++ // "6,000 SM-2 meters": the model's name says which, the noun after it what
			continue
		}
		if n == "of" && k+1 < to && (d.Words[k+1].Norm == "us" || d.Words[k+1].Norm == "you") && !pauseBetween(d, k, k+1) {
			return personStem, nil // "packed more than 300 of us into the hall" counts people
		}
		if unitSkip[n] || document.NumberValue(n) > 0 {
			continue
		}
		if currencies[d.Words[k].Stem] {
			return "money", nil // "212,000 pounds" counts what "£212,000" counts
		}
		if fromVerbs[n] && k+1 < to && d.Words[k+1].Norm == "from" {
			// "of which 1,311 came from farmers": the figure counts what they came from.
			for m := k + 2; m < min(to, k+5) && !pauseBetween(d, m-1, m); m++ {
				if nm := d.Words[m].Norm; !unitSkip[nm] && !document.IsCommon(nm) {
					return d.Words[m].Stem, nounPhrase(d, m, to)
				}
			}
			break
		}
		if (n[0] < '0' || n[0] > '9') && (!document.IsCommon(n) || countNouns[n]) {
			return d.Words[k].Stem, append(nounPhrase(d, k, to), apposition(d, k, to)...)
		}
		break
	}
	return "", nil
}

// modelCode reports whether the number at word i is joined by a hyphen to the capitals before it,
// a name's code rather than a count: the "2" of "SM-2", the "25" of "M-25", the "19" of
// "COVID-19".
func modelCode(d *document.Document, i int) bool {
	if i == 0 || !isDigit(d.Words[i].Norm) || d.Text[d.Words[i-1].End:d.Words[i].Start] != "-" {
		return false
	}
	prev := d.Slice(d.Words[i-1].Span)
	return prev != "" && strings.ToUpper(prev) == prev && strings.ToLower(prev) != prev
}

// fromVerbs, between a figure and "from", say where what it counts came from: "1,311 came from
// farmers", "40 were from the north".
var fromVerbs = setOfWords("came", "come", "were", "was", "are", "is")

// measure returns the unit of measurement a figure is in, written on ("km" of "15,000km") or
// spelt out ("15,000 kilometres"), or "": a weight or a distance written on to its figure is
// restated only by a figure in the same unit, not by a count that happens to share its number.
func measure(q quantity) string {
	if attachedUnits[q.unit] {
		return strings.TrimSuffix(q.unit, "s")
	}
	return speltMeasures[q.unit]
}

// speltMeasures gives the stems of units of measurement spelt out as they are written on.
var speltMeasures = map[string]string{document.Stem("kilometres"): "km", document.Stem("kilometers"): "km",
	document.Stem("miles"): "mi", document.Stem("kilograms"): "kg", document.Stem("metres"): "m",
	document.Stem("meters"): "m", document.Stem("hectares"): "ha", document.Stem("feet"): "ft",
	document.Stem("centimetres"): "cm", document.Stem("millimetres"): "mm", document.Stem("decibels"): "db"}

// attachedUnits are the units written on to a figure without a space: "54.8mph", "12km".
var attachedUnits = setOfWords("mph", "kph", "km", "kmh", "kg", "mg", "cm", "mm", "m", "ml", "kwh", "mwh", "gwh", "mw", "gw", "kw", "ha", "ft", "mi", "lb", "lbs", "oz", "db")

// currencies are the names of money written after a figure, as a sign is written before it.
var currencies = stemSet("pound", "dollar", "euro", "crown", "franc", "thaler", "krone", "yen", "yuan",
	"rupee", "peso", "lira", "shilling", "guilder", "rand", "zloty", "forint", "koruna", "dinar")

// fractionParts are the plural fraction words and the share each part is: the "thirds" of "two
// thirds".
var fractionParts = map[string]float64{"thirds": 100.0 / 3, "quarters": 25, "fifths": 20, "tenths": 10}

// magnitudeAfter returns the index of the multiplier of "of a million" or "a billion" after the
// fraction word at i, or 0 when none follows.
func magnitudeAfter(d *document.Document, i, to int) int {
	k := i + 1
	if k < to && d.Words[k].Norm == "of" {
		k++
	}
	if k < to && (d.Words[k].Norm == "a" || d.Words[k].Norm == "an") {
		k++
	}
	if k < to && k > i+1 {
		if multipliers[d.Words[k].Norm] >= 1000 {
			return k
		}
	}
	return 0
}

// halfAfterThat reports a "half" after the "that" of a reported finding, a share whatever
// follows: "found that half of all farms", "said that half the staff". "That" is a period's
// determiner only before the other fraction words ("that quarter").
func halfAfterThat(d *document.Document, i, from, to int) bool {
	return d.Words[i].Norm == "half" && i > from && d.Words[i-1].Norm == "that" && i+1 < to &&
		(d.Words[i+1].Norm == "of" || halfDeterminers[d.Words[i+1].Norm])
}

// sizedNoun reports a "a half" before the noun it sizes: "a half plot", "a half share". A share of
// a whole is "half of" or "half the"; "a half" before a noun is the size of one thing.
func sizedNoun(d *document.Document, i, from, to int) bool {
	if d.Words[i].Norm != "half" || i == from || d.Words[i-1].Norm != "a" || i+1 >= to {
		return false
	}
	if i-2 >= from && (halfLeads[d.Words[i-2].Norm] || nearlyWords[d.Words[i-2].Norm]) {
		return false // "cut by a half last year", "nearly a half": the size of a change or a share
	}
	next := d.Words[i+1]
	return contentStem(next) != "" && !isCount(next.Norm)
}

// halfLeads, before "a half", make it a change or a share whatever follows.
var halfLeads = setOfWords("by", "than", "about", "around", "roughly", "some", "over", "under", "just", "only", "exactly")

// shareAhead reports whether the "one" at word i begins a share said as "one in five" or "one out
// of four": a count even after a word that makes a lone "one" a pronoun ("found that one in five
// respondents").
func shareAhead(d *document.Document, i, to int) bool {
	whole, _ := shareWhole(d, i+1, to)
	return whole > 1
}

// shareWhole reads the whole of a share said in words from the "in" or "out" at word k: "in
// five", "in every hundred", "out of four". It returns the whole and its word, or 0 and -1.
func shareWhole(d *document.Document, k, to int) (float64, int) {
	if k >= to {
		return 0, -1
	}
	switch d.Words[k].Norm {
	case "out":
		if k+1 >= to || d.Words[k+1].Norm != "of" {
			return 0, -1
		}
		k += 2
	case "in":
		k++
	default:
		return 0, -1
	}
	if k < to && (d.Words[k].Norm == "every" || d.Words[k].Norm == "a") {
		k++
	}
	if k >= to {
		return 0, -1
	}
	return denominator(d.Words[k].Norm), k
}

// halfDeterminers make the "half" before them a share: "half the staff", "more than half their
// crop" ("half an hour" is a length of time).
var halfDeterminers = setOfWords("the", "their", "its", "his", "her", "our", "your", "these", "those", "all")

// vagueWords are quantity words and the magnitude they suggest.
var vagueWords = map[string]float64{
	"few": 3, "several": 5, "handful": 5, "some": 5, "dozens": 36, "scores": 60, "many": 50,
	"hundreds": 300, "thousands": 3000, "droves": 3000, "millions": 3e6, "countless": 1e4,
	"most": 1e6, "all": 1e7, "every": 1e7, "majority": 1e6, "none": 0, "no": 0,
}

// vagueFloors are the least that a plural of magnitude can mean: "thousands" are at least two
// thousand.
var vagueFloors = map[string]float64{"dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2e6, "billions": 2e9}

// vagueCeilings are the most that a word for a small number can honestly stand for: "a handful"
// is ten at most.
var vagueCeilings = map[string]float64{"handful": 10, "few": 10}

// aboveCeiling reports whether a word for a small number ("only a handful of flats") plays down a
// figure of the same unit that is well beyond it ("212 flats"): the figure, at its lowest, is more
// than three times the most the word can mean.
func aboveCeiling(c, p quantity) bool {
	ceiling := vagueCeilings[strings.ToLower(c.text)]
	if ceiling == 0 || p.pct || p.share || c.unit == "" || !sameUnit(c.unit, p.unit) {
		return false
	}
	lo, _ := p.interval()
	return lo > 3*ceiling
}

// singleDuration reports whether the "a" or "an" at word i is one of a unit of time that a bound
// stands before: "within a month", "in under a decade", "barely a week", "less than a year". (A
// bare "a year" is as often a rate, "310 pounds a year", or a period, "2,000 complaints in a
// year", as a length.)
func singleDuration(d *document.Document, i, from, to int) bool {
	if w := d.Words[i].Norm; w != "a" && w != "an" || i <= from || i+1 >= to || !singleTimeUnits[d.Words[i+1].Norm] {
		return false
	}
	switch d.Words[i-1].Norm {
	case "within", "under", "barely", "almost", "nearly":
		return true
	case "than":
		return i-2 >= from && d.Words[i-2].Norm == "less"
	}
	return false
}

// singleTimeUnits are the units of time a writer gives one of with "a": "a month", "an hour".
var singleTimeUnits = setOfWords("minute", "hour", "day", "week", "fortnight", "month", "year", "decade")

// durationPlurals, after one of durationLeads, are a length of time said without a number: "for
// weeks", "took months", "lasted years".
var (
	durationPlurals = setOfWords("hours", "days", "weeks", "months", "years", "decades")
	durationLeads   = setOfWords("for", "took", "take", "takes", "taking", "lasted", "lasts", "last", "lasting", "waited", "wait", "waiting")
)

// belowFloor reports whether a plural of magnitude ("millions of Kestrians") claims more than a
// figure of the same unit can be ("about 1.2 million Kestrians"): the figure, at its highest,
// falls short of the least the plural means.
func belowFloor(c, p quantity) bool {
	if c.vague && durationPlurals[strings.ToLower(c.text)] {
		// "for weeks" against "four days": lengths of time, compared in days.
		_, hi := p.interval()
		return daysIn[p.unit] > 0 && !p.pct && hi*daysIn[p.unit] < c.value*daysIn[c.unit]
	}
	floor := vagueFloors[strings.ToLower(c.text)]
	if floor == 0 || p.pct || p.share || p.value <= 0 || c.unit == "" || !sameUnit(c.unit, p.unit) {
		return false
	}
	_, hi := p.interval()
	return hi < floor
}

// unitSkip are the words between a number and the thing it counts.
var unitSkip = map[string]bool{"of": true, "the": true, "a": true, "an": true, "and": true, "or": true,
	"to": true, "per": true, "cent": true, "percent": true, "more": true, "than": true, "its": true, "their": true,
	// words that say which of the things, not what: "two extra days", "three further cases"
	"extra": true, "additional": true, "further": true, "other": true, "consecutive": true,
	"successive": true, "straight": true, "separate": true, "whole": true, "full": true,
	// the partitive: "14 of them family homes"
	"them": true, "those": true, "these": true}

// nounPhrase returns the stems of the words after word k that go on its noun phrase: up to three
// words that are neither common nor set apart by punctuation ("goods vehicle movements" after
// "heavy").
func nounPhrase(d *document.Document, k, to int) []string {
	var out []string
	for j := k + 1; j < min(to, k+4); j++ {
		n := d.Words[j].Norm
		if document.IsCommon(n) || document.NumberValue(n) > 0 || strings.TrimSpace(d.Text[d.Words[j-1].End:d.Words[j].Start]) != "" {
			break
		}
		out = append(out, d.Words[j].Stem)
	}
	return out
}

// apposition returns the content stems of a phrase after a comma that says what the things
// counted at word k mostly are: "340 dead fish, mostly roach and bream", "1,200 vehicles, chiefly
// lorries". A phrase with a figure of its own ("including 12 assaults") counts a part, and gives
// none.
func apposition(d *document.Document, k, to int) []string {
	j := k
	for j+1 < min(to, k+4) && !pauseBetween(d, j, j+1) {
		j++
	}
	j++
	if j >= to || !pauseBetween(d, j-1, j) || !appositionLeads[d.Words[j].Norm] || d.Words[j].Sentence != d.Words[k].Sentence {
		return nil
	}
	var out []string
	for m := j + 1; m < min(to, j+7) && !pauseBetween(d, m-1, m) && d.Words[m].Sentence == d.Words[k].Sentence; m++ {
		n := d.Words[m].Norm
		if isCount(n) {
			return nil
		}
		if !document.IsCommon(n) {
			out = append(out, d.Words[m].Stem)
		}
	}
	return out
}

// appositionLeads open a phrase that says what most of the things just counted are.
var appositionLeads = setOfWords("mostly", "mainly", "chiefly", "largely", "predominantly", "principally")

// countsAlike reports whether two figures count the same things: by their units when exact, or
// else by the words of their noun phrases.
func countsAlike(c, p quantity, exact bool) bool {
	if exact {
		return sameUnit(c.unit, p.unit)
	}
	return p.counts(c.unit) || c.counts(p.unit)
}

// counts reports whether q counts things of unit: its unit or a word of its noun phrase is that
// unit ("240 heavy goods vehicle movements" counts vehicles).
func (q quantity) counts(unit string) bool {
	return sameUnit(unit, q.unit) || slices.ContainsFunc(q.kinds, func(k string) bool { return sameUnit(unit, k) })
}

// labelNouns name a part of a document or a numbered place; the number after one says which,
// not how many: "section 6", "Paper 14", "paragraph 9", "Gate 3".
var labelNouns = setOfWords("section", "sections", "paper", "paragraph", "paragraphs", "chapter", "appendix",
	"annex", "table", "page", "pages", "item", "clause", "article", "schedule", "recommendation",
	"gate", "platform", "ward", "room", "route", "junction")

// ratingGiven reports a figure that is a rating or a grade, not a count: "rated 2 or below", "a
// rating of 5", "rated 3 or 4", "graded 1". It looks back over "of" and the figures and "or"s
// of a list of ratings.
func ratingGiven(d *document.Document, first, from int) bool {
	for k := first - 1; k >= max(from, first-5); k-- {
		if d.Words[k].Sentence != d.Words[first].Sentence || strings.ContainsAny(d.Text[d.Words[k].End:d.Words[k+1].Start], ".;:()") {
			return false
		}
		n := d.Words[k].Norm
		switch {
		case ratingWords[n]:
			return true
		case n == "of" || n == "or" || n == "and" || n == "to" || isDigit(n):
		default:
			return false
		}
	}
	return false
}

// ratingWords, before a figure, make it a rating: which band, not how many.
var ratingWords = setOfWords("rated", "rating", "ratings", "graded", "grade", "grades", "band", "banded", "level", "tier")

// countNouns are common words that still say what a number counts.
var countNouns = map[string]bool{"people": true, "year": true, "years": true, "day": true, "days": true,
	"week": true, "weeks": true, "time": true, "times": true, "things": true}

// pronounOne are the words after which "one" is a pronoun, not the number.
var pronounOne = map[string]bool{"every": true, "each": true, "last": true, "no": true, "any": true,
	"the": true, "this": true, "that": true, "which": true, "someone": true}

// pronounOneBefore are the words before which "one" is the pronoun of anyone at all: a modal
// verb ("one can only guess", "one might think").
var pronounOneBefore = setOfWords("can", "cannot", "can't", "could", "couldn't", "may", "might", "must", "should", "would", "wonders", "suspects")

var multipliers = map[string]float64{"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9}

// riseWords, just before a percentage, make it a rise: "an increase of 57 per cent", "up 12 per
// cent", "rose 4.6 per cent", "a jump of 10 per cent".
var riseWords = setOfWords("increase", "increased", "rise", "rose", "risen", "up", "jump", "jumped",
	"grew", "grown", "growth", "higher", "gain", "climbed")

// fallWords, just before a percentage, make it a fall: "a cut of 10 per cent", "down 12 per cent",
// "slashed by half".
var fallWords = setOfWords("cut", "cuts", "slashed", "reduced", "reduction", "fell", "fallen", "down",
	"lower", "decrease", "decreased", "drop", "dropped", "fall", "shrank", "shrunk", "declined", "decline", "trimmed")

// frequencyAfter, after "times", make it a frequency ("three times a week"), not a multiple.
var frequencyAfter = setOfWords("a", "an", "per", "each", "every", "in", "daily", "weekly", "yearly", "over", "before", "since")

// multipleAfter, after "N times", make it a multiple: "ten times the usual figure", "three times
// as many", "four times higher".
var multipleAfter = setOfWords("the", "as", "more", "higher", "larger", "bigger", "greater", "longer",
	"faster", "what", "that", "their", "its", "his", "her", "our", "over", "less", "fewer", "lower")

// countEvents gives each count of events in clauseQ ("discharged 20,000 times") the unit of a
// passage figure that the clause's own words name ("18,640 discharges"), so that the two compare.
// A passage that counts the events as times too ("discharged 47 times") needs no such unit, and
// a year's noun ("the 2025 bathing season") is none.
func countEvents(op *document.Document, cl clause, clauseQ, passageQ []quantity) []quantity {
	stems := contentStems(op, cl.from, cl.to)
	for i, c := range clauseQ {
		if !c.occasions || slices.ContainsFunc(passageQ, func(p quantity) bool { return p.occasions && !p.year && !p.label }) {
			continue
		}
		for _, p := range passageQ {
			if p.unit != "" && stems[p.unit] && !p.year && !p.label {
				clauseQ[i].unit = p.unit
				break
			}
		}
	}
	return clauseQ
}

// relate sets, for each figure of a source passage, how many of a clause's content stems the
// figure's own source clause holds.
func relate(src *document.Document, passageQ []quantity, stems map[string]bool) {
	for i := range passageQ {
		w := passageQ[i].word
		a := w
		for a > 0 && sameClause(src, a-1, w) && src.Words[a-1].Sentence == src.Words[w].Sentence {
			a--
		}
		end := clauseEnd(src, w, src.Sentences[src.Words[w].Sentence].EndWord)
		passageQ[i].about = len(heldStems(src, a, end, stems))
	}
}

// possessive reports whether word i is written with a possessive "'s" or "’s".
func possessive(d *document.Document, i int) bool {
	text := d.Slice(d.Words[i].Span)
	return strings.HasSuffix(text, "'s") || strings.HasSuffix(text, "’s")
}

// yearEnd reports whether the number at word i ends a year written as a span after a year:
// the "25" of "2024-25" or "2018/19".
func yearEnd(d *document.Document, i int) bool {
	if i == 0 || len(d.Words[i].Norm) != 2 {
		return false
	}
	prev := d.Words[i-1].Norm
	gap := d.Text[d.Words[i-1].End:d.Words[i].Start]
	return (gap == "-" || gap == "/" || gap == "–") && len(prev) == 4 && (strings.HasPrefix(prev, "19") || strings.HasPrefix(prev, "20"))
}

// quantities returns the numbers and quantity words of words [from, to).
func quantities(d *document.Document, from, to int) []quantity {
	var out []quantity
	for i := from; i < to; i++ {
		w := d.Words[i].Norm
		q := quantity{text: d.Slice(d.Words[i].Span), word: i}
		first := i     // the number's first word, before any multiplier is read
		magnitude := 0 // for a fraction word, the multiplier of "a quarter of a million" after it
		if document.FractionShare(w) > 0 {
			magnitude = magnitudeAfter(d, i, to)
		}
		switch {
		case w != "" && w[0] >= '0' && w[0] <= '9':
			v, err := strconv.ParseFloat(strings.TrimSuffix(w, "s"), 64)
			if err != nil {
				// "54.8mph", "12km": a figure with its unit written on.
				digits := strings.TrimRight(w, "abcdefghijklmnopqrstuvwxyz")
				if v, err = strconv.ParseFloat(digits, 64); err != nil || !attachedUnits[w[len(digits):]] {
					continue
				}
				q.unit = w[len(digits):]
			}
			q.value = v
			q.year = v >= 1900 && v <= 2100 && !strings.ContainsAny(q.text, ".,") || yearEnd(d, i)
			if i+1 < to {
				if m, ok := multipliers[d.Words[i+1].Norm]; ok {
					q.value *= m
					q.year = false
					i++
				}
			}
		case w == "half" && i-3 >= from && d.Words[i-1].Norm == "a" && d.Words[i-2].Norm == "and" &&
			len(out) > 0 && out[len(out)-1].word == i-3:
			out[len(out)-1].value += 0.5 // "nine and a half hours": part of the figure, not a share
			continue
		case w == "half" && i-4 >= from && d.Words[i-1].Norm == "a" && d.Words[i-2].Norm == "and" &&
			timeUnits[d.Words[i-3].Stem] && (d.Words[i-4].Norm == "a" || d.Words[i-4].Norm == "an"):
			// "a year and a half", "an hour and a half": a length of time, not a share.
			first = i - 4
			q.value, q.unit, q.approx, q.word = 1.5, d.Words[i-3].Stem, true, first
			q.text = d.Text[d.Words[first].Start:d.Words[i].End]
			q.readBounds(d, first, from) // "more than a year and a half"
			out = append(out, q)
			continue
		case magnitude > 0:
			// "a quarter of a million pounds", "half a billion crowns": an amount, rounded as a
			// writer rounds it, not a share.
			k := magnitude
			q.value = document.FractionShare(w) / 100 * multipliers[d.Words[k].Norm]
			if i > from && (d.Words[i-1].Norm == "a" || d.Words[i-1].Norm == "one") {
				first = i - 1
			}
			q.readBounds(d, first, from)
			q.approx = true // rounded, whatever the words before say
			if moneySign(d, first) {
				q.unit = "money"
			}
			i = k
			q.text = d.Text[d.Words[first].Start:d.Words[k].End]
			if q.unit == "" {
				q.unit, q.kinds = unitAfter(d, i, to)
			}
			out = append(out, q)
			continue
		case document.NumberValue(w) > 1 && document.NumberValue(w) < 10 && i+1 < to && fractionParts[d.Words[i+1].Norm] > 0 &&
			document.NumberValue(w) < 100/fractionParts[d.Words[i+1].Norm]:
			// "two-thirds", "three quarters": a share in words.
			q.value, q.pct, q.worded = document.NumberValue(w)*fractionParts[d.Words[i+1].Norm], true, true
			q.readBounds(d, first, from)                  // "almost two-thirds"
			q.rise, q.fall = changeBefore(d, first, from) // "up by two-thirds"
			i++
			q.text = d.Text[d.Words[first].Start:d.Words[i].End]
			out = append(out, q)
			continue
		case document.FractionShare(w) > 0 && !(i > from && periodDeterminers[d.Words[i-1].Norm] && !halfAfterThat(d, i, from, to)) &&
			!sizedNoun(d, i, from, to) &&
			(i+1 < to && d.Words[i+1].Norm == "of" || i > from && (d.Words[i-1].Norm == "a" || d.Words[i-1].Norm == "one" || d.Words[i-1].Norm == "by") ||
				w == "half" && i+1 < to && halfDeterminers[d.Words[i+1].Norm] || w == "half" && boundedChange(d, i, from, to)):
			// "half of", "a third of", "nearly a fifth", "half their crop": a share, compared as a
			// percentage.
			q.value, q.pct = document.FractionShare(w), true
			if i > from && (d.Words[i-1].Norm == "a" || d.Words[i-1].Norm == "one") {
				first = i - 1
			}
			q.readBounds(d, first, from) // "just over half", "nearly a third"
			q.worded = true
			q.rise, q.fall = changeBefore(d, first, from) // "jumped by a quarter", "cut by half"
			if !q.rise && !q.fall {
				q.rise, q.fall = changeAfter(d, i, to) // "a fifth more than the year before"
			}
			out = append(out, q)
			continue
		case w == "point" && i > from && d.Words[i-1].Norm == "a" && i+2 < to && d.Words[i+1].Norm == "or" &&
			document.NumberValue(d.Words[i+2].Norm) > 1 && document.NumberValue(d.Words[i+2].Norm) < 10:
			// "a point or two of the drop": a change of at most two percentage points.
			q.value, q.pct, q.points, q.approx, q.bound, q.worded = document.NumberValue(d.Words[i+2].Norm), true, true, true, -1, true
			q.word, q.text = i-1, d.Text[d.Words[i-1].Start:d.Words[i+2].End]
			i += 2
			out = append(out, q)
			continue
		case w == "halved" && (i+1 >= to || d.Words[i+1].Norm != "as"):
			// "Ridership has halved": a fall of a half, as a writer rounds it.
			q.value, q.pct, q.fall, q.approx = 50, true, true, true
			out = append(out, q)
			continue
		case (w == "in" || w == "out") && len(out) > 0 && !out[len(out)-1].vague &&
			(out[len(out)-1].word == i-1 || sharedNoun(d, out[len(out)-1], i, to)):
			// "one in five", "seven in every hundred", "three out of four", "one household in
			// ten": replace the count just read with the share it makes.
			whole, k := shareWhole(d, i, to)
			if whole == 0 || out[len(out)-1].value >= whole {
				continue // "about 1,360 in five years": a part is less than its whole
			}
			last := &out[len(out)-1]
			last.value = 100 * last.value / whole
			last.pct, last.unit, last.worded = true, "", true
			last.points = false // "one point in eight": a test point counted, not a percentage point
			last.text = d.Text[d.Words[last.word].Start:d.Words[k].End]
			i = k
			continue
		case w == "one" && i > from && pronounOne[d.Words[i-1].Norm] && !shareAhead(d, i, to):
			continue // "every last one", "no one", "the one who": a pronoun, not a count
		case w == "one" && i+1 < to && pronounOneBefore[d.Words[i+1].Norm] && (i+2 >= to || d.Words[i+2].Norm != "of"):
			continue // "One can only guess how many": the pronoun, not a count
		case w == "one" && i+2 < to && d.Words[i+1].Norm == "of" && pronounOf[d.Words[i+2].Norm]:
			continue // "is one of them": one among others, not a count
		case w == "one" && i+1 < to && possessive(d, i+1):
			continue // "One worker's pelvis was smashed": a single case, not a count
		case document.NumberValue(w) > 0:
			q.value = document.NumberValue(w)
			if (multipliers[w] > 0 || w == "dozen") && i > from && (d.Words[i-1].Norm == "a" || d.Words[i-1].Norm == "one") {
				first = i - 1 // "more than a thousand": the bound stands before the "a"
			}
			// "eighty-eight": a tens word joined to a unit word.
			if q.value >= 20 && q.value < 100 && i+1 < to && document.NumberValue(d.Words[i+1].Norm) < 10 &&
				document.NumberValue(d.Words[i+1].Norm) > 0 && d.Text[d.Words[i].End:d.Words[i+1].Start] == "-" {
				i++
				q.value += document.NumberValue(d.Words[i].Norm)
				q.text = d.Text[d.Words[i-1].Start:d.Words[i].End]
			}
			if i+1 < to {
				if m, ok := multipliers[d.Words[i+1].Norm]; ok && w != "hundred" && w != "thousand" {
					q.value *= m
					i++
				}
			}
		case shareAt(d, i, from, to, &q):
			out = append(out, q)
			continue
		case (w == "many" || w == "much") && i > from && d.Words[i-1].Norm == "as" && i+1 < to && d.Words[i+1].Norm == "as":
			continue // "as many as 1,500": a ceiling on the figure that follows, not a quantity of its own
		case singleDuration(d, i, from, to):
			// "within a month", "barely a week": one of the unit, bounded.
			q.value, q.text = 1, d.Text[d.Words[i].Start:d.Words[i+1].End]
		case durationPlurals[w] && i > from && durationLeads[d.Words[i-1].Norm]:
			// "off for weeks", "took months": at least two of the unit, said without a number.
			q.value, q.vague, q.unit = 2, true, d.Words[i].Stem
		case w == "some" && i+1 < to && isCount(d.Words[i+1].Norm):
			continue // "some three million people": the figure, approximated
		case vagueWords[w] > 0 || w == "none":
			q.value, q.vague = vagueWords[w], true
		default:
			continue
		}
		if !q.vague && i+1 < to && d.Words[i+1].Norm == "times" {
			// "three times in a week" is a frequency; "five times in its first winter" a count.
			inPeriod := i+2 < to && d.Words[i+2].Norm == "in" && !(i+3 < to && frequencyAfter[d.Words[i+3].Norm])
			if i+2 >= to || multipleAfter[d.Words[i+2].Norm] || frequencyAfter[d.Words[i+2].Norm] && !inPeriod {
				continue // "ten times the usual figure", "three times a week": a multiple or a frequency, not a count
			}
			q.occasions = true // "discharged sewage more than 20,000 times last year": a count of events
		}
		if q.value > 0 && !q.vague && moneySign(d, first) {
			q.unit = "money"
		}
		after := d.Text[d.Words[i].End:min(len(d.Text), d.Words[i].End+9)]
		q.pct = strings.HasPrefix(after, "%") || strings.HasPrefix(strings.TrimSpace(after), "percent") || strings.HasPrefix(strings.TrimSpace(after), "per cent")
		if longer := strings.ToLower(strings.TrimSpace(d.Text[d.Words[i].End:min(len(d.Text), d.Words[i].End+20)])); strings.HasPrefix(longer, "percentage point") ||
			strings.HasPrefix(longer, "point ") || strings.HasPrefix(longer, "points") {
			q.pct, q.points = true, true
		}
		if i > from && i-1 > d.Sentences[d.Words[i].Sentence].FirstWord && q.value == math.Trunc(q.value) && !q.vague {
			r, _ := utf8.DecodeRuneInString(d.Slice(d.Words[i-1].Span))
			q.label = unicode.IsUpper(r) && d.Text[d.Words[i-1].End:d.Words[i].Start] == " "
		}
		if i > from && labelNouns[d.Words[i-1].Norm] && d.Text[d.Words[i-1].End:d.Words[i].Start] == " " {
			q.label = true // "section 6", "Paper 14": which one, not how many
		}
		q.label = q.label || d.ListNumber(first, i) || timeOfDay(d, i, to) || reportingPeriod(d, i, to) || modelCode(d, first) || ratingGiven(d, first, from)
		q.date = dayOfMonth(d, i, from, to, q)
		if q.pct {
			q.rise, q.fall = changeBefore(d, first, from)
			if !q.rise && !q.fall {
				q.rise, q.fall = changeAfter(d, i, to) // "22 per cent more than in 2022"
			}
		}
		q.readBounds(d, first, from)
		if first > from {
			q.ceiling = isCeiling(d, first, from)
			q.denied = !q.approx && !q.vague && q.value != 1 && d.Words[first-1].Norm == "not"
		}
		if !q.vague && !q.year && !q.label {
			q.period = periodAfter(d, i, to)
		}
		q.within = first > from && withinPeriod(d, first, from)
		if q.unit == "" {
			q.unit, q.kinds = unitAfter(d, i, to)
		}
		if q.unit == "" && !q.pct && !q.year && !q.label && !q.vague && !q.date {
			q.unit = subjectUnit(d, first, from) // "Complaints ... rose to 1,107": complaints
		}
		q.others = i+1 < to && d.Words[i+1].Norm == "other" // "thirteen other food banks"
		prev := wordBefore(d, first, 1, from)
		q.mean = meanWords[prev] || prev == "of" && meanWords[wordBefore(d, first, 2, from)] // "an average of 38 seconds"
		out = append(out, q)
		if q.year {
			if years, ok := yearSpan(d, out, from); ok {
				out = append(out, years)
			}
		} else {
			out = joinDuration(d, out)
			markRange(d, out, from)
			changeUnit(d, out)
			if part, ok := partOfWhole(d, out); ok {
				out = append(out, part)
			}
		}
	}
	return out
}

// moneySign reports whether a currency sign stands just before word first: "£212,000", "$2.4
// billion".
func moneySign(d *document.Document, first int) bool {
	return strings.ContainsAny(d.Text[max(0, d.Words[first].Start-3):d.Words[first].Start], "$£€¥")
}

// levelShare reports a percentage that is a level, not a change: "23 per cent of the sites", not
// "up 12 per cent" or "2 percentage points".
func (q quantity) levelShare() bool { return q.figure() && q.pct && !q.rise && !q.fall && !q.points }

// readBounds sets how the words before a figure's first word approximate or bound it: "around",
// "nearly", "more than", "at least".
func (q *quantity) readBounds(d *document.Document, first, from int) {
	if first <= from {
		return
	}
	q.approx, q.bound = approximation(d, first, from)
	q.strict = q.bound != 0 && !inclusiveBounds[d.Words[first-1].Norm]
	q.close = closeBound(d, first, from)
}

// partOfWhole reads the last two of qs as a part of a whole when they are written "N of (the) M"
// ("52 of the 140 tenants asked"; not "one of the two", one among others) or "M ..., of which N",
// and returns the share it makes, so that "most of the tenants asked" can be held against it.
func partOfWhole(d *document.Document, qs []quantity) (quantity, bool) {
	if len(qs) < 2 {
		return quantity{}, false
	}
	part, whole := qs[len(qs)-2], qs[len(qs)-1]
	first, last := part.word, whole.word
	reversed := ofWhich(d, part, whole) // "63 responses, of which 41 objected"
	if reversed {
		part, whole = whole, part
	}
	if !part.figure() || !whole.figure() || part.pct || whole.pct || part.value < 2 || part.value >= whole.value {
		return quantity{}, false
	}
	if !reversed {
		k := part.word + 1
		if k >= whole.word || d.Words[k].Norm != "of" {
			return quantity{}, false
		}
		if k++; k < whole.word && (d.Words[k].Norm == "the" || d.Words[k].Norm == "its" || d.Words[k].Norm == "their") {
			k++
		}
		if k != whole.word {
			return quantity{}, false
		}
	}
	v := 100 * part.value / whole.value
	return quantity{value: v, pct: true, share: true, ofWhole: true, approx: true, lo: v * 0.99, hi: v * 1.01, word: part.word,
		text: d.Text[d.Words[first].Start:d.Words[last].End]}, true
}

// ofWhich reports whether figure part follows figure whole as "of which" or "of whom" a few words
// after it: "63 responses, of which 41 objected", "212 staff, of whom 38 were agency workers".
func ofWhich(d *document.Document, whole, part quantity) bool {
	k := part.word
	return k-2 > whole.word && k-2 <= whole.word+4 && d.Words[k-2].Norm == "of" &&
		(d.Words[k-1].Norm == "which" || d.Words[k-1].Norm == "whom")
}

// markRange marks the last two of qs as the ends of one estimate when they are written as a range
// of amounts: "between 310,000 and 480,000", "600 to 900", "40-60". "from 5 to 7" is a change
// over time, not a range.
func markRange(d *document.Document, qs []quantity, from int) {
	if len(qs) < 2 {
		return
	}
	low, high := &qs[len(qs)-2], &qs[len(qs)-1]
	if low.year || low.label || high.label || low.vague || high.vague || low.pct != high.pct || inDays(*high) <= inDays(*low) {
		return
	}
	before, ranging := "", false
	if low.word > from {
		before = d.Words[low.word-1].Norm
	}
	if low.word-1 > from && before == "from" {
		ranging = rangeVerbs[d.Words[low.word-2].Norm] // "ranging from 12 seconds to 1 minute 54 seconds"
	}
	gapWords := high.word - low.word
	if gapWords == 3 && daysIn[low.unit] > 0 && d.Words[low.word+1].Stem == low.unit {
		gapWords = 2 // the first end's unit of time between: "12 seconds to 2 minutes"
	}
	joined := false
	switch gapWords {
	case 1:
		gap := d.Text[d.Words[low.word].End:d.Words[high.word].Start]
		joined = gap == "-" || gap == "–"
	case 2:
		mid := d.Words[high.word-1].Norm
		// "5 to 8", not "by more than half, to 48,900": a comma ends the first figure's phrase.
		apart := pauseBetween(d, low.word, high.word)
		joined = !apart && (mid == "and" && before == "between" || mid == "to" && (before != "from" || ranging))
	}
	if joined {
		// The range runs to the end of the second figure as written: "12 seconds to 1 minute 54
		// seconds".
		end := d.Words[high.word].End
		if start := d.Words[high.word].Start; strings.HasPrefix(d.Text[start:], high.text) {
			end = max(end, start+len(high.text))
		}
		text := d.Text[d.Words[low.word].Start:end]
		if before == "between" {
			text = d.Text[d.Words[low.word-1].Start:end]
		}
		low.ranged, high.ranged = text, text
		if low.unit == "" {
			low.unit = high.unit // "between 14 and 21 days": both ends count days
		}
	}
}

// meanAgainst returns the average the passage gives for what clause figure c counts, when c gives
// p, the top of a range of the passage, as though it were the whole: "nearly two minutes longer"
// against "an average of 38 seconds longer, ranging from 12 seconds to 1 minute 54 seconds". A
// clause that gives the figure as a limit ("up to two minutes") says no more than the range.
func meanAgainst(c, p quantity, passageQ []quantity) (quantity, bool) {
	if p.ranged == "" || c.ranged != "" || c.ceiling || c.vague || c.pct {
		return quantity{}, false
	}
	top := true
	for _, q := range passageQ {
		top = top && !(q.ranged == p.ranged && inDays(q) > inDays(p))
	}
	if !top {
		return quantity{}, false
	}
	for _, m := range passageQ {
		if m.mean && m.figure() && !m.pct && inDays(m) < inDays(p) && (sameUnit(m.unit, p.unit) || lengthsOfTime(m.unit, p.unit)) {
			return m, true
		}
	}
	return quantity{}, false
}

// lengthsOfTime reports whether two units both measure a length of time, so that figures in them
// compare once given in days.
func lengthsOfTime(a, b string) bool { return daysIn[a] > 0 && daysIn[b] > 0 }

// inDays gives a length of time in days, so that the ends of a range in different units compare;
// any other figure is its value.
func inDays(q quantity) float64 {
	if days := daysIn[q.unit]; days > 0 {
		return q.value * days
	}
	return q.value
}

// rangeVerbs, before "from", make "from A to B" a range rather than a change: "ranging from",
// "anything from".
var rangeVerbs = setOfWords("ranging", "ranged", "range", "ranges", "varying", "varied", "vary", "varies",
	"anything", "anywhere")

// meanWords, before a figure (or before "of" and a figure), make it an average.
var meanWords = setOfWords("average", "averaged", "averaging", "mean", "median", "typically")

// joinDuration reads the last two of qs as one length of time when they are written "2 hours and
// 40 minutes" or "8 minutes 47 seconds": the second, in a smaller unit, adds to the first.
func joinDuration(d *document.Document, qs []quantity) []quantity {
	if len(qs) < 2 {
		return qs
	}
	first, second := &qs[len(qs)-2], qs[len(qs)-1]
	big, small := daysIn[first.unit], daysIn[second.unit]
	if !first.figure() || !second.figure() || big == 0 || small == 0 || small >= big ||
		first.word+1 >= len(d.Words) || d.Words[first.word+1].Stem != first.unit {
		return qs
	}
	switch second.word - first.word {
	case 2:
	case 3:
		if d.Words[first.word+2].Norm != "and" {
			return qs
		}
	default:
		return qs
	}
	first.value += second.value * small / big
	first.text = d.Text[d.Words[first.word].Start:d.Words[second.word+1].End]
	return qs[:len(qs)-1]
}

// changeUnit marks the last of qs and an earlier figure as the two ends of a change written
// "from 1.5 to 1.0 kilogram", and gives both the one unit written after them.
func changeUnit(d *document.Document, qs []quantity) {
	if len(qs) < 2 {
		return
	}
	b := &qs[len(qs)-1]
	if prev := qs[len(qs)-2]; prev.pct && !b.pct && b.unit == "" && !b.year && !b.label && !b.vague && !prev.year &&
		b.word > prev.word && b.word-prev.word <= 6 && !prev.share && (comparedWith(d, b.word) || fromTo(d, prev, *b)) {
		// "24 per cent against 17", "from 12 per cent to 9": the bare figure is a percentage too.
		b.pct, b.points = true, prev.points
	}
	var a *quantity
	for k := len(qs) - 2; k >= max(0, len(qs)-4); k-- {
		// "from 2.1 million in 2019 to 1.6 million": a year may stand between the two ends.
		if q := &qs[k]; !q.year && q.pct == b.pct && (fromTo(d, *q, *b) || fromTo(d, *b, *q)) {
			a = q
			a.base, b.base = fromTo(d, *q, *b), fromTo(d, *b, *q)
			break
		}
	}
	if a == nil && comparedWith(d, b.word) {
		// "23 animal deaths in the twelve months to February, compared with 19 in the previous
		// twelve months": the figure compared with is the last before it that is not a year or
		// a length of time.
		for k := len(qs) - 2; k >= max(0, len(qs)-4); k-- {
			q := &qs[k]
			if d.Words[q.word].Sentence != d.Words[b.word].Sentence || b.word-q.word > 20 {
				break
			}
			if !q.year && !q.label && !q.vague && q.pct == b.pct && !timeUnits[q.unit] {
				a = q
				b.base = true
				break
			}
		}
	}
	if a == nil {
		return
	}
	a.changeEnd, b.changeEnd = true, true
	// Only a unit written right after its figure, and not a length of time: in "rose to 412 last
	// year from 300 the year before", "year" is when, not what.
	written := func(q quantity) bool {
		k := q.word + 1
		if k < len(d.Words) && multipliers[d.Words[k].Norm] > 0 {
			k++ // "3.6 million crowns"
		}
		return q.unit != "" && !timeUnits[q.unit] && k < len(d.Words) && d.Words[k].Stem == q.unit
	}
	if a.unit == "" && written(*b) {
		a.unit = b.unit
	} else if b.unit == "" && written(*a) {
		b.unit = a.unit
	}
}

// comparedWith reports whether the figure at word w is what another is set against: "compared
// with 19", "against 4,100", "up from 300", "down from 12.1 per cent".
func comparedWith(d *document.Document, w int) bool {
	if w < 2 {
		return false
	}
	before, prev := d.Words[w-2].Norm, d.Words[w-1].Norm
	return (before == "compared" || before == "comparison") && (prev == "with" || prev == "to") ||
		prev == "against" || (before == "up" || before == "down") && prev == "from"
}

// changeBefore reports whether the words just before a percentage's first word make it a rise
// ("an increase of 57 per cent", "up 12 per cent", "jumped by a quarter") or a fall ("cut by
// half", "down 12 per cent").
func changeBefore(d *document.Document, first, from int) (rise, fall bool) {
	reach := 4
	if first > from && d.Words[first-1].Norm == "by" {
		reach = 7 // "slashed the maximum application rate by half": the verb governs "by"
	}
	for k := first - 1; k >= max(from, first-reach); k-- {
		n := d.Words[k].Norm
		if isCount(n) {
			break // "rose to 1,107 (23 per cent)": the verb's change is the figure after it
		}
		rise = rise || riseWords[n] || upWords[d.Words[k].Stem]
		fall = fall || fallWords[n] || downWords[d.Words[k].Stem]
	}
	return rise && !fall, fall && !rise
}

// levelVerbs put a figure straight after them as the level of their subject: "reached 1,500".
var levelVerbs = setOfWords("reached", "hit", "topped", "totalled", "totaled", "numbered", "exceeded")

// levelAdverbs may stand between a verb and its figure: "rose to almost 1,500", "reached some 900".
var levelAdverbs = setOfWords("about", "around", "almost", "nearly", "some", "roughly", "over", "under",
	"just", "only", "approximately", "more", "fewer", "less", "than", "an", "estimated", "a", "record")

// subjectUnit returns, for a figure with no noun after it that a verb gives as its subject's new
// level ("Complaints about pubs, bars and clubs have soared to 1,500", "rose to 1,107",
// "reached 900"), the stem of the subject's first word: what the figure counts. A sentence that
// opens on a phrase of time or place ("In 2023, complaints rose to 1,107") is read after its
// comma. It returns "" when the figure is not so placed.
func subjectUnit(d *document.Document, first, from int) string {
	k := first - 1
	for k >= from && levelAdverbs[d.Words[k].Norm] {
		k--
	}
	if k < from {
		return ""
	}
	verb := k
	switch n := d.Words[k].Norm; {
	case levelVerbs[n]:
	case (n == "to" || n == "at") && k-1 >= from && (movesTo(d, k-1) || d.Words[k-1].Norm == "stood"):
		verb = k - 1
	default:
		return ""
	}
	s := d.Sentences[d.Words[verb].Sentence]
	start := max(from, s.FirstWord)
	if start < verb && openers[d.Words[start].Norm] {
		for start < verb && !strings.Contains(d.Text[d.Words[start].End:d.Words[start+1].Start], ",") {
			start++
		}
		start++
	}
	for w := start; w < verb; w++ {
		if w > start && pauseBetween(d, w-1, w) {
			return "" // a figure's subject is the words before the verb, in one run
		}
		if isCount(d.Words[w].Norm) || d.IsMonth(w) {
			return ""
		}
		if st := contentStem(d.Words[w]); st != "" {
			return st
		}
	}
	return ""
}

// movesTo reports whether word w says a rise or a fall, as "rose", "soared", "cut" or "gone up" do.
func movesTo(d *document.Document, w int) bool {
	st := moveStem(d, w)
	return upWords[st] || downWords[st] || riseWords[d.Words[w].Norm] || fallWords[d.Words[w].Norm]
}

// openers begin a phrase of time or place before a sentence's subject.
var openers = setOfWords("in", "during", "over", "since", "last", "this", "by", "across", "at", "after", "before", "between", "from")

// percentWords returns how many words at word k spell "per cent" or "percent": 2, 1 or 0.
func percentWords(d *document.Document, k, to int) int {
	switch {
	case k+1 < to && d.Words[k].Norm == "per" && d.Words[k+1].Norm == "cent":
		return 2
	case k < to && d.Words[k].Norm == "percent":
		return 1
	}
	return 0
}

// comparedUp and comparedDown, after a percentage and before "than", make it a change: "22 per
// cent more than in 2022", "a fifth fewer parcels than last year".
var (
	comparedUp   = setOfWords("more", "higher", "greater", "larger", "bigger")
	comparedDown = setOfWords("fewer", "less", "lower", "smaller")
)

// changeAfter reads a change in per cent from the comparison after the figure ending at word i:
// "above" or "below", or a word of more or fewer and then "than" within three more words.
func changeAfter(d *document.Document, i, to int) (rise, fall bool) {
	k := i + 1 + percentWords(d, i+1, to)
	if k >= to || pauseBetween(d, k-1, k) {
		return false, false
	}
	switch d.Words[k].Norm {
	case "above":
		return true, false // "a third above the 2,900 pounds planned"
	case "below":
		return false, true
	}
	up, down := comparedUp[d.Words[k].Norm], comparedDown[d.Words[k].Norm]
	if !up && !down {
		return false, false
	}
	for j := k + 1; j < min(to, k+4); j++ {
		if pauseBetween(d, j-1, j) {
			break
		}
		if d.Words[j].Norm == "than" {
			return up, down
		}
	}
	return false, false
}

// yearSpan reads a range of years ending with the last of qs ("between 2016 and 2022", "from 2016
// to 2022", "2016-2022") as the number of years it lasts, so that "for six years" can be checked
// against it.
func yearSpan(d *document.Document, qs []quantity, from int) (quantity, bool) {
	if len(qs) < 2 {
		return quantity{}, false
	}
	first, last := qs[len(qs)-2], qs[len(qs)-1]
	if !first.year || last.value <= first.value || last.word-first.word > 2 {
		return quantity{}, false
	}
	before := ""
	if first.word > from {
		before = d.Words[first.word-1].Norm
	}
	joined := false
	switch {
	case last.word == first.word+1:
		gap := d.Text[d.Words[first.word].End:d.Words[last.word].Start]
		joined = gap == "-" || gap == "–" || gap == "—"
	case last.word == first.word+2:
		mid := d.Words[first.word+1].Norm
		joined = mid == "and" && before == "between" || (mid == "to" || mid == "until" || mid == "through") && before == "from"
	}
	if !joined {
		return quantity{}, false
	}
	return quantity{
		value: last.value - first.value, approx: true, span: true, unit: document.Stem("years"),
		text: d.Text[d.Words[first.word].Start:d.Words[last.word].End], word: first.word,
	}, true
}

// sharedNoun reports whether the word before "in" at word i is the noun the count q just read
// counts, and the share ends after its whole: "one household in ten that was written to", but
// not "three patients in ten days".
func sharedNoun(d *document.Document, q quantity, i, to int) bool {
	if q.word != i-2 || q.unit == "" || !sameStem(q.unit, d.Words[i-1].Stem) || i+1 >= to {
		return false
	}
	if i+2 >= to {
		return true
	}
	next := d.Words[i+2]
	return contentStem(next) == "" && next.Norm != "of" && !timeUnits[next.Stem] && document.NumberValue(next.Norm) == 0
}

// denominator reads the whole of a share said as "N in M": a number word ("five", "a hundred") or
// a power of ten in digits ("7 in 10"). Other figures after "in" are more often years or times
// ("5 in 2020", "two in 20 minutes").
func denominator(w string) float64 {
	if v := document.NumberValue(w); v >= 2 {
		return v
	}
	switch w { // digits come normalised, without thousands separators
	case "10", "100", "1000":
		v, _ := strconv.ParseFloat(w, 64)
		return v
	}
	return 0
}

// conflict returns the first quantity of the clause that the passage's quantities contradict,
// with the passage quantity it conflicts with. Figures are compared with a tolerance that grows
// with approximation; quantity words are compared by the magnitude they suggest.
func conflict(clauseQ, passageQ []quantity) (quantity, quantity, bool) {
	if len(clauseQ) == 0 || len(passageQ) == 0 {
		return quantity{}, quantity{}, false
	}
	var first, firstWith quantity
	conflicts, agreements, counts := 0, 0, 0
	for _, c := range clauseQ {
		if c.year || c.label {
			continue
		}
		matched, rejected, againstChange := false, false, false
		if c.counterpart > 0 && c.counterpart <= len(passageQ) {
			// The percentage of the passage that counts what the clause's counts: "three in
			// four people who needed emergency treatment got an appointment" against "83 per
			// cent of callers ... needing urgent treatment were seen", not the target of 90 per
			// cent beside it.
			if p := passageQ[c.counterpart-1]; !agree(c, p) && !restatesTheRest(c, p) {
				if conflicts == 0 {
					first, firstWith = c, p
				}
				conflicts++
				counts++
				continue
			}
		}
		// A passage figure in the clause figure's own unit is the one to compare; failing one,
		// a figure whose noun phrase names it ("heavy goods vehicle movements" for "lorries").
		exact := unitGiven(c, passageQ)
		var nearest quantity
		nearestDist := math.Inf(1)
		for _, p := range passageQ {
			if p.ofWhole && !c.share && !c.worded {
				// "of whom 31" of 40 nurses is a share of nurses; "roughly 74 per cent" in
				// figures may be a share of anything.
				continue
			}
			if !p.year && !p.label && restatesTheRest(c, p) {
				matched = true
				break
			}
			if !p.year && !p.label && p.pct == c.pct && (agree(c, p) || sameOverPeriods(c, p)) {
				if agree(c, p) && periodsClash(c, p) {
					// "1.4 billion every year" against "1.4 billion over four years".
					nearest, rejected = p, true
					break
				}
				if c.denied || (p.ceiling && !c.ceiling && !c.approx && !c.vague && c.value >= p.value*0.95) {
					// "not 17" against the source's 17, or the source's limit ("a fine of up
					// to 250,000") given as the amount ("a 250,000 fine").
					nearest, rejected = p, true
					break
				}
				if p.ranged != "" && c.ranged == "" && !c.approx && !c.vague && !c.ceiling && c.bound == 0 {
					// One end of the source's range given as the figure: "480,000 records"
					// against "between 310,000 and 480,000".
					nearest, rejected = p, true
					nearest.text = p.ranged
					break
				}
				if m, ok := meanAgainst(c, p, passageQ); ok {
					// The top of a range given as the whole: "nearly two minutes longer"
					// against "an average of 38 seconds longer ..., ranging from 12 seconds to
					// 1 minute 54 seconds". The figure is the source's, its average is not.
					nearest, rejected = p, true
					nearest.text = m.text
					break
				}
				matched = true // the same figure, whatever the words around it
				break
			}
			if p.year || p.label || p.pct != c.pct || (!c.pct && (c.unit == "" || !countsAlike(c, p, exact) && !lengthsOfTime(c.unit, p.unit))) {
				continue
			}
			if d := math.Abs(math.Log10(math.Max(c.value, 0.1) / math.Max(p.value, 0.1))); math.IsInf(nearestDist, 1) ||
				p.about > nearest.about || p.about == nearest.about && d < nearestDist {
				nearest, nearestDist = p, d
			}
		}
		if matched || !rejected && (impliedChange(c, passageQ) && !statesChange(c, passageQ) || impliedDifference(c, passageQ)) {
			if !c.vague {
				agreements++ // "some" or "all" in both says little about what is counted
			}
			continue
		}
		if !rejected && math.IsInf(nearestDist, 1) && c.pct && (c.rise || c.fall) {
			// "jumped by a quarter, to 4,520 crowns" against "4,520 crowns, up from 4,100": a
			// rise in per cent against the change the passage's figures give.
			if p, ok := laterOfChange(passageQ); ok {
				nearest, nearestDist, rejected, againstChange = p, 0, true, true
			}
		}
		if !rejected {
			if math.IsInf(nearestDist, 1) {
				continue
			}
			if c.vague != nearest.vague && !c.vague {
				// A figure against a vague word: contradiction only when it is an order of magnitude off.
				if nearestDist < 1 {
					continue
				}
			}
			if c.vague && !nearest.vague && !belowFloor(c, nearest) && !aboveCeiling(c, nearest) {
				continue // "many" or "every" against a figure: a matter of wording, not of number
			}
			if c.vague && nearest.vague && (nearestDist < 0.5 || c.value < nearest.value) {
				continue // only an escalation ("hundreds" -> "thousands") conflicts
			}
		}
		if conflicts == 0 {
			first, firstWith = c, nearest
		}
		conflicts++
		if c.unit != "" && !rejected && sameUnit(c.unit, nearest.unit) && !timeUnits[c.unit] ||
			c.rise && nearest.rise || c.fall && nearest.fall || againstChange {
			// The same count, or the same rise: "a jump of more than 10 per cent" against "an
			// increase of 7.4 per cent", or "jumped by half, from 29 to 38" against "38,
			// compared with 29".
			counts++
		}
	}
	// Figures that mostly agree with the passage are about the same thing; one that differs is
	// more likely about something else ("the first three months" against "the twelve months"),
	// unless it counts the very thing a passage figure counts ("2,000 permanent jobs" against
	// "between 900 and 1,400 permanent jobs") or gives the same rise.
	if conflicts == 0 || agreements > conflicts && counts == 0 {
		return quantity{}, quantity{}, false
	}
	return first, firstWith, true
}

// pairByPhrase sets, for each level percentage of a clause, the passage percentage whose phrase
// (the words between commas around it) shares the most content words with the clause figure's
// own phrase: at least two, and two more than any other passage percentage shares. The figures'
// phrases say what each counts.
func pairByPhrase(op, src *document.Document, clauseQ, passageQ []quantity) {
	level := func(q quantity) bool { return q.levelShare() && !q.base && !q.changeEnd }
	// alone reports a percentage that is the only one of its phrase: two ("from 31 percent ...
	// to just 14 percent") share their words, which then say nothing of either.
	alone := func(d *document.Document, qs []quantity, k int) bool {
		from, to := pauseStart(d, qs[k].word), pauseEnd(d, qs[k].word)
		for j, q := range qs {
			if j != k && q.pct && q.word >= from && q.word < to {
				return false
			}
		}
		return true
	}
	for i, c := range clauseQ {
		if !level(c) || !alone(op, clauseQ, i) {
			continue
		}
		own := phraseStems(op, c.word)
		best, bestN, next := -1, 0, 0
		for j, p := range passageQ {
			if !level(p) {
				continue
			}
			n := len(heldStems(src, pauseStart(src, p.word), pauseEnd(src, p.word), own))
			switch {
			case n > bestN:
				best, bestN, next = j, n, bestN
			case n > next:
				next = n
			}
		}
		if best >= 0 && bestN >= 2 && bestN >= next+2 && alone(src, passageQ, best) {
			clauseQ[i].counterpart = best + 1
		}
	}
}

// phraseStems returns the content stems, numbers aside, of the phrase around word w: the words
// of its sentence between the pauses (commas, semicolons, colons, brackets) on either side.
func phraseStems(d *document.Document, w int) map[string]bool {
	stems := map[string]bool{}
	for k := pauseStart(d, w); k < pauseEnd(d, w); k++ {
		if st := contentStem(d.Words[k]); st != "" && !isDigit(st) && document.NumberValue(d.Words[k].Norm) == 0 {
			stems[st] = true
		}
	}
	return stems
}

// pauseStart and pauseEnd bound the phrase around word w (see phraseStems), at most maxPhrase
// words either side.
func pauseStart(d *document.Document, w int) int {
	first := max(d.Sentences[d.Words[w].Sentence].FirstWord, w-maxPhrase)
	for w > first && !pauseBetween(d, w-1, w) {
		w--
	}
	return w
}

func pauseEnd(d *document.Document, w int) int {
	end := min(d.Sentences[d.Words[w].Sentence].EndWord, w+maxPhrase+1)
	for w+1 < end && !pauseBetween(d, w, w+1) {
		w++
	}
	return w + 1
}

// maxPhrase bounds a phrase read around a figure: past it, the words say little of the figure.
const maxPhrase = 30

// restatesTheRest reports whether a clause's figure restates the passage figure p by giving the
// rest of it: "thirteen other food banks" beside the one named, against "14 food banks"; or
// "almost a third will not take a contactless card" against "available at 68 per cent".
func restatesTheRest(c, p quantity) bool {
	if !c.figure() || !p.figure() {
		return false
	}
	if c.others && !c.pct && !p.pct {
		plus := c
		plus.value++
		return agree(plus, p)
	}
	if c.complement && c.pct && p.pct && !c.points && !p.points && !c.rise && !c.fall && !p.rise && !p.fall && p.value < 100 {
		rest := p
		rest.value = 100 - p.value
		return agree(c, rest)
	}
	return false
}

// laterOfChange returns the later figure of the first change the passage gives: two figures
// counting the same thing. conflict asks for it once impliedChange has found that none of the
// passage's changes fits a clause's rise.
func laterOfChange(passageQ []quantity) (quantity, bool) {
	for _, p := range passageQ {
		for _, q := range passageQ {
			if p.figure() && q.figure() && !p.pct && !q.pct && q.value > 0 && q.value < p.value && (p.unit != "" && sameUnit(p.unit, q.unit) || p.changeEnd && q.changeEnd) {
				return p, true
			}
		}
	}
	return quantity{}, false
}

// impliedChange reports whether a clause's change is the difference between two of the passage's
// figures: "grew by 5 percentage points" against "rose from 20 per cent to 25 per cent", or "a
// rise of 25 per cent" against "from 400 to 500 patients". A writer rounds a change they work
// out: "rose by a tenth" fits 10.2 per cent.
func impliedChange(c quantity, passageQ []quantity) bool {
	if !c.points && !(c.pct && (c.rise || c.fall)) {
		return false
	}
	for _, p := range passageQ {
		for _, q := range passageQ {
			if !p.figure() || !q.figure() || p.points || q.points || q.value >= p.value || q.value <= 0 {
				continue
			}
			switch {
			case c.points && p.pct && q.pct:
				if agree(c, quantity{value: p.value - q.value, pct: true, points: true, approx: true}) {
					return true
				}
			case (c.rise || c.fall) && p.pct == q.pct && (p.changeEnd && q.changeEnd || !p.pct && p.unit != "" && sameUnit(p.unit, q.unit)):
				// Two percentages are a change only when written as one ("from 20 to 25 per
				// cent"): "rose by 12 per cent while repairs fell by 8 per cent" is two changes.
				base := q.value // a rise is measured from the smaller figure, a fall from the larger
				if c.fall {
					base = p.value
				}
				// The change is worked out, so rounded only as the writer rounds it; "almost a
				// quarter" has rounded already, and is not 21 per cent.
				if agree(c, quantity{value: 100 * (p.value - q.value) / base, pct: true, approx: !c.close}) {
					return true
				}
			}
		}
	}
	return false
}

// statesChange reports whether the passage gives, in per cent, the change a clause's rise or fall
// in per cent restates: "a decline of 31 per cent" is the source's own rounding of its "from 4.2
// to 2.9", so "fallen by more than a third" is held to it, not to the change worked out.
func statesChange(c quantity, passageQ []quantity) bool {
	return c.pct && !c.points && slices.ContainsFunc(passageQ, func(p quantity) bool {
		return p.figure() && p.pct && !p.points && (p.rise && c.rise || p.fall && c.fall)
	})
}

// impliedDifference reports whether a clause's count is what is left between two of the
// passage's counts of the same thing: "Some 250 schools are still waiting" against "had completed
// replacement at 1,140 of the 1,390 schools", or "left 9 million crowns unspent" against "spent
// 187 million crowns, slightly below the 196 million crowns allowed". The larger count names the
// unit; the smaller may leave it to the larger ("1,140 of the 1,390 schools").
func impliedDifference(c quantity, passageQ []quantity) bool {
	if !c.figure() || c.pct || c.unit == "" || c.rise || c.fall {
		return false
	}
	// inUnit gives q in c's unit, converting lengths of time ("8 minutes 47 seconds" against
	// "35 seconds"); ok is false when q counts something else.
	inUnit := func(q quantity, bare bool) (float64, bool) {
		switch {
		case q.unit == "" && bare || q.unit != "" && sameUnit(c.unit, q.unit):
			return q.value, true
		case lengthsOfTime(c.unit, q.unit):
			return inDays(q) / daysIn[c.unit], true
		}
		return 0, false
	}
	for _, p := range passageQ {
		pv, ok := inUnit(p, false)
		if !p.figure() || p.pct || !ok {
			continue
		}
		for _, q := range passageQ {
			qv, ok := inUnit(q, true)
			if !q.figure() || q.pct || q.date || !ok || qv <= 0 || qv >= pv {
				continue
			}
			if agree(c, quantity{value: pv - qv, approx: true}) {
				return true
			}
		}
	}
	return false
}

// loneFigures compares the one count of a clause with the one count of the passage that supports
// it, whatever words follow them: "Nearly 2,000 people wrote to the council" restates "The
// council received more than 1,100 written responses", and the counts differ although the nouns
// do. Percentages, years and labels are left to conflict.
func loneFigures(clauseQ, passageQ []quantity) (quantity, quantity, bool) {
	lone := func(qs []quantity) (quantity, bool) {
		var found []quantity
		for _, q := range qs {
			if q.figure() && !q.pct && q.unit != "money" {
				found = append(found, q)
			}
		}
		if len(found) != 1 {
			return quantity{}, false
		}
		return found[0], true
	}
	c, okC := lone(clauseQ)
	p, okP := lone(passageQ)
	if !okC || !okP || agree(c, p) {
		return quantity{}, quantity{}, false
	}
	// Counts of things so far apart in size are counts of different things.
	if r := c.value / p.value; r > 4 || r < 0.25 {
		return quantity{}, quantity{}, false
	}
	return c, p, true
}

// people are the words that count persons of any kind, and personNouns the words for persons
// of one kind: "100,000 people" and "62,000 customers" count the same thing.
var (
	people      = stemSet("people", "persons", "individuals")
	personNouns = stemSet("customer", "client", "resident", "patient", "user", "member", "worker",
		"employee", "voter", "child", "children", "adult", "pupil", "student", "tenant", "victim",
		"passenger", "fan", "supporter", "spectator", "citizen", "applicant", "claimant", "respondent",
		"participant", "subscriber", "consumer", "visitor", "shopper", "homeowner", "motorist",
		"commuter", "traveller", "parent", "teacher", "nurse", "doctor", "officer", "soldier",
		"refugee", "migrant", "immigrant", "inmate", "prisoner", "pensioner", "recruit", "volunteer",
		"man", "men", "woman", "women", "player", "steward", "staff", "person", "persons", "people",
		"individual")
)

// personStem is the stem of "people", the unit of a figure that counts persons of any kind.
var personStem = document.Stem("people")

// daysIn gives each unit of time (by stem) in days, so that durations in different units compare.
var daysIn = map[string]float64{document.Stem("second"): 1.0 / 86400, document.Stem("minute"): 1.0 / 1440,
	document.Stem("hour"): 1.0 / 24, document.Stem("day"): 1, document.Stem("week"): 7,
	document.Stem("fortnight"): 14, document.Stem("month"): 30.4, document.Stem("year"): 365.25,
	document.Stem("decade"): 3652.5, document.Stem("century"): 36525}

// timeUnits are the stems of the units that measure a length of time.
var timeUnits = stemSet("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century")

// sameUnit reports whether two figures count the same kind of thing, by the stems of the words
// after them.
func sameUnit(a, b string) bool {
	return sameStem(a, b) || (people[a] && personNouns[b]) || (people[b] && personNouns[a])
}

// figure reports a number that counts or measures: not a year, a label, a quantity word or a
// share said in words.
func (q quantity) figure() bool { return !q.year && !q.label && !q.vague && !q.share && !q.span }

func agree(c, p quantity) bool {
	if c.vague || p.vague {
		return c.vague == p.vague && c.value == p.value
	}
	if c.pct && p.pct && c.points != p.points && !c.share && !p.share {
		return false // "2 percent" is not "2 percentage points"
	}
	if a, b := daysIn[c.unit], daysIn[p.unit]; a > 0 && b > 0 && a != b {
		c.value *= a / b // "three weeks" against "three days": compared in one unit
	}
	if !c.approx && !p.approx && !c.worded && !p.worded && !c.wordedDuration() && !p.wordedDuration() {
		return math.Abs(c.value-p.value) <= 0.02*math.Max(math.Abs(p.value), 1)
	}
	if held, ok := strictAgainstExact(c, p, true); ok {
		return held
	}
	if held, ok := strictAgainstExact(p, c, false); ok {
		return held
	}
	clo, chi := c.interval()
	plo, phi := p.interval()
	if c.share && p.share {
		return clo < phi && plo < chi // "most" and "a minority" meet only at the half neither includes
	}
	if c.bound*p.bound < 0 && c.value == p.value && c.strict && p.strict {
		// "more than half" and "nearly half" meet only at the half neither includes.
		return false
	}
	return clo <= phi && plo <= chi
}

// strictAgainstExact compares a strict bound ("fewer than seven in ten", "more than 50 times")
// with a figure given exactly: the exact figure must lie on the bound's side, so "fewer than 70
// per cent" is not 71 per cent, nor "more than 50" 47, however close. The bound's own value is
// outside it when the bound is the claim's ("recycles more than half" against 50 per cent), but
// not when it is the source's: "Sixty crowns" names the threshold of "more than 60 crowns". ok
// is false when the pair is not of that form.
func strictAgainstExact(b, e quantity, boundClaimed bool) (held, ok bool) {
	if !b.strict || b.bound == 0 || b.close || b.vague || b.share || e.approx || e.worded || e.vague || e.share || e.wordedDuration() {
		return false, false
	}
	lo, hi := b.interval()
	if e.value == b.value {
		return !boundClaimed, true
	}
	if b.bound < 0 {
		return e.value < b.value && e.value >= lo, true
	}
	return e.value > b.value && e.value <= hi, true
}

// wordedSlack is how many percentage points a share in words may stand from the percentage it
// rounds.
const wordedSlack = 1.0

// interval returns the range of values an approximate figure allows: "around 4,000" is 3,600 to
// 4,400; "nearly 2,000" and "up to 2,000" are at most 2,000; "more than 1,100" and "tops $2
// billion" are at least the figure, and not much more, or the writer would have said so.
func (q quantity) interval() (float64, float64) {
	v := math.Abs(q.value)
	switch {
	case q.share:
		return q.lo, q.hi
	case q.wordedDuration():
		// "two hours" for two hours and 36 minutes: a whole number of a unit of time, said in
		// words, is the figure rounded to its unit.
		return v - 0.5, v + 0.5
	case q.worded && !q.approx:
		// A share in words stands for the percentages that round to it: "one in five" for 21 per
		// cent, but not for 85 per cent written "four in five".
		return v - wordedSlack, v + wordedSlack
	case !q.approx:
		// An exact figure stands for what rounds to it, and no more: "13.4 per cent" is not
		// "almost 15 per cent". A figure worked out from others (no text) is not rounded at all.
		slack := v * 0.02
		if q.text == "" {
			slack = 0
		} else if u := q.lastDigit(); u > 0 {
			slack = min(slack, u/2)
		}
		return v - slack, v + slack
	case q.bound == 0 && q.close:
		return v * 0.95, v * 1.05
	case q.bound < 0 && q.close && q.worded:
		return v*closeSlack - wordedSlack, v // "nearly a fifth" of 17.8 per cent: a fifth is rounded already
	case q.bound < 0 && q.close:
		return v * closeSlack, v
	case q.bound > 0 && q.close && q.worded:
		return v, v/closeSlack + wordedSlack
	case q.bound > 0 && q.close:
		return v, v / closeSlack
	case q.bound < 0:
		return v * 0.8, v
	case q.bound > 0:
		return v, v * 1.25
	}
	slack := v * 0.1
	if u := q.lastDigit(); u > 0 {
		// "about 41 per cent" is 40 to 42, not 37 to 45: a figure written to the unit is
		// rounded to the unit.
		slack = min(slack, max(u, v*0.025))
	}
	return v - slack, v + slack
}

// wordedDuration reports a length of time said as a whole number in words, with nothing before it
// that bounds or approximates it: "two hours", "three days".
func (q quantity) wordedDuration() bool {
	if q.approx || !timeUnits[q.unit] || q.value != math.Trunc(q.value) || q.value < 1 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(q.text)
	// Said in words: read from the first character, since parsing the text (lastDigit) fails, and
	// allocates its error, for every figure in words, and agree asks this of every pair it compares.
	return !unicode.IsDigit(first)
}

// lastDigit returns what the last written digit of a figure in digits is worth: 1 for "41", 0.1
// million for "2.6 million", 1,000 for "4,000"; 0 for a figure in words.
func (q quantity) lastDigit() float64 {
	digits := strings.ReplaceAll(q.text, ",", "")
	n, err := strconv.ParseFloat(digits, 64)
	if err != nil || n <= 0 {
		return 0
	}
	unit := 1.0
	if dot := strings.IndexByte(digits, '.'); dot >= 0 {
		unit = math.Pow(10, -float64(len(digits)-dot-1))
	} else {
		for k := len(digits) - 1; k > 0 && digits[k] == '0'; k-- {
			unit *= 10
		}
	}
	return unit * math.Abs(q.value) / n
}

// isCeiling reports whether the words before a figure's first word make it a limit rather than
// an amount: "up to", "as many as", "as much as", "as low as", "at most", "a maximum of", "no
// more than", "a cap of", "held to", "capped at".
func isCeiling(d *document.Document, first, from int) bool {
	before := func(k int) string { return wordBefore(d, first, k, from) }
	switch {
	case before(1) == "to" && before(2) == "up",
		before(1) == "most" && before(2) == "at",
		before(1) == "as" && asLimits[before(2)] && before(3) == "as",
		before(1) == "of" && limitNouns[before(2)],
		before(1) == "than" && before(2) == "more" && before(3) == "no",
		(before(1) == "to" || before(1) == "at") && limitVerbs[before(2)]:
		return true
	}
	return false
}

// limitNouns and limitVerbs set a figure as a limit: "a cap of 3,150 tonnes", "catches held to
// 3,150 tonnes", "capped at 5 per cent".
var (
	limitNouns = setOfWords("maximum", "cap", "limit", "ceiling")
	// asLimits, between "as" and "as", make a limit of the figure after: "as low as 2,100".
	asLimits   = setOfWords("many", "much", "low", "high", "few", "little")
	limitVerbs = setOfWords("held", "hold", "holding", "holds", "kept", "keep", "keeping", "limited",
		"limit", "limiting", "capped", "cap", "capping", "restricted", "restrict", "restricting")
)

// wordBefore returns the normal form of the word k places before word w, or "" when that is
// before word from.
func wordBefore(d *document.Document, w, k, from int) string {
	if w-k < from {
		return ""
	}
	return d.Words[w-k].Norm
}

// closeSlack is how far below a figure "nearly" reaches: "nearly 500" is 450 to 500, and "nearly
// half" is 45 to 50 per cent; a writer who had 412 or 41 per cent would say "over 400" or "two in
// five".
const closeSlack = 0.9

// closeBound reports whether the words before a figure's first word bound it closely: "nearly",
// "almost", "close to", "just under", "just over", "barely".
func closeBound(d *document.Document, first, from int) bool {
	before := func(k int) string { return wordBefore(d, first, k, from) }
	switch before(1) {
	case "nearly", "almost", "barely":
		return true
	case "to":
		return before(2) == "close"
	case "under", "below", "over", "above":
		return before(2) == "just" || before(2) == "slightly"
	case "than":
		return (before(2) == "more" || before(2) == "less" || before(2) == "fewer") && (before(3) == "just" || before(3) == "slightly")
	}
	return false
}

// approximation reads the words before a figure's first word: whether they make it approximate,
// and whether they bound it from above (-1) or below (+1).
func approximation(d *document.Document, first, from int) (approx bool, bound int) {
	prev := d.Words[first-1].Norm
	before := ""
	if first-2 >= from {
		before = d.Words[first-2].Norm
	}
	switch prev {
	case "around", "about", "roughly", "approximately", "some", "circa", "approx", "estimated":
		return true, 0
	case "nearly", "almost", "under", "below":
		// "just under 20" is below it; "just 20", like "only 20", is the figure itself.
		return true, -1
	case "barely":
		return true, 0 // "barely six in ten": just about the figure, neither much less nor much more
	case "over", "above", "exceeding", "exceeds", "exceeded", "top", "tops", "topped", "topping", "surpassed", "upwards":
		return true, +1
	case "than":
		switch before {
		case "more", "greater", "higher", "over":
			return true, +1
		case "less", "fewer", "lower":
			return true, -1
		}
		return true, 0
	case "to":
		if before == "up" || before == "close" {
			return true, -1
		}
	case "least":
		if before == "at" {
			return true, +1
		}
	case "most":
		if before == "at" {
			return true, -1
		}
	case "up":
		return true, -1
	case "as":
		if before == "many" || before == "much" {
			return true, -1 // "as many as 1,500"
		}
	}
	return false, 0
}

// periodOpeners, before stretchFillers only, open the period a count covers: "in those three
// months", "over the past two years", "during the first six weeks".
var periodOpeners = setOfWords("in", "during", "over", "across", "within", "throughout")

// withinPeriod reports whether the figure whose first word is first opens with a period opener,
// past fillers only.
func withinPeriod(d *document.Document, first, from int) bool {
	for k := first - 1; k >= max(from, first-4); k-- {
		switch n := d.Words[k].Norm; {
		case periodOpeners[n]:
			return true
		case !stretchFillers[n]:
			return false
		}
	}
	return false
}

// holdsFigures reports whether a source sentence's figures (qs) hold every figure of a clause.
// The period a count covers may be missing when the sentence gives no length of time at all and
// holds another of the clause's figures that is no small number: "15,820 patients ... in those
// three months" restates "15,820 patients ... during the quarter"; a length of time that is
// measured ("waited up to four days") may not.
func holdsFigures(figures, qs []quantity) bool {
	sourceTime := false
	for _, q := range qs {
		sourceTime = sourceTime || timeUnits[q.unit]
	}
	missingPeriod, distinctive := false, false
	for _, f := range figures {
		switch {
		case !holdsFigure(f, qs):
			if !timeUnits[f.unit] || !f.within || sourceTime {
				return false
			}
			missingPeriod = true
		case largeFigure(f):
			distinctive = true
		}
	}
	return !missingPeriod || distinctive
}

// unitGiven reports whether one of qs is in figure f's own unit: then it, not a figure of
// something else beside it, is the one to hold f against.
func unitGiven(f quantity, qs []quantity) bool {
	return f.unit != "" && slices.ContainsFunc(qs, func(q quantity) bool { return sameUnit(f.unit, q.unit) })
}

// holdsFigure reports whether one of qs is figure f. "four years" is not restated by "the last
// four digits": a length of time against a count of things; nor is "7 of those children" by "7
// March": a count against the day of a date; nor "in two" by a section numbered 2.
func holdsFigure(f quantity, qs []quantity) bool {
	// A sentence that counts the clause's very things ("of which 1,311 came from farmers") is
	// held to that count, not to another of its figures ("1,862 responses").
	exact := !timeUnits[f.unit] && unitGiven(f, qs)
	for _, q := range qs {
		if exact && !sameUnit(f.unit, q.unit) {
			continue
		}
		if q.pct == f.pct && agree(f, q) && timeUnits[f.unit] == timeUnits[q.unit] && (!attachedUnits[f.unit] || measure(f) == measure(q)) &&
			(!q.date || f.date) && (!q.label || q.date && f.date) {
			return true
		}
	}
	return false
}

// figureSupport finds, for a clause whose every figure (years and labels aside) appears in the
// source, the source sentence that holds those figures and shares most words with the clause.
func (idx *index) figureSupport(op *document.Document, cl clause) (document.Span, bool) {
	var figures []quantity
	for _, q := range quantities(op, cl.from, cl.to) {
		if q.figure() {
			figures = append(figures, q)
		}
	}
	if len(figures) == 0 {
		return document.Span{}, false
	}
	// Two figures the source may not give in digits are left out when others remain that single
	// out a sentence: a lone thing beside a larger figure, the figure's setting ("24,500 fines at
	// one junction" for "a single site"), and a date told as a time ago ("Five years ago it stood
	// at ...", which the source gives as a year).
	if others := slices.DeleteFunc(slices.Clone(figures), func(q quantity) bool { return q.value == 1 && !q.pct || ago(op, q) }); len(others) > 0 && distinctFigures(others) {
		figures = others
	}
	want := contentStems(op, cl.from, cl.to)
	src := idx.doc
	// The sentences to try are those with the clause's first figure that is not a length of time:
	// "half a day" is found as "12 hours" only by comparing the two.
	var candidates []int
	anchored := false
	for _, f := range figures {
		if !timeUnits[f.unit] {
			candidates, anchored = idx.sentencesWithFigure(f), true
			break
		}
	}
	if !anchored {
		for si := range src.Sentences {
			candidates = append(candidates, si)
		}
	}
	// Of the sentences that hold the figures, the one that says most of what the clause says, by
	// the weight of the words they share: "coverage may have been reduced in three of the 23
	// areas" for "coverage got worse in three of those places", not "the three national mobile
	// operators" that shares "coverage" too.
	best, bestShared, bestCover, holding := -1, 0, 0.0, 0
	query, total := idx.query(op, cl.from, cl.to)
	for _, si := range candidates {
		s := src.Sentences[si]
		qs := idx.sentenceFigures()[si]
		if !holdsFigures(figures, qs) {
			continue
		}
		holding++
		if best < 0 {
			best = si
		}
		shared := 0
		for w := s.FirstWord; w < s.EndWord; w++ {
			if want[src.Words[w].Stem] {
				shared++
			}
		}
		if shared == 0 {
			continue
		}
		if cover := idx.sentenceCoverage(query, total, si); cover > bestCover+1e-9 { // sentences come in order: the first of equals wins
			best, bestShared, bestCover = si, shared, cover
		}
	}
	if best < 0 || bestShared < 1 && !(holding == 1 && distinctFigures(figures)) {
		return document.Span{}, false
	}
	return src.Sentences[best].Span, true
}

// sentenceFigures returns the figures of every source sentence, read once.
func (idx *index) sentenceFigures() [][]quantity {
	if idx.figures == nil {
		idx.figures = make([][]quantity, len(idx.doc.Sentences))
		for si, s := range idx.doc.Sentences {
			for _, q := range quantities(idx.doc, s.FirstWord, s.EndWord) {
				if !q.vague && !q.share {
					idx.figures[si] = append(idx.figures[si], q)
				}
			}
		}
		for si, qs := range idx.figures {
			for _, q := range qs {
				idx.figureOrder = append(idx.figureOrder, figureAt{q.value, si})
			}
		}
		slices.SortFunc(idx.figureOrder, func(a, b figureAt) int {
			return cmp.Or(cmp.Compare(a.value, b.value), cmp.Compare(a.sentence, b.sentence))
		})
	}
	return idx.figures
}

// figureAt is a figure of the source and the sentence that holds it.
type figureAt struct {
	value    float64
	sentence int
}

// sentencesWithFigure returns, in order and once each, the source sentences holding a figure
// within the widest tolerance of q.
func (idx *index) sentencesWithFigure(q quantity) []int {
	idx.sentenceFigures()
	lo, hi := q.value*0.89, q.value*1.11
	if hi < lo {
		lo, hi = hi, lo
	}
	i, _ := slices.BinarySearchFunc(idx.figureOrder, lo, func(f figureAt, v float64) int { return cmp.Compare(f.value, v) })
	seen := map[int]bool{}
	var out []int
	for ; i < len(idx.figureOrder) && idx.figureOrder[i].value <= hi; i++ {
		if s := idx.figureOrder[i].sentence; !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

// figureContext searches the source with the few words around each figure of a clause and returns
// the first passage that covers them well and shares a word other than a number with them: the
// passage on the same subject as the figure.
func (idx *index) figureContext(op *document.Document, cl clause, minCoverage float64) (passage, bool) {
	for _, q := range quantities(op, cl.from, cl.to) {
		if !q.figure() {
			continue
		}
		from, to := max(cl.from, q.word-4), min(cl.to, q.word+5)
		p := idx.search(op, from, to)
		if p.window < 0 || p.score < minCoverage || p.shared < 2 {
			continue
		}
		stems := idx.windows[p.window].stems
		for w := from; w < to; w++ {
			st := contentStem(op.Words[w])
			if st != "" && stems[st] && !isDigit(st) && multipliers[op.Words[w].Norm] == 0 && document.NumberValue(op.Words[w].Norm) == 0 {
				return p, true
			}
		}
	}
	return passage{window: -1}, false
}

// distinctFigures reports whether figures (years and labels aside, as figure() leaves them) could
// hardly be in one sentence by chance: two or more that are not lengths of time, or one large
// figure. "Twenty-four per cent against seventeen" and "That is 24,500 fines at one junction"
// restate the one source sentence that gives them, whatever their words.
func distinctFigures(figures []quantity) bool {
	n := 0
	for _, f := range figures {
		switch {
		case largeFigure(f):
			return true
		case !timeUnits[f.unit]:
			n++
		}
	}
	return n >= 2
}

// largeFigure reports whether a figure is 100 or more and not a length of time: a number a
// sentence is unlikely to share with another by chance.
func largeFigure(q quantity) bool { return !timeUnits[q.unit] && q.value >= 100 }

// ago reports whether a length of time dates something back from now: "five years ago".
func ago(d *document.Document, q quantity) bool {
	u := q.word + 1
	return timeUnits[q.unit] && u+1 < len(d.Words) && d.Words[u].Sentence == d.Words[q.word].Sentence && d.Words[u+1].Norm == "ago"
}
