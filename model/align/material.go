package align

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

var negations = setOf("not no never none nothing nobody neither nor without cannot can't don't doesn't didn't isn't aren't wasn't weren't won't wouldn't shouldn't couldn't hasn't haven't hadn't")

// epistemicWords are the qualifiers that hedge how sure a statement is, not how much it says.
const epistemicWords = "may might could possibly perhaps likely unlikely probably appears appear appeared seems seem suggests suggest suggested"

var (
	epistemic  = setOf(epistemicWords)
	qualifiers = setOf(epistemicWords + " associated linked suspected some several few about around approximately nearly almost roughly partly partially slightly somewhat modest modestly only preliminary limited small minor marginal")
)

// limitingQuantities take a part of what they quantify: dropping one ("too many of the
// overflows", "in many homes") makes the words speak of all of it.
var limitingQuantities = setOf("many most majority minority handful")

var quantityWords = setOf("all both every each none some many most few several dozens hundreds thousands millions majority minority half handful everything anything everyone anyone everybody anybody")

var conditions = setOf("if unless until before provided")

// questionWords ask inside a statement: "to find out whether".
var questionWords = setOf("whether")

// hasQuoteMark reports whether s holds a quotation mark.
func hasQuoteMark(s string) bool { return strings.ContainsAny(s, "\"“”«»") }

// clauseJoiners open a clause that sets itself against the one before it: a hedge or a negation
// before one governs that earlier clause, not the quoted words after it. ("And" is not one: a
// negation before it may govern both sides.)
var clauseJoiners = setOf("but yet whereas")

var contrastives = setOf("but however although though yet unless except provided")

