package claims

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
)

// partWords limit a statement to part of what it is about: "a few filling stations", "some
// schools", "two of the six regions".
var partWords = map[string]bool{
	"some": true, "few": true, "several": true, "certain": true, "part": true, "parts": true,
	"handful": true, "minority": true, "most": true, "many": true, "partly": true,
	"partially": true, "isolated": true,
}

// isPart reports whether source word w limits what follows to part of it: a part word, or a
// count followed by "of" ("two of the six regions", "dozens of foreign recruits").
func isPart(d *document.Document, w, to int) bool {
	n := d.Words[w].Norm
	if partWords[n] {
		return true
	}
	counted := document.NumberValue(n) > 0 && document.NumberValue(n) < 100 || isDigit(n) || vagueWords[n] > 0 && vagueWords[n] < 1e6
	if counted && w+1 < to && d.Words[w+1].Norm == "of" {
		return true
	}
	return percentOf(d, w, to)
}

// percentOf reports whether source word w is the figure of a percentage short of the whole that
// takes a part of something: "58 per cent of private beds".
func percentOf(d *document.Document, w, to int) bool {
	n := d.Words[w].Norm
	words := percentWords(d, w+1, to)
	if words == 0 {
		return false
	}
	k := w + 1 + words
	v, err := strconv.ParseFloat(n, 64)
	if err != nil {
		v = document.NumberValue(n)
	}
	return v > 0 && v < 95 && k < to && d.Words[k].Norm == "of"
}

// someOfAll reports whether source word w is the whole of a count that the sentence then takes a
// part of: the 38 of "Of the 38 employees interviewed, 23 said they had felt under pressure".
func someOfAll(d *document.Document, w, to int) bool {
	all := countValue(d.Words[w].Norm)
	if all == 0 || w < 2 || d.Words[w-1].Norm != "the" || d.Words[w-2].Norm != "of" {
		return false
	}
	for k := w + 1; k < min(to, w+8) && d.Words[k].Sentence == d.Words[w].Sentence; k++ {
		if v := countValue(d.Words[k].Norm); v > 0 && v < all && strings.Contains(d.Text[d.Words[w].End:d.Words[k].Start], ",") {
			return true
		}
	}
	return false
}

// countValue returns the value of a whole number written in digits or as a number word, or 0.
func countValue(n string) float64 {
	if v := document.NumberValue(n); v >= 1 {
		return v
	}
	v, err := strconv.ParseFloat(n, 64)
	if err != nil || v < 1 || v != math.Trunc(v) {
		return 0
	}
	return v
}

// wholeWords extend a statement to everything it is about.
var wholeWords = map[string]bool{
	"all": true, "every": true, "everyone": true, "everybody": true, "everything": true,
	"everywhere": true, "entire": true, "whole": true, "always": true, "each": true,
	"across-the-board": true, "universal": true, "universally": true,
}

// universal reports whether opinion word w makes a statement about everything it governs: a
// whole word, or a negative one ("none of them", "nobody", "not a single one", "not one of").
func universal(op *document.Document, w, from int) bool {
	n := op.Words[w].Norm
	if w > from && nearlyWords[op.Words[w-1].Norm] {
		return false // "almost all", "nearly every": a share, compared as one
	}
	if (n == "every" || n == "each") && w+1 < len(op.Words) && op.Words[w+1].Sentence == op.Words[w].Sentence && isCount(op.Words[w+1].Norm) &&
		op.Words[w+1].Norm != "one" && !(w+2 < len(op.Words) && op.Words[w+2].Norm == "of") {
		return false // "38 nights in every hundred", "every two weeks": a rate, not the whole
	}
	if n == "all" && w > from && op.Words[w-1].Norm == "of" {
		return false // "the worst route of all", "first of all": a superlative's whole
	}
	if wholeWords[n] || n == "none" || n == "nobody" || n == "nationwide" || n == "countrywide" {
		return true
	}
	// "across the country", "throughout the region": the whole of a place.
	if (n == "across" || n == "throughout") && w+2 < len(op.Words) && op.Words[w+1].Norm == "the" &&
		wholePlaces[op.Words[w+2].Norm] && op.Words[w+2].Sentence == op.Words[w].Sentence {
		return true
	}
	before := func(k int) string { return wordBefore(op, w, k, from) }
	return n == "single" && before(1) == "a" && before(2) == "not" || n == "one" && before(1) == "not"
}

