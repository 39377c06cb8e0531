package framing

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// patterns finds the framing that no word list captures: rhetorical questions, exclamations,
// scare quotes and capitals for emphasis.
func (r *run) patterns() []candidate {
	var out []candidate
	out = append(out, r.questions()...)
	out = append(out, r.scareQuotes()...)
	out = append(out, r.capitals()...)
	return out
}

// mergePatterns adds the pattern candidates to the lexical ones, leaving out a pattern that
// overlaps a lexical candidate of the same subkind: the word list is more specific.
func mergePatterns(lex, pats []candidate) []candidate {
	sorted := make([]document.Span, 0, len(lex))
	kinds := make([]report.Subkind, 0, len(lex))
	idx := make([]int, len(lex))
	for i := range lex {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return lex[idx[a]].span.Start < lex[idx[b]].span.Start })
	for _, i := range idx {
		sorted = append(sorted, lex[i].span)
		kinds = append(kinds, lex[i].subkind)
	}
	out := lex
	for _, p := range pats {
		dup := false
		// Lexical spans do not nest, so those that can overlap p start within maxSpan before it.
		i := sort.Search(len(sorted), func(i int) bool { return sorted[i].End > p.span.Start })
		for ; i < len(sorted) && sorted[i].Start < p.span.End; i++ {
			if kinds[i] == p.subkind && sorted[i].Overlap(p.span) > 0 {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}

// questions finds rhetorical questions and exclamations: sentences of the writer's own that end
// in '?' or '!', not a quoted speaker's, not copied from the source, and not a question the
// source itself asks.
func (r *run) questions() []candidate {
	var out []candidate
	for _, s := range r.op.Sentences {
		mark, at := finalMark(r.op.Text, s.Span)
		if mark != '?' && mark != '!' {
			continue
		}
		if r.quotes.inside(at) || r.op.InBlockQuote(s.Span) {
			continue
		}
		span := document.Span{Start: s.Start, End: at + 1}
		sub := report.RhetoricalQuestion
		if mark == '!' {
			sub = report.Appeal
		}
		if r.src != nil && r.copiedShare(s.FirstWord, s.EndWord) >= 0.5 {
			r.echoes = append(r.echoes, Echo{Span: span, Subkind: sub, Phrase: string(mark)})
			continue
		}
		if r.src != nil && r.src.contains(document.Fold(r.op.Text[span.Start:span.End])) {
			continue
		}
		c := candidate{span: span, subkind: sub}
		if mark == '?' {
			c.explanation = "Rhetorical question: it invites a conclusion without stating or supporting it."
		} else {
			c.explanation = "Exclamation: the exclamation mark adds emotion, not information, and presses the reader to share it."
		}
		out = append(out, c)
	}
	return out
}

// finalMark returns the last character of a span before any closing quotes, brackets and space,
// and its offset.
func finalMark(text string, s document.Span) (rune, int) {
	end := s.End
	for end > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[s.Start:end])
		if !unicode.IsSpace(r) && !strings.ContainsRune("\"'”’)]»", r) {
			return r, end - size
		}
		end -= size
	}
	return 0, s.Start
}

// mentionWords before a quotation mean its words are named or mentioned, not held at a distance
// ("a report titled 'Jobs First'", "the word 'recovery'").
var mentionWords = setOf("titled", "entitled", "headlined", "named", "nicknamed", "codenamed",
	"called", "word", "words", "term", "terms", "phrase", "label", "slogan", "motto", "hashtag",
	"banner", "heading", "headline", "caption", "reads", "read", "marked", "signed", "so")

// speechWords attribute words to a speaker, for framing-only mode.
var speechWords = setOf("said", "says", "told", "tells", "according", "wrote", "writes", "stated",
	"asked", "replied", "added", "insisted", "claimed", "calls", "dubbed", "termed", "labelled",
	"labeled", "branded", "described", "describes", "quipped", "declared", "announced", "tweeted",
	"posted", "remarked", "promised", "vowed", "warned")

// scareQuotes finds one to three words in quotation marks that quote no one: in the source's
// words nowhere, or, without a source, in a sentence that attributes nothing to a speaker.
func (r *run) scareQuotes() []candidate {
	var out []candidate
	text := r.op.Text
	for _, q := range r.quotes.all {
		if !q.closed || q.nested {
			continue
		}
		_, closeLen := utf8.DecodeLastRuneInString(text[q.Start:q.End])
		inner := document.Span{Start: q.Start + q.markLen, End: q.End - closeLen}
		if inner.Len() <= 0 {
			continue
		}
		from, to := r.op.WordsIn(inner)
		if n := to - from; n < 1 || n > 3 {
			continue
		}
		innerText := text[inner.Start:inner.End]
		if strings.ContainsAny(strings.TrimRight(innerText, " ,."), ".!?;:") || !r.looseWords(from, to) {
			continue
		}
		if from > 0 && r.op.Words[from-1].Sentence == r.op.Words[from].Sentence &&
			mentionWords[r.op.Words[from-1].Norm] {
			continue
		}
		folded := document.Fold(innerText)
		switch {
		case r.src != nil:
			if r.src.contains(folded) || (r.copied != nil && r.copiedShare(from, to) == 1) {
				continue
			}
		case r.attributed(r.op.Words[from].Sentence):
			continue
		}
		c := candidate{span: q.Span, subkind: report.Distancing}
		c.explanation = "Scare quotes: putting " + quote(strings.TrimRight(innerText, " ,.")) +
			" in quotation marks casts doubt on it without saying why; "
		if r.src != nil {
			c.explanation += "the source does not use these words."
		} else {
			c.explanation += "no one is quoted."
		}
		out = append(out, c)
	}
	return out
}