func setOf(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// subjectPronouns open a clause with a subject of its own after "and", "or" or "so".
var subjectPronouns = setOf("i we he she they you it")

// newClauseAt reports whether source word w, before quoted word s0, opens a clause of its own
// that runs into the quote: a semicolon or colon just before it, or a comma and "and", "or" or
// "so" followed by a subject pronoun ("These figures are not where we want them to be, and I
// apologise ..."). A negation or hedge before that point governs the earlier clause, not the
// quoted words.
func newClauseAt(source *document.Document, w, s0 int) bool {
	if w == 0 {
		return false
	}
	gap := source.Text[source.Words[w-1].End:source.Words[w].Start]
	if strings.ContainsAny(gap, ";:") {
		return true
	}
	switch source.Words[w].Norm {
	case "and", "or", "so":
		return strings.Contains(gap, ",") && w+1 <= s0 && subjectPronouns[source.Words[w+1].Norm]
	}
	return false
}

// materialChange returns a description of what makes a quoted passage change what its source
// asserts: a number or quantity changed, a negation added or removed, a qualifier dropped, or a
// cut that removes a negation, a hedge or a condition before it. It returns "" for edits of form
// only. (A cut of the counterpoint after it is counterpointCut's.)
//
// A silent copy is held to its edits and to a dropped negation; cuts that leave out a hedge, a
// condition or a counterpoint are judged only for marked quotations, which claim to give the
// speaker's words.
func materialChange(source *document.Document, edits []report.Edit, s0, s1 int, marked bool) string {
	for _, e := range edits {
		from, to := wordsOf(e.From), wordsOf(e.To)
		switch {
		case e.Op == report.Replace && figureReplaced(from, to):
			return fmt.Sprintf("the source says '%s', the quote says '%s'", throughFigure(e.From, to), e.To)
		case hasAny(from, negations) != hasAny(to, negations):
			if e.Op == report.Insert {
				return fmt.Sprintf("the quote adds '%s'", e.To)
			}
			return fmt.Sprintf("the quote drops '%s'", e.From)
		case hasAny(notMonths(e.From), qualifiers) && !hasAny(to, qualifiers) && !onlyApproximators(from),
			e.Op == report.Delete && (slices.Equal(from, []string{"among"}) || slices.Equal(from, []string{"one", "of"})):
			// "among the worst" or "one of the worst" quoted as "the worst"
			return fmt.Sprintf("the quote drops the qualifier '%s'", e.From)
		case hasAny(from, limitingQuantities) && !hasAny(to, quantityWords) && !hasAny(to, qualifiers):
			return fmt.Sprintf("the quote drops the qualifier '%s'", e.From)
		case hasAny(from, quantityWords) && hasAny(to, quantityWords):
			return fmt.Sprintf("the source says '%s', the quote says '%s'", e.From, e.To)
		case e.Op == report.Replace && hasAny(from, questionWords) && !hasAny(to, questionWords):
			// "set up to find out whether scooters can operate safely" quoted as "set up to
			// prove that": an open question made a claim.
			return fmt.Sprintf("the source asks '%s', the quote says '%s'", e.From, e.To)
		}
	}
	// A cut that leaves out a negation, a hedge or a condition just before the quoted words, in
	// the same sentence, unless the source's own quotation starts in between. A hedge left out is
	// no change when the quoted words keep one of their own: "data suggest that around 12,350
	// people may have entered" quoted as "around 12,350 people may have entered".
	sent := source.Sentences[source.Words[s0].Sentence]
	keepsHedge := false
	for w := s0; w < s1; w++ {
		keepsHedge = keepsHedge || epistemic[source.Words[w].Norm]
	}
	// A qualifier of another phrase does not reach the quoted words: one set off by a comma or a
	// bracket ("around 61,400 premises, or 29 percent"), or one in the conjunct before an "and"
	// or "or" ("are preliminary and may fall"). A condition still does ("If funding is agreed,
	// the bridge will open"), and so does a negation before "and" ("did not inspect and repair").
	apart, conjunct := false, false
	for w := s0 - 1; w >= max(sent.FirstWord, s0-8); w-- {
		if hasQuoteMark(source.Text[source.Words[w].End:source.Words[s0].Start]) {
			break
		}
		n := source.Words[w].Norm
		if clauseJoiners[n] || newClauseAt(source, w, s0) {
			break // "heard this from several employees but found no written instruction"
		}
		gap := source.Text[source.Words[w].End:source.Words[w+1].Start]
		apart = apart || strings.ContainsAny(gap, ",()[]–—")
		if (epistemic[n] && keepsHedge) || source.IsMonth(w) {
			continue
		}
		if negations[n] && strings.ContainsAny(gap, ",;:") {
			break // "For the nine that did not, the agency estimated ...": it ends a phrase of its own
		}
		switch {
		case limitingQuantities[n] && marked && (w == s0-1 || w == s0-2 && source.Words[s0-1].Norm == "of"):
			// "in many homes" quoted from "homes": the quoted words now speak of them all. A
			// quantity further back is another phrase's ("the majority held that the council
			// ...").
			return fmt.Sprintf("it leaves out '%s' just before the quoted words", source.Excerpt(w, s0))
		case conditions[n] && marked,
			negations[n] && !apart,
			qualifiers[n] && marked && !apart && !conjunct:
			return fmt.Sprintf("it leaves out '%s' just before the quoted words", source.Excerpt(w, s0))
		}
		conjunct = conjunct || n == "and" || n == "or"
	}
	return ""
}

// counterpointCut describes a marked quotation that stops just before the counterpoint that
// follows in the same sentence ("is doing broadly what it was designed to do" of "... designed to
// do, but not for the northern wards"), unless the source's own quotation ends there and the
// counterpoint is the narrator's. It returns "" otherwise.
//
// Such a cut misquotes the speaker, but the words quoted are the speaker's own, and they still
// assert what the speaker asserted: it makes the quotation a misquote, not an assertion the
// source contradicts.
func counterpointCut(source *document.Document, s1 int, marked bool) string {
	last := source.Sentences[source.Words[s1-1].Sentence]
	if marked && s1 < last.EndWord && contrastives[source.Words[s1].Norm] && last.EndWord-s1 >= 3 &&
		!hasQuoteMark(source.Text[source.Words[s1-1].End:source.Words[s1].Start]) {
		return fmt.Sprintf("it stops before '%s', which qualifies it", excerpt(source.Excerpt(s1, last.EndWord)))
	}
	return ""
}

// approximators round a figure without doubting it: a copy that drops "around" from "around twenty
// minutes" gives the same figure, a copy that drops "nearly" or "only" does not.
var approximators = setOf("about around approximately roughly some")

// onlyApproximators reports whether every word of a dropped stretch is an approximator.
func onlyApproximators(words []string) bool {
	for _, w := range words {
		if !approximators[w] {
			return false
		}
	}
	return len(words) > 0
}

// notMonths returns the folded words of s without the names of months: the "May" of "on 3 May"
// qualifies nothing.
func notMonths(s string) []string {
	fields := strings.Fields(s)
	var out []string
	for i, f := range fields {
		if !document.MonthIn(fields, i) {
			out = append(out, wordsOf(f)...)
		}
	}
	return out
}

func wordsOf(s string) []string {
	return strings.Fields(document.Fold(s))
}

func hasAny(words []string, set any) bool {
	for _, w := range words {
		switch s := set.(type) {
		case map[string]bool:
			if s[w] {
				return true
			}
		case func(string) bool:
			if s(w) {
				return true
			}
		}
	}
	return false
}

// countsSomething reports whether a run of folded words holds a number that counts: a digit or a
// number word, but not the pronoun "one" ("one that takes no account", "the one who", "no one").
func countsSomething(words []string) bool {
	for i, w := range words {
		if !isNumberish(w) {
			continue
		}
		if w == "one" && (i+1 < len(words) && pronounOneAfter[words[i+1]] || i > 0 && pronounOneBefore[words[i-1]]) {
			continue
		}
		return true
	}
	return false
}

// figureReplaced reports whether an edit puts one figure or quantity for another: "27" for "37",
// "half" for "a third". A figure cut out with the words around it ("LDCA), which represents 31
// operators, said" quoted as "says") changes no figure the quote gives.
func figureReplaced(from, to []string) bool {
	// A year told another way ("in 2023" as "last year") dates the same thing.
	a, b := countsSomething(from) && !yearsOnly(from), countsSomething(to) && !yearsOnly(to)
	return a && b || a && hasAny(to, quantityWords) || b && hasAny(from, quantityWords) || (a || b) && len(from) <= 2 && len(to) <= 2
}

// yearsOnly reports whether every figure among words is a year.
func yearsOnly(words []string) bool {
	for _, w := range words {
		if isNumberish(w) && !(len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == "") {
			return false
		}
	}
	return true
}

// throughFigure shortens the source side of a changed figure to the words up to its last figure
// when the quote's side ends on a figure: a quotation that ends at "around 0.28" against the
// source's "around 0.18, but the researchers caution" shows '0.18', not '0.18, but the'.
func throughFigure(source string, quoted []string) string {
	if len(quoted) == 0 || !isNumberish(quoted[len(quoted)-1]) {
		return source
	}
	fields := strings.Fields(source)
	for i := len(fields) - 1; i >= 0; i-- {
		if isNumberish(strings.ToLower(strings.Trim(fields[i], ".,;:!?\"'“”‘’()"))) {
			return strings.TrimRight(strings.Join(fields[:i+1], " "), ".,;:")
		}
	}
	return source
}

// pronounOneAfter and pronounOneBefore, after or before "one", make it a pronoun.
var (
	pronounOneAfter  = setOf("that who which whose where")
	pronounOneBefore = setOf("the this that no any every each another")
)

func isNumberish(w string) bool {
	return document.IsNumberWord(w) || document.FractionShare(w) > 0 || (w != "" && unicode.IsDigit(rune(w[0])))
}