// wholePlaces, after "across the", make a statement about all of a place or a field.
var wholePlaces = setOfWords("country", "nation", "board", "region", "sector", "industry", "continent",
	"state", "county", "city", "world", "globe", "land")

// quantifierLike are the words that, just before a noun, already say how many of it: a clause
// that keeps one of them has not dropped the source's limit.
var quantifierLike = map[string]bool{
	"a": true, "an": true, "the": true, "these": true, "those": true, "this": true, "that": true,
	"its": true, "their": true, "our": true, "his": true, "her": true, "no": true, "any": true,
}

// scopeWidened reports a statement the source limits to part of something that the clause makes
// general: "every corner of the country" for "two of the six regions" (a universal word against a
// partial one), or "filling stations ran dry" for "a few filling stations" (the limit dropped in
// front of the same noun). shared holds the clause's content stems; near says whether a source
// word sits next to words the clause shares.
func scopeWidened(op, src *document.Document, cl clause, from, to int, shared map[string]bool, near func(w int) bool) (string, bool) {
	why, ok, part := generalised(op, src, cl, from, to, shared, near)
	if ok || part < 0 {
		return why, ok
	}
	return limitDropped(op, src, cl, from, to, shared, part)
}

// generalised is the first half of scopeWidened: a universal word of the clause against the
// source's part word. It also returns the part word, or -1 when there is none or the source
// generalises too.
func generalised(op, src *document.Document, cl clause, from, to int, shared map[string]bool, near func(w int) bool) (string, bool, int) {
	part := -1
	// A clause that gives a share itself ("the share of tests done late climbed from 3.5 per
	// cent") is held to the source's shares as figures, not read as making one the whole. Its
	// figures are read only when the source has such a share.
	givesShare := func() bool {
		return slices.ContainsFunc(quantities(op, cl.from, cl.to), func(q quantity) bool { return q.pct && !q.vague })
	}
	for w := from; w < to; w++ {
		if wholeWords[src.Words[w].Norm] {
			return "", false, -1 // the source generalises too
		}
		if part < 0 && (isPart(src, w, to) || someOfAll(src, w, to)) && near(w) && !countsNext(src, w, to) && !(percentOf(src, w, to) && givesShare()) {
			part = w
		}
	}
	if part < 0 {
		// "Several stewards told the panel they had received no briefing" against "not a single
		// one of them had been briefed": the part word limits the subject of the sentence that
		// says it, and the opinion's universal word points back to that subject with a pronoun.
		if w := pronounUniversal(op, cl); w >= 0 {
			if p := subjectPart(src, from, to, shared); p >= 0 {
				return fmt.Sprintf("limits it to part ('%s'); the opinion makes it general ('%s')",
					wordsAround(src, p, from, to, 1, 3), wordsAround(op, w, cl.from, cl.to, 1, 3)), true, p
			}
		}
		if why, ok := wholeSplit(op, src, cl, from, to); ok {
			return why, true, -1
		}
		return "", false, -1
	}
	partText := wordsAround(src, part, from, to, 1, 3)
	srcDenies := saysNo(src, from, to) != ""
	for w := cl.from; w < cl.to; w++ {
		if srcDenies && (op.Words[w].Norm == "none" || op.Words[w].Norm == "nobody") {
			continue // "languages none of them recognised" restates "languages the drivers did not recognise"
		}
		if _, often := frequencyLevels[op.Words[w].Norm]; often && percentOf(src, part, to) {
			continue // "always late" against "late on 31 percent of crossings": a frequency, checked as one
		}
		if universal(op, w, cl.from) && (sharedNear(op, w, cl, shared) || floating(op, w, cl.from)) {
			return fmt.Sprintf("limits it to part ('%s'); the opinion makes it general ('%s')", partText, wordsAround(op, w, cl.from, cl.to, 1, 3)), true, part
		}
	}
	return "", false, part
}

