package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ListLead returns the sentence that leads into the list a span is an item of: the last
// sentence before it that ends in a colon, with nothing but list items between. A span that is
// not a list item has none.
func (d *Document) ListLead(span Span) (Span, bool) {
	si := d.SentenceAt(span.Start)
	for k := si; k >= 0 && k > si-20; k-- {
		s := d.Sentences[k]
		if k < si && strings.HasSuffix(strings.TrimSpace(d.Slice(s.Span)), ":") {
			return s.Span, true
		}
		if !listItem(d, s) {
			return Span{}, false
		}
	}
	return Span{}, false
}

// listItem reports whether a sentence opens a line with a list marker: "-", "*", "•" or "1.".
func listItem(d *Document, s Sentence) bool {
	lineStart := strings.LastIndexByte(d.Text[:s.Start], '\n') + 1
	line := strings.TrimSpace(d.Text[lineStart:s.Start])
	if lineStart == s.Start || line == "" {
		line = strings.TrimSpace(d.Text[s.Start:min(len(d.Text), s.Start+3)])
	}
	if line == "" {
		return false
	}
	switch line[0] {
	case '-', '*':
		return true
	}
	if strings.HasPrefix(line, "•") {
		return true
	}
	digits := strings.TrimLeft(line, "0123456789")
	return len(digits) < len(line) && (strings.HasPrefix(digits, ".") || strings.HasPrefix(digits, ")"))
}

// ListNumber reports whether the number at words [first, last] opens a line as a list marker or
// a section number: "1. The appeal is allowed", "2) the club submit a plan", "4.2 Officers
// propose".
func (d *Document) ListNumber(first, last int) bool {
	lineStart := strings.LastIndexByte(d.Text[:d.Words[first].Start], '\n') + 1
	if strings.TrimSpace(d.Text[lineStart:d.Words[first].Start]) != "" {
		return false
	}
	after := d.Text[d.Words[last].End:min(len(d.Text), d.Words[last].End+2)]
	if strings.HasPrefix(after, ". ") || strings.HasPrefix(after, ") ") {
		return true
	}
	// A numbered paragraph: digits with a point in them, then a capital ("2.1 The council").
	number := d.Text[d.Words[first].Start:d.Words[last].End]
	r, _ := utf8.DecodeRuneInString(d.Text[d.Words[last].End+min(1, len(after)):])
	return first == last && strings.Contains(number, ".") && strings.Trim(number, "0123456789.") == "" &&
		strings.HasPrefix(after, " ") && unicode.IsUpper(r)
}
