package document

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// abbreviations that must not end a sentence, beyond those the English model was trained on.
var abbreviations = []string{
	"dr", "mr", "mrs", "ms", "prof", "sr", "jr", "st", "gen", "lt", "col", "capt", "sgt", "cpl",
	"sen", "rep", "gov", "pres", "rev", "hon", "inc", "corp", "co", "ltd", "dept", "univ", "vs",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"a.m", "p.m", "u.s", "u.k", "u.n", "e.g", "i.e", "nos", "approx", "fig", "vol",
}

// ordinaryWords were learnt as abbreviations by the English model, but are everyday words that
// often end a sentence ("people started getting ill. Coincidence?").
var ordinaryWords = []string{"ill", "no", "ok", "wash", "wed", "ore", "cos"}

// sentenceTokenizer is built once; it is read-only afterwards.
var sentenceTokenizer = sync.OnceValue(func() *sentences.DefaultSentenceTokenizer {
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		panic("document: the bundled English sentence model does not load: " + err.Error())
	}
	for _, a := range abbreviations {
		tok.AbbrevTypes.Add(a)
	}
	for _, w := range ordinaryWords {
		delete(tok.AbbrevTypes, w)
	}
	return tok
})

// segment fills a document's paragraphs, sentences and words from its text.
func segment(doc *Document) {
	doc.Paragraphs = paragraphs(doc.Text)
	tok := sentenceTokenizer()
	for pi, p := range doc.Paragraphs {
		text := doc.Text[p.Start:p.End]
		for _, s := range splitSentences(tok, text) {
			start, end := trimSpan(text, s.Start, s.End)
			if start >= end {
				continue
			}
			doc.Sentences = append(doc.Sentences, Sentence{
				Span: Span{p.Start + start, p.Start + end}, Paragraph: pi,
			})
		}
	}
	doc.Words = make([]Word, 0, len(doc.Text)/6)
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		s.FirstWord = len(doc.Words)
		doc.Words = appendWords(doc.Words, doc.Text, s.Span, si, true)
		s.EndWord = len(doc.Words)
	}
}

// splitSentences runs the sentence model, then moves closing quotes and brackets that the model
// left at the start of the next sentence back to the sentence they close.
func splitSentences(tok *sentences.DefaultSentenceTokenizer, text string) []Span {
	positions := tok.SentencePositions(text)
	var spans []Span
	start := 0
	for _, end := range positions {
		if end <= start || end > len(text) {
			continue
		}
		spans = append(spans, Span{start, end})
		start = end
	}
	if start < len(text) {
		spans = append(spans, Span{start, len(text)})
	}
	for i := 1; i < len(spans); i++ {
		j := spans[i].Start
		for j < spans[i].End {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isCloser(r) {
				break
			}
			j += size
		}
		spans[i-1].End = j
		spans[i].Start = j
	}
	return splitListItems(text, mergeAbbreviations(text, splitAfterLetters(text, splitAfterNumbers(text, spans))))
}

// splitListItems starts a new sentence at each line that opens with a list marker ("- ", "* ",
// "• ", "1. ", "2) "): the items of a list are separate statements, and the line that leads into
// them is one of its own.
func splitListItems(text string, spans []Span) []Span {
	var out []Span
	for _, s := range spans {
		start := s.Start
		for i := s.Start; i < s.End; i++ {
			if text[i] != '\n' || i+1 >= s.End || !listMarker(text[i+1:s.End]) {
				continue
			}
			if strings.TrimSpace(text[start:i]) != "" {
				out = append(out, Span{start, i})
				start = i + 1
			}
		}
		out = append(out, Span{start, s.End})
	}
	return out
}