// limitDropped is the second half of scopeWidened: the source's part word (source word part)
// stands just before a noun the clause uses bare.
func limitDropped(op, src *document.Document, cl clause, from, to int, shared map[string]bool, part int) (string, bool) {
	partText := wordsAround(src, part, from, to, 1, 3)
	for k := part + 1; k < min(to, part+3); k++ {
		st := contentStem(src.Words[k])
		if st == "" {
			continue // "a few of the filling stations"
		}
		if !shared[st] || src.Words[k].Sentence != src.Words[part].Sentence {
			break
		}
		for w := cl.from; w < cl.to; w++ {
			if op.Words[w].Stem != st || !bare(op, w, cl.from) {
				continue
			}
			return fmt.Sprintf("says '%s'; the opinion drops the limit and says '%s'", partText, wordsAround(op, w, cl.from, cl.to, 1, 3)), true
		}
		break
	}
	return "", false
}

// subjectPronouns stand for a group named before: "none of them", "every one of those".
var subjectPronouns = map[string]bool{"them": true, "those": true, "they": true, "us": true, "these": true}

// pronounUniversal returns the clause's universal word that governs a pronoun ("not a single one
// of them", "all of them", "none of those"), or -1.
func pronounUniversal(op *document.Document, cl clause) int {
	for w := cl.from; w < cl.to; w++ {
		if !universal(op, w, cl.from) {
			continue
		}
		k := w + 1
		for k < cl.to && leadIn[op.Words[k].Norm] && !subjectPronouns[op.Words[k].Norm] {
			k++
		}
		if k < cl.to && subjectPronouns[op.Words[k].Norm] {
			return w
		}
	}
	return -1
}

// minSubjectShared is how many content stems the sentence of a subject's part word must share with
// the clause: the part word limits who did it, and the rest of the sentence must say what.
const minSubjectShared = 2

// subjectPart returns a part word that opens a source sentence in words [from, to) ("Several
// stewards", "Some residents said"), when that sentence shares minSubjectShared content stems with
// the clause; otherwise -1. The sentence must itself generalise nothing.
func subjectPart(src *document.Document, from, to int, shared map[string]bool) int {
	for w := from; w < to; w++ {
		s := src.Sentences[src.Words[w].Sentence]
		if w != s.FirstWord || !partWords[src.Words[w].Norm] || src.Words[w].Norm == "most" {
			continue
		}
		seen := map[string]bool{}
		general := false
		for k := s.FirstWord; k < min(s.EndWord, to); k++ {
			if wholeWords[src.Words[k].Norm] {
				general = true
			}
			if st := contentStem(src.Words[k]); shared[st] {
				seen[st] = true
			}
		}
		if !general && len(seen) >= minSubjectShared {
			return w
		}
	}
	return -1
}

// bare reports whether opinion word w, a noun, has no quantity or determiner in the two words
// before it ("filling stations in the north" but not "some filling stations").
func bare(op *document.Document, w, from int) bool {
	if w > from && op.Words[w-1].Sentence == op.Words[w].Sentence && op.Text[op.Words[w-1].End:op.Words[w].Start] != " " {
		return false
	}
	for k := max(from, w-2); k < w; k++ {
		n := op.Words[k].Norm
		if partWords[n] || wholeWords[n] || quantifierLike[n] || document.NumberValue(n) > 0 || vagueWords[n] > 0 || isDigit(n) {
			return false
		}
	}
	return true
}

// sharedNear reports whether a word the clause shares with the source is within two words after
// opinion word w, or the word before it: the universal word governs shared content. Words that
// only lead to the noun ("every last one of the recruits") do not count towards the two.
func sharedNear(op *document.Document, w int, cl clause, shared map[string]bool) bool {
	if w > cl.from && shared[contentStem(op.Words[w-1])] {
		return true
	}
	for k, left := w+1, 2; k < cl.to && left > 0; k++ {
		if shared[contentStem(op.Words[k])] {
			return true
		}
		if !leadIn[op.Words[k].Norm] {
			left--
		}
	}
	return false
}

// floating reports an "all" or "each" that floats after its subject's pronoun or auxiliary and
// so governs the whole clause: "it will all be done through vacancies", "they all said".
func floating(op *document.Document, w, from int) bool {
	n := op.Words[w].Norm
	return (n == "all" || n == "each") && w > from && floatHosts[op.Words[w-1].Norm]
}

// floatHosts are the words after which "all" floats: subject pronouns and auxiliaries.
var floatHosts = setOfWords("it", "they", "we", "you", "will", "would", "are", "were", "have", "had",
	"can", "could", "must", "should", "is", "was", "be", "been", "shall", "may", "might")

