package framing

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

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
			mentionWords[r.op.Words[from-1].Norm] && !r.soCalled(from-1) {
			continue // "a report titled 'Jobs First'"; but a so-called "corridor" is held at a distance
		}
		folded := foldWords(r.op.Words[from:to])
		inSource := r.src != nil && r.src.contains(folded)
		// A speaker's own words, credited to them, quote someone, unless the writer lifts out a
		// word or two of the source's: "keeps the rate 'under review'", "calls this estimate
		// 'preliminary'" hold the source's wording at arm's length. The source's own criticism
		// ("called the delays 'unacceptable'") is cited, not doubted.
		attributed := r.attributed(r.op.Words[from].Sentence)
		if attributed && (r.src == nil || inSource && r.critical(from, to)) {
			continue
		}
		c := candidate{span: q.Span, subkind: report.Distancing}
		c.explanation = "Scare quotes: putting " + quote(strings.TrimRight(innerText, " ,.")) +
			" in quotation marks casts doubt on it without saying why; "
		switch {
		case inSource && attributed:
			c.explanation += "the words are the source's, lifted out of it and held at arm's length."
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

// critical reports whether words [from, to) hold a word of negative feeling (VADER valence -1 or
// less): "unacceptable", "very poor", "a serious underestimate".
func (r *run) critical(from, to int) bool {
	for _, w := range r.op.Words[from:to] {
		if valences()[w.Norm] <= -1 {
			return true
		}
	}
	return false
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

// attributed reports whether a sentence credits words to a speaker. The "called" of "so-called"
// credits no one: it doubts the name.
func (r *run) attributed(sentence int) bool {
	s := r.op.Sentences[sentence]
	for i := s.FirstWord; i < s.EndWord; i++ {
		if speechWords[r.op.Words[i].Norm] && !r.soCalled(i) && !r.weAreTold(i) {
			return true
		}
	}
	return false
}

// weAreTold reports whether word i is the "told" of "we are told", "we're told", "we were told"
// or "we have been told": the writer holding a claim at arm's length, crediting no one.
func (r *run) weAreTold(i int) bool {
	w := r.op.Words
	if w[i].Norm != "told" || i < 1 {
		return false
	}
	prev, prev2 := w[i-1].Norm, ""
	if i >= 2 {
		prev2 = w[i-2].Norm
	}
	return prev == "we're" || (prev == "are" || prev == "were") && prev2 == "we" ||
		prev == "been" && (prev2 == "have" || prev2 == "we've")
}

// soCalled reports whether word i is the "called" of "so-called" or "so called".
func (r *run) soCalled(i int) bool {
	return i > 0 && r.op.Words[i].Norm == "called" && r.op.Words[i-1].Norm == "so" &&
		r.op.Words[i-1].Sentence == r.op.Words[i].Sentence
}
