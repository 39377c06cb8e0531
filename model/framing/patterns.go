package framing

import (
	"cmp"
	"regexp"
	"slices"
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
	out = append(out, r.asides()...)
	out = append(out, r.insertions()...)
	out = append(out, r.droppedHedges()...)
	return out
}

// mergePatterns adds the pattern candidates to the lexical ones, leaving out a pattern that
// overlaps a lexical candidate of the same subkind (the word list is more specific) or an earlier
// pattern of the same subkind.
func mergePatterns(lex, pats []candidate) []candidate {
	taken := map[report.Subkind][]document.Span{} // per subkind, sorted by start, not overlapping
	for _, c := range lex {
		taken[c.subkind] = append(taken[c.subkind], c.span)
	}
	for _, spans := range taken {
		slices.SortFunc(spans, func(a, b document.Span) int { return cmp.Compare(a.Start, b.Start) })
	}
	sorted := slices.Clone(pats)
	slices.SortStableFunc(sorted, func(a, b candidate) int { return cmp.Compare(a.span.Start, b.span.Start) })
	lastEnd := map[report.Subkind]int{} // end of the last pattern kept, per subkind
	out := lex
	for _, p := range sorted {
		if end, ok := lastEnd[p.subkind]; ok && p.span.Start < end {
			continue
		}
		spans := taken[p.subkind]
		i := sort.Search(len(spans), func(i int) bool { return spans[i].End > p.span.Start })
		dup := false
		// Lexical spans of one subkind do not overlap, so ends grow with starts.
		for ; i < len(spans) && spans[i].Start < p.span.End; i++ {
			if spans[i].Overlap(p.span) > 0 {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, p)
			lastEnd[p.subkind] = p.span.End
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
		if r.src != nil && r.src.asks(foldWords(r.op.Words[s.FirstWord:s.EndWord]), mark) {
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

// speechWords attribute words to a speaker.
var speechWords = setOf("say", "said", "says", "told", "tells", "according", "wrote", "writes",
	"stated", "states", "asked", "replied", "added", "insisted", "claimed", "call", "calls",
	"called", "dubbed", "termed", "labelled", "labeled", "branded", "described", "describes",
	"describe", "quipped", "declared", "announced", "tweeted", "posted", "remarked", "promised",
	"vowed", "warned", "warns", "expects", "expected", "predicted", "predicts", "reported",
	"reports", "noted", "notes", "quoted", "quotes", "words", "phrase", "explained")

// scareQuotes finds one to three words in quotation marks that quote no one: words the source
// never uses, or words in a sentence that attributes nothing to a speaker. Putting the source's
// own word in quotation marks without saying who said it ('the "recovery"') distances the writer
// from it as much as an invented one.
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
		folded := foldWords(r.op.Words[from:to])
		inSource := r.src != nil && r.src.contains(folded)
		if (r.src == nil || inSource) && r.attributed(r.op.Words[from].Sentence) {
			continue
		}
		c := candidate{span: q.Span, subkind: report.Distancing}
		c.explanation = "Scare quotes: putting " + quote(strings.TrimRight(innerText, " ,.")) +
			" in quotation marks casts doubt on it without saying why; "
		switch {
		case inSource:
			c.explanation += "the words are the source's, but no one is credited with them."
		case r.src != nil:
			c.explanation += "the source does not use these words."
		default:
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

// capitals finds words set in capitals for emphasis: runs of capitalised words (at least one of
// three or more letters) in a paragraph otherwise in mixed case, not written in capitals by the
// source, and not acronyms. A capitalised word counts as an ordinary word when it is a common word
// of emphasis or a function word (but not "US"), has an English ending (-S, -ED, -ING, -LY), or
// appears in lower case in either document.
func (r *run) capitals() []candidate {
	var out []candidate
	words := r.op.Words
	var lower map[string]bool
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && words[j].Sentence == words[i].Sentence && r.capsWord(j) {
			j++
		}
		if j == i {
			i++
			continue
		}
		run := words[i:j]
		i = j
		long := false
		ok := true
		for k, w := range run {
			surface := r.op.Text[w.Start:w.End]
			long = long || letterCount(surface) >= 3
			if r.src != nil && (r.src.caps[w.Norm] || (r.copied != nil && r.copied[j-len(run)+k])) {
				ok = false
				break
			}
			if !emphasisWords[w.Norm] && !englishEnding(surface) && !(closedClass[w.Norm] && w.Norm != "us") {
				if lower == nil {
					lower = r.lowerWords()
				}
				if !lower[w.Norm] {
					ok = false
					break
				}
			}
		}
		if !ok || !long {
			continue
		}
		p := r.op.ParagraphAt(run[0].Start)
		if p < 0 || !hasLower(r.op.Text[r.op.Paragraphs[p].Start:r.op.Paragraphs[p].End]) {
			continue
		}
		span := document.Span{Start: run[0].Start, End: run[len(run)-1].End}
		text := r.op.Text[span.Start:span.End]
		out = append(out, candidate{
			span:    span,
			subkind: report.Intensifier,
			explanation: "Capitals for emphasis: " + quote(text) +
				" is set in capitals to shout it, adding force but no information.",
		})
	}
	return out
}

// capsWord reports whether word i is written in capitals: two or more letters, no digits, not a
// dotted abbreviation or a Roman numeral.
func (r *run) capsWord(i int) bool {
	w := r.op.Words[i]
	surface := r.op.Text[w.Start:w.End]
	return allCaps(surface) && !strings.ContainsAny(w.Norm, ".0123456789") && !romanNumeral(surface)
}

// englishEnding reports a capitalised word of six or more letters with an English inflection,
// which acronyms do not have.
func englishEnding(s string) bool {
	if letterCount(s) < 6 {
		return false
	}
	for _, end := range []string{"S", "ED", "ING", "LY"} {
		if strings.HasSuffix(s, end) && !strings.HasSuffix(s, "SS") {
			return true
		}
	}
	return false
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