// leadIn are the words between a universal word and the noun it governs: "every last one of the".
var leadIn = map[string]bool{"last": true, "single": true, "one": true, "of": true, "the": true,
	"these": true, "those": true, "its": true, "their": true, "our": true}

// countsNext reports whether the word after w is itself a quantity: "many hundreds of" limits a
// number, not the thing counted.
func countsNext(d *document.Document, w, to int) bool {
	if w+1 >= to {
		return false
	}
	n := d.Words[w+1].Norm
	return document.NumberValue(n) > 0 || vagueWords[n] > 0 || isDigit(n)
}

// partMarkers introduce the part of a whole that a figure is about: "revenue from the Grid
// Storage segment", "unemployment in the Northern region", "among women over 65".
var partMarkers = map[string]bool{"from": true, "in": true, "among": true, "for": true, "at": true, "of": true}

// partNouns name a part of a larger whole.
var partNouns = stemSet("segment", "division", "unit", "subsidiary", "branch", "region", "district",
	"sector", "category", "subgroup")

// partForWhole reports a figure the source gives for one part ("Revenue from the Grid Storage
// segment rose 24 per cent") that the clause gives without that part, so that it reads as the
// whole ("sales soared 24 per cent"). The part is a name or a part noun after "from", "in",
// "among" ... just before the figure's verb, none of whose words the opinion sentence uses.
func (idx *index) partForWhole(op *document.Document, cl clause, from, to int) (string, bool) {
	src := idx.doc
	srcQ := quantities(src, from, to)
	sentence := op.Sentences[cl.sentence]
	used := map[string]bool{}
	for w := sentence.FirstWord; w < sentence.EndWord; w++ {
		used[op.Words[w].Stem] = true
	}
	if pointsToPlace(op, sentence.FirstWord, sentence.EndWord) {
		return "", false // "Four out of the 19 contracted practices there": the place named before
	}
	for _, c := range quantities(op, cl.from, cl.to) {
		if !c.figure() {
			continue
		}
		for _, p := range srcQ {
			if !p.figure() || p.pct != c.pct || !agree(c, p) {
				continue
			}
			part, ok := partBefore(src, p.word)
			if !ok || usesAny(func(stem string) bool { return used[stem] }, src, part) {
				continue
			}
			// The part may have been named before the sentence: "Out of roughly 1,100 hourly
			// readings, 17 broke the limit" after paragraphs about Hale Lane keeps to Hale Lane.
			before := func(stem string) bool { return idx.firstUseOf(op, stem) < sentence.FirstWord }
			if !usesAny(before, src, part) {
				return fmt.Sprintf("gives '%s' for '%s' only; the opinion gives it without that limit: '%s'",
					wordsAround(src, p.word, from, to, 0, 2), src.Slice(document.Span{Start: src.Words[part[0]].Start, End: src.Words[part[1]-1].End}),
					wordsAround(op, c.word, cl.from, cl.to, 3, 3)), true
			}
		}
	}
	return "", false
}

// pointsToPlace reports whether words [from, to) point back to a place named before with "there"
// or "here", other than in "there is" and the like.
func pointsToPlace(d *document.Document, from, to int) bool {
	for w := from; w < to; w++ {
		if n := d.Words[w].Norm; n != "there" && n != "here" {
			continue
		}
		if w+1 < to && existentialAfter[d.Words[w+1].Norm] {
			continue // "there is", "there have been"
		}
		if w+2 < to && modalsBeforeBe[d.Words[w+1].Norm] && (d.Words[w+2].Norm == "be" || d.Words[w+2].Norm == "have") {
			continue // "there will be", "there may have been"
		}
		return true
	}
	return false
}

// existentialAfter follow "there" or "here" when it introduces something rather than a place:
// "there is", "there have been", "here are".
var existentialAfter = setOfWords("is", "are", "was", "were", "has", "have", "had", "seems", "seem",
	"appears", "appear", "remain", "remains", "'s", "isn't", "aren't", "wasn't", "weren't", "hasn't",
	"haven't", "used")

// modalsBeforeBe make "there" existential when "be" or "have" follows them: "there will be".
var modalsBeforeBe = setOfWords("will", "would", "may", "might", "could", "can", "must", "should", "won't")