// listMarker reports whether line starts with a bullet or an item number and a space.
func listMarker(line string) bool {
	line = strings.TrimLeft(line, " \t")
	for _, bullet := range []string{"- ", "* ", "• ", "– ", "· "} {
		if strings.HasPrefix(line, bullet) {
			return true
		}
	}
	digits := 0
	for digits < len(line) && digits < 3 && isDigit(line[digits]) {
		digits++
	}
	return digits > 0 && digits+1 < len(line) && (line[digits] == '.' || line[digits] == ')') && line[digits+1] == ' '
}

// splitAfterNumbers ends a sentence after a number and its period when a capitalised word
// follows: "going back to 2019. The regulator ...", "was 12.5. Around 85,000 ...". The English
// model takes any run of digits with a period for a list number ("1.") or an abbreviation
// ("12.5.") and never ends a sentence there, so a sentence that ends with a year or a figure
// swallowed the next one. A number that opens its line is still a list number.
func splitAfterNumbers(text string, spans []Span) []Span {
	var out []Span
	for _, s := range spans {
		start := s.Start
		for i := s.Start; i < s.End; i++ {
			if text[i] != '.' || i == start || !(isDigit(text[i-1]) || text[i-1] == '%' && i-1 > start && isDigit(text[i-2])) {
				continue
			}
			j := i - 1
			if text[j] == '%' {
				j--
			}
			// Back over the number: digits, and a decimal point or thousands comma between digits.
			for j > start && (isDigit(text[j-1]) || (text[j-1] == '.' || text[j-1] == ',') && j-1 > start && isDigit(text[j-2])) {
				j--
			}
			if j == start || (text[j-1] != ' ' && text[j-1] != '\t') || !wordBeforeOnLine(text, start, j-1) {
				continue
			}
			next := i + 1
			if next >= s.End || (text[next] != ' ' && text[next] != '\n') {
				continue
			}
			for next < s.End && (text[next] == ' ' || text[next] == '\n') {
				next++
			}
			if next < s.End && opensSentence(text[next:s.End]) {
				out = append(out, Span{start, i + 1})
				start = i + 1
			}
		}
		out = append(out, Span{start, s.End})
	}
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// splitAfterLetters ends a sentence after a lone capital letter and its period when a lower-case
// word comes before it and a usual sentence opener after it: "reach even a grade C. These are
// not rounding errors", "needs vitamin D. It is cheap". The English model takes any such letter
// for an initial and never ends a sentence there. An initial in a name keeps its sentence: a
// capitalised name stands before it ("John F. Kennedy") or after it ("J. R. Vance").
func splitAfterLetters(text string, spans []Span) []Span {
	var out []Span
	for _, s := range spans {
		start := s.Start
		for i := s.Start + 2; i+1 < s.End; i++ {
			if text[i] != '.' || text[i+1] != ' ' || text[i-1] < 'A' || text[i-1] > 'Z' || text[i-2] != ' ' {
				continue
			}
			before := strings.TrimRight(text[start:i-2], " ")
			prev := before[strings.LastIndexAny(before, " \n\t")+1:]
			if prev == "" || prev[0] < 'a' || prev[0] > 'z' {
				continue
			}
			if next := strings.ToLower(firstToken(text[i+1 : s.End])); !sentenceOpeners[next] || !opensSentence(strings.TrimLeft(text[i+1:s.End], " ")) {
				continue
			}
			out = append(out, Span{start, i + 1})
			start = i + 1
		}
		out = append(out, Span{start, s.End})
	}
	return out
}

// wordBeforeOnLine reports whether text[from:at] holds something other than spaces after its
// last line break: the number at is not the first thing on its line.
func wordBeforeOnLine(text string, from, at int) bool {
	for k := at - 1; k >= from; k-- {
		switch text[k] {
		case '\n':
			return false
		case ' ', '\t':
			continue
		}
		return true
	}
	return false
}

// opensSentence reports whether s starts with a capital letter, perhaps after an opening quote
// or bracket.
func opensSentence(s string) bool {
	for _, r := range s {
		switch r {
		case '"', '\'', '“', '‘', '(', '[', '«':
			continue
		}
		return unicode.IsUpper(r)
	}
	return false
}

// titleAbbreviations never end a sentence: a name always follows them.
var titleAbbreviations = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "capt": true, "lt": true, "col": true, "sgt": true, "st": true,
	"rev": true, "hon": true, "pres": true, "cpl": true,
}

