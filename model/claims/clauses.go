package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/document"
)

// clause is a stretch of an opinion sentence that may state one checkable thing.
type clause struct {
	span     document.Span
	from, to int // word range
	sentence int
}

// clauses cuts the opinion's assertions into clauses at semicolons, dashes and ", but". Questions,
// commands, first-person opinions and very short sentences are not assertions and are left out.
func clauses(d *document.Document) []clause {
	var out []clause
	for si, s := range d.Sentences {
		if !isAssertion(d, s) {
			continue
		}
		from := s.FirstWord
		for w := s.FirstWord + 1; w < s.EndWord; w++ {
			gap := d.Text[d.Words[w-1].End:d.Words[w].Start]
			cut := strings.ContainsAny(gap, ";—–") || strings.Contains(gap, " - ") ||
				(strings.Contains(gap, ",") && (d.Words[w].Norm == "but" || d.Words[w].Norm == "while" || d.Words[w].Norm == "whereas"))
			if cut && w-from >= 5 && s.EndWord-w >= 5 {
				out = append(out, makeClause(d, from, w, si))
				from = w
			}
		}
		out = append(out, makeClause(d, from, s.EndWord, si))
	}
	return out
}

func makeClause(d *document.Document, from, to, sentence int) clause {
	return clause{span: document.Span{Start: d.Words[from].Start, End: d.Words[to-1].End}, from: from, to: to, sentence: sentence}
}

var opinionMarkers = []string{"i think", "i believe", "i suspect", "in my view", "in my opinion", "i wonder", "we need", "we must", "let us", "let's"}

// commandVerbs open sentences that tell the reader to do something.
var commandVerbs = map[string]bool{
	"consider": true, "ask": true, "look": true, "remember": true, "think": true, "imagine": true,
	"wake": true, "share": true, "read": true, "don't": true, "do": true, "stop": true, "make": true,
	"demand": true, "call": true, "write": true, "tell": true, "follow": true, "note": true,
	"check": true, "boil": true, "keep": true, "avoid": true, "see": true, "trust": true, "go": true,
	"get": true, "take": true, "never": true, "just": true, "please": true, "bring": true,
	"use": true, "wash": true, "buy": true, "sell": true, "hold": true, "put": true, "let": true,
	"add": true, "stay": true, "drink": true, "vote": true, "join": true, "sponge": true,
}

func isAssertion(d *document.Document, s document.Sentence) bool {
	n := s.EndWord - s.FirstWord
	if n < 4 {
		return false
	}
	text := strings.TrimRightFunc(d.Slice(s.Span), func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("\"'”’)]", r) })
	if strings.HasSuffix(text, "?") {
		return false
	}
	lower := strings.ToLower(text)
	for _, m := range opinionMarkers {
		if strings.HasPrefix(lower, m) {
			return false
		}
	}
	first := d.Words[s.FirstWord].Norm
	if commandVerbs[first] && (s.FirstWord+1 >= s.EndWord || !isSubjectStart(d.Words[s.FirstWord+1].Norm)) {
		return false
	}
	// A headline with no verb-like ending reads as a title, not a claim.
	if s.Paragraph == 0 && d.Title != "" && strings.Contains(d.Title, strings.TrimSpace(text)) {
		return false
	}
	if first == "if" || first == "unless" {
		return false // a condition, not a statement of fact
	}
	// Normative sentences state what ought to be, not what is; sentences about the writer or the
	// reader are personal unless they carry a figure; a checkable assertion names someone or
	// something specific (a proper name) or gives a figure.
	personal, figure, named := false, false, false
	for w := s.FirstWord; w < s.EndWord; w++ {
		n := d.Words[w].Norm
		switch n {
		case "should", "must", "ought", "deserve", "deserves":
			return false
		case "i", "i've", "i'm", "i'd", "me", "my", "you", "your", "you're", "you've", "we", "our", "us":
			personal = true
		}
		if n != "" && n[0] >= '0' && n[0] <= '9' || numberWords[n] > 0 {
			figure = true
		}
		if w > s.FirstWord {
			r, _ := utf8.DecodeRuneInString(d.Slice(d.Words[w].Span))
			if unicode.IsUpper(r) && !commonCapitals[n] {
				named = true
			}
		}
	}
	if personal && !figure {
		return false
	}
	return figure || named
}

// commonCapitals are capitalised words that do not name anything specific.
var commonCapitals = map[string]bool{"i": true, "i've": true, "i'm": true, "i'd": true}

func isSubjectStart(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "that", "which", "who":
		return true
	}
	return false
}