// partBefore finds, in the ten words before source word w and in its sentence, a part marker
// followed by a part: capitalised names or a part noun. It returns the part's word range.
func partBefore(d *document.Document, w int) ([2]int, bool) {
	first := d.Sentences[d.Words[w].Sentence].FirstWord
	for m := max(first, w-10); m < w; m++ {
		if !partMarkers[d.Words[m].Norm] {
			continue
		}
		k := m + 1
		if k < w && (d.Words[k].Norm == "the" || d.Words[k].Norm == "its") {
			k++
		}
		end := k
		for end < w && (isName(d, end) || partNouns[d.Words[end].Stem]) {
			end++
		}
		if end > k && (end-k >= 2 || partNouns[d.Words[end-1].Stem]) {
			return [2]int{k, end}, true
		}
	}
	return [2]int{}, false
}

// usesAny reports whether the opinion uses (by the test used) any content word of source words
// [part[0], part[1]) other than part nouns themselves: "the Northern region" is kept by "the
// North" but not by "every region". A part that is only a part noun ("in the district") is kept
// when the opinion names it too.
func usesAny(used func(stem string) bool, src *document.Document, part [2]int) bool {
	onlyPartNouns := true
	for w := part[0]; w < part[1]; w++ {
		st := contentStem(src.Words[w])
		if st != "" && !partNouns[st] {
			onlyPartNouns = false
			if used(st) {
				return true
			}
		}
	}
	if onlyPartNouns {
		for w := part[0]; w < part[1]; w++ {
			if used(src.Words[w].Stem) {
				return true
			}
		}
	}
	return false
}

// scopeWidenedElsewhere is generalised on the other sentences of the passage [winFrom, winTo)
// than the closest one, which starts at word closest, that share at least two of the clause's
// content words: "Contamination went up in every single ward the partnership serves" against
// "It rose in 19 of the partnership's 27 wards", the sentence after the one on contamination.
func scopeWidenedElsewhere(op, src *document.Document, cl clause, closest, winFrom, winTo int) (string, bool) {
	shared := withRestatements(contentStems(op, cl.from, cl.to))
	for w := winFrom; w < winTo; {
		s := src.Sentences[src.Words[w].Sentence]
		a, b := max(s.FirstWord, winFrom), min(s.EndWord, winTo)
		w = s.EndWord
		if a == closest || len(heldStems(src, a, b, shared)) < 2 {
			continue
		}
		if why, ok, _ := generalised(op, src, cl, a, b, shared, partReach(src, shared, a, b)); ok {
			return why, true
		}
	}
	return "", false
}

// wholeSplit describes a clause that says all of a counted group did one thing ("the six
// community libraries ... have all cut their hours") where the source, giving the same count,
// splits the group into parts that add up to it ("of the six existing community libraries ...
// four have maintained or increased their opening hours, while two have reduced them"): the
// source divides the group by what each part did, and the universal word makes one part the
// whole.
func wholeSplit(op, src *document.Document, cl clause, from, to int) (string, bool) {
	uw := -1
	for w := cl.from; w < cl.to && uw < 0; w++ {
		if universal(op, w, cl.from) && !anyNegation[op.Words[w].Norm] && op.Words[w].Norm != "none" {
			uw = w
		}
	}
	if uw < 0 {
		return "", false
	}
	counts := func(qs []quantity) []quantity {
		return slices.DeleteFunc(qs, func(q quantity) bool { return !q.figure() || q.pct || q.year || q.label || q.date || q.approx })
	}
	clauseCounts := counts(quantities(op, cl.from, cl.to))
	for s := src.Words[from].Sentence; s <= src.Words[to-1].Sentence; s++ {
		sent := src.Sentences[s]
		qs := counts(quantities(src, sent.FirstWord, sent.EndWord))
		for _, c := range clauseCounts {
			whole := slices.IndexFunc(qs, func(p quantity) bool { return p.value == c.value && c.value >= 3 })
			if whole < 0 {
				continue
			}
			sum, parts, first, last := 0.0, 0, -1, -1
			for _, p := range qs[whole+1:] {
				if p.value < c.value {
					sum += p.value
					parts++
					if first < 0 {
						first = p.word
					}
					last = p.word
				}
			}
			if parts >= 2 && sum == c.value {
				return fmt.Sprintf("splits the %s: '%s'; the opinion says they all did: '%s'",
					qs[whole].text, src.Excerpt(first, min(sent.EndWord, last+4)), clauseExcerpt(op, cl)), true
			}
		}
	}
	return "", false
}