// countryAbbreviations end a sentence only when a usual sentence opener follows ("in the U.S. The
// ..."), not before a name or noun ("U.S. Coalition").
var countryAbbreviations = map[string]bool{"u.s": true, "u.k": true, "u.n": true, "e.u": true}

var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "it": true, "he": true, "she": true, "they": true,
	"we": true, "i": true, "you": true, "this": true, "that": true, "these": true, "those": true,
	"but": true, "and": true, "in": true, "on": true, "at": true, "for": true, "if": true,
	"when": true, "there": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"as": true, "so": true, "yet": true, "still": true, "then": true, "after": true, "since": true,
}

// mergeAbbreviations joins sentences that the model split after an abbreviation.
func mergeAbbreviations(text string, spans []Span) []Span {
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 {
			prev := strings.TrimRightFunc(text[out[n-1].Start:out[n-1].End], unicode.IsSpace)
			last := lastToken(prev)
			next := strings.ToLower(firstToken(text[s.Start:s.End]))
			if strings.HasSuffix(prev, ".") && (titleAbbreviations[last] ||
				(countryAbbreviations[last] && next != "" && !sentenceOpeners[next])) {
				out[n-1].End = s.End
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// lastToken returns the last whitespace-separated token of s, lower-cased, without its final
// period.
func lastToken(s string) string {
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	tok := strings.TrimLeft(s[i+1:], "(\"'“‘")
	return strings.ToLower(strings.TrimSuffix(tok, "."))
}

// firstToken returns the first word of s.
func firstToken(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '›':
		return true
	}
	return false
}

// paragraphs splits text at blank lines.
func paragraphs(text string) []Span {
	var spans []Span
	start := -1
	lineStart := 0
	first := true // no line has been read yet
	for lineStart <= len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		line := text[lineStart:lineEnd]
		blank := strings.TrimSpace(line) == ""
		if blank && start >= 0 {
			spans = append(spans, trimmed(text, start, lineStart))
			start = -1
		} else if !blank && start < 0 {
			start = lineStart
		}
		if !blank && first {
			first = false
			// A title line with the text straight under it is a paragraph of its own: "THE
			// CAMERA CASH MACHINE: What Ardlow Police's Own Report Really Says" over "Friends, ...".
			if next := nextLine(text, lineEnd); titleLine(line) && next != "" && opensSentence(next) {
				spans = append(spans, trimmed(text, start, lineEnd))
				start = -1
			}
		}
		lineStart = lineEnd + 1
	}
	if start >= 0 {
		spans = append(spans, trimmed(text, start, len(text)))
	}
	return spans
}

func trimmed(text string, start, end int) Span {
	s, e := trimSpan(text, start, end)
	return Span{s, e}
}

func trimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// nextLine returns the line that starts after the line break at end, or "" at the end of text.
func nextLine(text string, end int) string {
	if end >= len(text) {
		return ""
	}
	rest := text[end+1:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	return strings.TrimSpace(rest)
}

// titleLine reports whether a line reads as a title: at most 25 words, not ending like a sentence
// or a wrapped line (a full stop, a comma, a colon), and in title case or capitals: most of its
// words of four letters or more start with a capital.
func titleLine(line string) bool {
	line = strings.TrimSpace(line)
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 25 || strings.HasSuffix(line, ".") || strings.HasSuffix(line, ",") ||
		strings.HasSuffix(line, ";") || strings.HasSuffix(line, ":") {
		return false
	}
	long, capitalised := 0, 0
	for _, w := range words {
		w = strings.Trim(w, "\"'“”‘’()[]:;,.!?")
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capitalised++
		}
	}
	return long > 0 && capitalised*5 >= long*3
}
