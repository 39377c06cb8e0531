package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// appendWords tokenises one span of text into words. A word is a run of letters, digits and
// marks; it keeps inner apostrophes ("don't"), digit groups ("4,000", "3.5"), dotted
// abbreviations ("U.S.") and words hyphenated across a line break ("recon-\nstruction").
// Other hyphens split words, so "state-run" and "state run" align. Stems are computed only when
// stem is true.
func appendWords(words []Word, text string, span Span, sentence int, stem bool) []Word {
	i := span.Start
	for i < span.End {
		r, size := utf8.DecodeRuneInString(text[i:span.End])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		var joined strings.Builder
		hyphenated := false
		for i < span.End {
			r, size = utf8.DecodeRuneInString(text[i:span.End])
			if isWordRune(r) {
				i += size
				continue
			}
			next, nsize := utf8.DecodeRuneInString(text[min(i+size, span.End):span.End])
			prev, _ := utf8.DecodeLastRuneInString(text[start:i])
			switch {
			case isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next):
				i += size
				continue
			case (r == ',' || r == '.') && unicode.IsDigit(prev) && unicode.IsDigit(next):
				i += size
				continue
			case r == '.' && unicode.IsLetter(next) && i+size+nsize <= span.End &&
				isInitialRun(text[start:i]) && (i+size+nsize == span.End || text[i+size+nsize] == '.'):
				i += size
				continue
			case r == '-' && i+size < span.End && text[i+size] == '\n':
				// A word hyphenated across a line break continues after the newline.
				j := i + size + 1
				for j < span.End && (text[j] == ' ' || text[j] == '\t') {
					j++
				}
				if nr, _ := utf8.DecodeRuneInString(text[j:span.End]); j < span.End && unicode.IsLower(nr) {
					joined.WriteString(text[start:i])
					hyphenated = true
					start2 := j
					i = j
					for i < span.End {
						r2, s2 := utf8.DecodeRuneInString(text[i:span.End])
						if !isWordRune(r2) {
							break
						}
						i += s2
					}
					joined.WriteString(text[start2:i])
				}
			}
			break
		}
		surface := text[start:i]
		if hyphenated {
			surface = joined.String()
		}
		// A dotted abbreviation keeps its final period: "U.S." not "U.S".
		end := i
		if i < span.End && text[i] == '.' && strings.Contains(surface, ".") && !unicode.IsDigit(rune(surface[0])) {
			end = i + 1
		}
		w := Word{Span: Span{start, end}, Norm: Normalize(surface), Sentence: sentence}
		if w.Norm == "" {
			// Only combining marks, with no letter to carry them: nothing to compare.
			continue
		}
		if stem {
			w.Stem = Stem(w.Norm)
		}
		words = append(words, w)
	}
	return words
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isInitialRun reports whether s looks like the start of a dotted abbreviation: single letters
// separated by periods ("U", "U.S").
func isInitialRun(s string) bool {
	for i, part := range strings.Split(s, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return i > 0 && part == ""
		}
	}
	return true
}

// foldDiacritics returns a fresh transformer that strips combining marks. A transform.Chain
// keeps state between calls, so one must never be shared between goroutines.
func foldDiacritics() transform.Transformer {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}

// straightApostrophes makes curly and modifier apostrophes straight. A Replacer is safe for
// concurrent use.
var straightApostrophes = strings.NewReplacer("’", "'", "ʼ", "'", "‘", "'")

// Normalize folds a word for comparison: lower case, diacritics removed, curly apostrophes made
// straight, digit group separators dropped ("4,000" → "4000"), dotted abbreviations kept
// ("u.s").
func Normalize(word string) string {
	ascii := true
	for i := 0; i < len(word); i++ {
		if word[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		if folded, _, err := transform.String(foldDiacritics(), word); err == nil {
			word = folded
		}
		word = straightApostrophes.Replace(word)
	}
	word = strings.ToLower(word)
	if word != "" && word[0] >= '0' && word[0] <= '9' {
		word = strings.ReplaceAll(word, ",", "")
	}
	return strings.TrimSuffix(word, ".")
}

// Stem returns the Snowball English stem of a normalised word. Possessive endings are dropped, and
// the forms of common irregular verbs stem as their base form ("wrote" and "written" as "write").
func Stem(normalized string) string {
	w := strings.TrimSuffix(normalized, "'s")
	if strings.ContainsAny(w, ".'0123456789") {
		return w
	}
	if base, ok := lemmas[w]; ok {
		w = base
	}
	return english.Stem(w, false)
}

// Fold normalises a phrase word by word, joined with single spaces: the form used to match
// lexicon entries and to compare passages.
func Fold(phrase string) string {
	var parts []string
	doc := []Word{}
	doc = appendWords(doc, phrase, Span{0, len(phrase)}, 0, false)
	for _, w := range doc {
		parts = append(parts, w.Norm)
	}
	return strings.Join(parts, " ")
}
