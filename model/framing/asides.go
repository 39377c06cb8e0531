package framing

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// readerVerbs open a sentence that tells the reader what to do or think ("Think about what that
// means.", "Share this.").
// Verbs that merely direct attention ("Look at the figures") are left out: they narrate.
var readerVerbs = setOf("think", "imagine", "remember", "ask", "tell", "picture", "share",
	"spread", "wake", "forget", "stop", "face", "trust", "believe", "join", "act", "call", "write",
	"demand", "contact", "sign", "wait", "guess", "try", "recall")

// imperativeOpeners may come before the verb of an imperative ("So think about it", "Now ask").
var imperativeOpeners = setOf("so", "now", "just", "please", "and", "but", "then", "simply")

// imperativeFollowers may follow the verb of an imperative besides function words; a content
// word there means the first word is a noun ("Share prices fell", "Think tanks say").
var imperativeFollowers = setOf("now", "yourself", "yourselves", "carefully", "closely", "again",
	"twice", "hard", "ahead", "back", "around", "today", "it", "this", "that")

// asides finds two sentence shapes that argue without arguing: imperatives addressed to the
// reader, and verbless fragments that pass judgement on what came before ("Please.").
func (r *run) asides() []candidate {
	var out []candidate
	for si, s := range r.op.Sentences {
		mark, at := finalMark(r.op.Text, s.Span)
		if s.EndWord <= s.FirstWord || r.quotes.inside(r.op.Words[s.FirstWord].Start) ||
			r.op.InBlockQuote(s.Span) || (r.src != nil && r.copiedShare(s.FirstWord, s.EndWord) >= 0.5) {
			continue
		}
		span := document.Span{Start: s.Start, End: s.End}
		if mark != 0 {
			span.End = at + utf8.RuneLen(mark)
		}
		switch {
		case mark != '?' && r.imperative(s):
			out = append(out, candidate{span: span, subkind: report.Appeal,
				explanation: "Call to the reader: the sentence tells the reader what to do or think instead of giving evidence."})
		case mark == '.' && r.fragment(si):
			out = append(out, candidate{span: span, subkind: report.Distancing,
				explanation: "Aside: the fragment " + quote(r.op.Text[span.Start:span.End]) +
					" comments on what came before instead of arguing with it."})
		}
	}
	return out
}

// imperative reports a sentence that opens with a verb addressed to the reader.
func (r *run) imperative(s document.Sentence) bool {
	i := s.FirstWord
	for i < s.EndWord && imperativeOpeners[r.op.Words[i].Norm] {
		i++
	}
	if i >= s.EndWord || !readerVerbs[r.op.Words[i].Norm] {
		return false
	}
	if i+1 >= s.EndWord {
		return true
	}
	next := r.op.Words[i+1]
	if finiteVerbs[next.Norm] {
		return false // "Demand was ...": the first word is the subject
	}
	return closedClass[next.Norm] || imperativeFollowers[next.Norm] || objectPronouns[next.Norm]
}

// finiteVerbs are auxiliaries and modals: after a sentence's first word they make it a subject,
// and in a short sentence they make it a clause rather than a fragment.
var finiteVerbs = setOf("is", "are", "was", "were", "be", "been", "has", "have", "had", "do",
	"does", "did", "will", "would", "can", "could", "may", "might", "shall", "should", "must",
	"isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "didn't",
	"won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't")

// fragment reports a verbless sentence of one or two words without a number, inside a paragraph
// of longer sentences: not a title, a heading or a list item.
func (r *run) fragment(si int) bool {
	s := r.op.Sentences[si]
	n := s.EndWord - s.FirstWord
	if n < 1 || n > 2 {
		return false
	}
	p := r.op.Paragraphs[s.Paragraph]
	if p.Start == s.Start && p.End == s.End {
		return false // a paragraph of its own: a heading, a sign-off
	}
	capitalised := 0
	for _, w := range r.op.Words[s.FirstWord:s.EndWord] {
		first, _ := utf8.DecodeRuneInString(r.op.Text[w.Start:w.End])
		if unicode.IsDigit(first) || finiteVerbs[w.Norm] || strings.HasSuffix(w.Norm, "ed") {
			return false
		}
		if unicode.IsUpper(first) {
			capitalised++
		}
	}
	if n > 1 && capitalised == n {
		return false // a name
	}
	return !allCaps(r.op.Text[s.Start:s.End])
}