// looseWords reports whether words [from, to) read as ordinary words rather than a name or a
// number: not all digits, not a lone letter, not two or more capitalised words.
func (r *run) looseWords(from, to int) bool {
	capitalised := 0
	for _, w := range r.op.Words[from:to] {
		first, _ := utf8.DecodeRuneInString(r.op.Text[w.Start:w.End])
		switch {
		case unicode.IsDigit(first):
			return false
		case unicode.IsUpper(first):
			capitalised++
		}
	}
	if to-from == 1 && utf8.RuneCountInString(r.op.Words[from].Norm) < 2 {
		return false
	}
	return to-from == 1 || capitalised < to-from
}

// attributed reports whether a sentence credits words to a speaker.
func (r *run) attributed(sentence int) bool {
	s := r.op.Sentences[sentence]
	for _, w := range r.op.Words[s.FirstWord:s.EndWord] {
		if speechWords[w.Norm] {
			return true
		}
	}
	return false
}

// emphasisWords are common words that writers set in capitals for emphasis; a capitalised word
// outside this list counts as emphasis only when it also appears in lower case, so acronyms
// (NATO, UNICEF) are left alone.
var emphasisWords = setOf("not", "never", "all", "every", "none", "nothing", "nobody", "this",
	"that", "must", "now", "real", "true", "truth", "very", "yes", "any", "only", "ever", "lie",
	"lies", "lied", "fact", "facts", "they", "them", "you", "your", "our", "will", "would", "did",
	"does", "can", "cannot", "can't", "won't", "don't", "didn't", "isn't", "wasn't", "aren't",
	"huge", "massive", "totally", "absolutely", "completely", "before", "after", "again", "still",
	"more", "less", "most", "least", "first", "last", "zero", "and", "but", "why", "what", "who",
	"how", "where", "when", "knew", "know", "right", "wrong", "bad", "good", "worst", "best",
	"biggest", "stop", "read", "look", "listen", "wake", "free", "help", "warning", "breaking",
	"urgent", "important", "need", "here", "there", "shame", "fake", "crisis", "disaster", "done",
	"over", "everyone", "everything", "anyone", "anything", "always", "really", "actually", "even",
	"exactly", "precisely", "literally", "was", "were", "are", "has", "had", "have", "should",
	"years", "months", "days", "million", "billion", "thousands", "millions", "billions", "own",
	"same", "false", "lying", "fraud", "scam", "cover", "hidden", "secret", "dead", "killed")

// capitals finds words set in capitals for emphasis: three or more letters, all capitals, in a
// sentence that is otherwise in mixed case, not next to other capitalised words (a heading or an
// acronym run), not written in capitals by the source, and not an acronym.
func (r *run) capitals() []candidate {
	var out []candidate
	words := r.op.Words
	var lower map[string]bool
	for i, w := range words {
		surface := r.op.Text[w.Start:w.End]
		if !allCaps(surface) || letterCount(surface) < 3 || strings.ContainsAny(w.Norm, ".0123456789") ||
			romanNumeral(surface) {
			continue
		}
		s := r.op.Sentences[w.Sentence]
		if !hasLower(r.op.Text[s.Start:s.End]) || r.capsNeighbour(i-1, w.Sentence) || r.capsNeighbour(i+1, w.Sentence) {
			continue
		}
		if r.src != nil && (r.src.caps[w.Norm] || (r.copied != nil && r.copied[i])) {
			continue
		}
		if !emphasisWords[w.Norm] {
			if lower == nil {
				lower = r.lowerWords()
			}
			if !lower[w.Norm] {
				continue
			}
		}
		out = append(out, candidate{
			span:    w.Span,
			subkind: report.Intensifier,
			explanation: "Capitals for emphasis: " + quote(surface) +
				" is set in capitals to shout it, adding force but no information.",
		})
	}
	return out
}

func (r *run) capsNeighbour(i, sentence int) bool {
	if i < 0 || i >= len(r.op.Words) || r.op.Words[i].Sentence != sentence {
		return false
	}
	w := r.op.Words[i]
	return allCaps(r.op.Text[w.Start:w.End])
}

// lowerWords returns the folded forms of words written in lower case in either document.
func (r *run) lowerWords() map[string]bool {
	set := map[string]bool{}
	add := func(d *document.Document) {
		for _, w := range d.Words {
			if !hasUpper(d.Text[w.Start:w.End]) {
				set[w.Norm] = true
			}
		}
	}
	add(r.op)
	if r.src != nil {
		add(r.src.doc)
	}
	return set
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func hasLower(s string) bool { return strings.IndexFunc(s, unicode.IsLower) >= 0 }
func hasUpper(s string) bool { return strings.IndexFunc(s, unicode.IsUpper) >= 0 }

// romanNumeralPattern matches a well-formed Roman numeral.
var romanNumeralPattern = regexp.MustCompile(`^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$`)

// romanNumeral reports a Roman numeral (III, XIV, MCMXC).
func romanNumeral(s string) bool { return romanNumeralPattern.MatchString(s) }
