package framing

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// readerVerbs open a sentence that tells the reader what to do or think ("Think about what that
// means.", "Share this.", "Bring a banner.", "Come to the meeting.", "Read that sentence again.").
// Verbs that merely direct attention ("Look at the figures") are left out: they narrate.
var readerVerbs = setOf("think", "imagine", "remember", "ask", "tell", "picture", "share",
	"spread", "wake", "forget", "stop", "face", "trust", "believe", "join", "act", "call", "write",
	"demand", "contact", "sign", "wait", "guess", "try", "recall", "bring", "put", "come", "read",
	"respond", "print", "forward", "go", "ring", "vote", "attend", "visit", "email", "phone",
	"donate", "subscribe", "follow", "let")

// verbsOnly are the reader verbs that are never nouns: any word that is not an auxiliary may
// follow them ("Put fermented vegetables on your table"). The others need a function word after
// them, or "Share prices fell" would be a call to the reader.
var verbsOnly = setOf("imagine", "remember", "tell", "forget", "believe", "recall", "bring", "put",
	"come", "respond", "donate", "subscribe")

// imperativeOpeners may come before the verb of an imperative ("So think about it", "Now ask").
var imperativeOpeners = setOf("so", "now", "just", "please", "and", "but", "then", "simply")

// imperativeFollowers may follow the verb of an imperative besides function words; a content
// word there means the first word is a noun ("Share prices fell", "Think tanks say").
var imperativeFollowers = setOf("now", "yourself", "yourselves", "carefully", "closely", "again",
	"twice", "hard", "ahead", "back", "around", "today", "it", "this", "that")

// frontWords open a sentence with a clause or phrase that sets the scene for what follows: after
// its comma an imperative may start ("If you have a card, stop what you're doing", "Starting
// this week, put vegetables on your table").
var frontWords = setOf("if", "when", "whenever", "once", "before", "until", "unless", "while",
	"after", "starting", "from", "in", "for", "next", "whatever", "wherever", "whoever")

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
		if mark == '?' {
			continue
		}
		if verb, ok := r.imperative(s); ok {
			span.Start = r.op.Words[verb].Start
			out = append(out, candidate{span: span, subkind: report.Appeal,
				explanation: "Call to the reader: the sentence tells the reader what to do or think instead of giving evidence."})
			continue
		}
		if mark == '.' && r.fragment(si) {
			out = append(out, candidate{span: span, subkind: report.Distancing,
				explanation: "Aside: the fragment " + quote(r.op.Text[span.Start:span.End]) +
					" comments on what came before instead of arguing with it."})
		}
	}
	return out
}

// imperative finds the first clause of a sentence that opens with a verb addressed to the reader,
// and returns the index of its first word. A clause opens the sentence, or follows a comma or a
// semicolon in a sentence that opens with a scene-setting clause ("If you got a letter, do not
// wait"), or follows another imperative's comma ("do not click links, and do not wait").
func (r *run) imperative(s document.Sentence) (int, bool) {
	if _, ok := r.imperativeAt(s, s.FirstWord); ok {
		return s.FirstWord, true // the whole sentence, openers and all ("So think about it.")
	}
	// After a scene-setting clause, or after a negative imperative of any verb ("do not click
	// links, and do not wait"), a comma may lead to an imperative to the reader.
	if _, negative := r.negated(s.FirstWord, s.EndWord); !frontWords[r.op.Words[s.FirstWord].Norm] && !negative {
		return 0, false
	}
	for i := s.FirstWord + 1; i < s.EndWord; i++ {
		gap := r.op.Text[r.op.Words[i-1].End:r.op.Words[i].Start]
		if !strings.ContainsAny(gap, ",;") || r.quotes.inside(r.op.Words[i].Start) {
			continue
		}
		if at, ok := r.imperativeAt(s, i); ok {
			return at, true
		}
	}
	return 0, false
}

// negated returns the word after a leading "do not", "don't" or "never", if there is one.
func (r *run) negated(i, end int) (int, bool) {
	w := r.op.Words
	switch {
	case i+2 < end && w[i].Norm == "do" && w[i+1].Norm == "not":
		return i + 2, true
	case i+1 < end && (w[i].Norm == "don't" || w[i].Norm == "never"):
		return i + 1, true
	}
	return 0, false
}

// imperativeAt reports whether the clause starting at word i, after any openers, opens with a verb
// addressed to the reader, negated or not ("Think about it", "do not wait for them"), and returns
// the index of the clause's first word after the openers.
func (r *run) imperativeAt(s document.Sentence, i int) (int, bool) {
	for i < s.EndWord && imperativeOpeners[r.op.Words[i].Norm] {
		i++
	}
	start := i
	if v, ok := r.negated(i, s.EndWord); ok {
		i = v
	}
	if i >= s.EndWord || !readerVerbs[r.op.Words[i].Norm] {
		return 0, false
	}
	if i+1 >= s.EndWord {
		return start, true
	}
	next := r.op.Words[i+1]
	if finiteVerbs[next.Norm] {
		return 0, false // "Demand was ...": the first word is the subject
	}
	if r.op.Words[i].Norm == "come" && (next.Norm == "on" || next.Norm == "the") {
		return 0, false // "Come on.", "Come the spring election, ...": an interjection, a when
	}
	for j := i + 1; r.op.Words[i].Norm == "put" && j < s.EndWord && j <= i+3; j++ {
		if strings.ContainsAny(r.op.Text[r.op.Words[j-1].End:r.op.Words[j].Start], ",;:") {
			return 0, false // "Put simply, ...", "Put another way, ...": a manner of speaking
		}
	}
	ok := verbsOnly[r.op.Words[i].Norm] || closedClass[next.Norm] || imperativeFollowers[next.Norm] ||
		objectPronouns[next.Norm]
	return start, ok
}

// finiteVerbs are auxiliaries and modals: after a sentence's first word they make it a subject,
// and in a short sentence they make it a clause rather than a fragment.
var finiteVerbs = setOf("is", "are", "was", "were", "be", "been", "has", "have", "had", "do",
	"does", "did", "will", "would", "can", "could", "may", "might", "shall", "should", "must",
	"isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "didn't",
	"won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't")

// assents are the words of a fragment that only agrees or answers ("Good.", "Fine.", "Exactly.",
// "Hear, hear.", "We agree.", "No."): the writer takes a side in the open, which is no aside.
// Mock praise ("Great. Brilliant.", "How convenient.") and doubt ("Perhaps.") stay asides.
var assents = setOf("good", "fine", "exactly", "right", "okay", "ok", "agreed", "agree", "true",
	"yes", "no", "correct", "indeed", "hear", "we", "i")

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
	capitalised, assenting := 0, 0
	for _, w := range r.op.Words[s.FirstWord:s.EndWord] {
		if assents[w.Norm] {
			assenting++
		}
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
	if assenting == n {
		return false // plain assent ("Good.", "Exactly.", "We agree."): the writer agrees, openly
	}
	return !allCaps(r.op.Text[s.Start:s.End])
}
