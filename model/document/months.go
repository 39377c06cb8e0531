package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// monthNames are the names of the months and their usual abbreviations, folded.
var monthNames = map[string]bool{"january": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true}

// IsMonthName reports whether a folded word is the name of a month or its usual abbreviation.
func IsMonthName(folded string) bool { return monthNames[folded] }

// IsMonth reports whether word i names a month: a month name written with a capital, inside its
// sentence or beside a number ("on 3 May", "May 2024"). A "May" that opens a sentence with no
// number beside it is taken for the verb ("May I add"), and a lower-case "may" always is.
func (d *Document) IsMonth(i int) bool {
	if i < 0 || i >= len(d.Words) {
		return false
	}
	w := d.Words[i]
	opens := i == 0 || d.Words[i-1].Sentence != w.Sentence
	number := func(k int) bool {
		return k >= 0 && k < len(d.Words) && d.Words[k].Sentence == w.Sentence && startsWithDigit(d.Words[k].Norm)
	}
	return isMonthName(d.Text[w.Start:w.End], w.Norm, !opens || number(i-1) || number(i+1))
}

// MonthIn reports whether field i of a run of words, as written, names a month, by the rule of
// IsMonth; the first field counts as opening a sentence.
func MonthIn(fields []string, i int) bool {
	if i < 0 || i >= len(fields) {
		return false
	}
	number := func(k int) bool { return k >= 0 && k < len(fields) && startsWithDigit(fields[k]) }
	surface := strings.Trim(fields[i], ".,;:")
	return isMonthName(surface, strings.ToLower(surface), i > 0 || number(i-1) || number(i+1))
}

// isMonthName reports whether a word, as written and in lower case, is a capitalised month name;
// placed says whether where it stands rules out the verb "May".
func isMonthName(surface, lower string, placed bool) bool {
	if !monthNames[lower] {
		return false
	}
	first, _ := utf8.DecodeRuneInString(surface)
	return unicode.IsUpper(first) && (placed || lower != "may")
}

// startsWithDigit reports whether s begins with a decimal digit.
func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}
