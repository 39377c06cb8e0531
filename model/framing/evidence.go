package framing

import (
	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// sourceWord returns the text of a source word with the given stem inside a span.
func (r *run) sourceWord(span document.Span, stem string) (string, bool) {
	src := r.src.doc
	from, to := src.WordsIn(span)
	for _, w := range src.Words[from:to] {
		if w.Stem == stem {
			return src.Text[w.Start:w.End], true
		}
	}
	return "", false
}

// sourceSentence returns the source sentence holding a span, clipped to a passage.
func (r *run) sourceSentence(span, passage document.Span) document.Span {
	src := r.src.doc
	si := src.SentenceAt(span.Start)
	if si < 0 {
		return passage
	}
	s := src.Sentences[si].Span
	out := document.Span{Start: max(s.Start, passage.Start), End: min(s.End, passage.End)}
	if out.Len() <= 0 {
		return passage
	}
	return out
}

// evidence links an opinion sentence to a source span, scored by the share of distinctive words
// they have in common (Dice coefficient over content stems).
func (r *run) evidence(sentence int, span document.Span) report.Evidence {
	src := r.src.doc
	s := r.op.Sentences[sentence]
	a := contentStems(r.op.Words[s.FirstWord:s.EndWord])
	from, to := src.WordsIn(span)
	b := contentStems(src.Words[from:to])
	common := 0
	for st := range a {
		if b[st] {
			common++
		}
	}
	score := 0.0
	if len(a)+len(b) > 0 {
		score = float64(2*common) / float64(len(a)+len(b))
	}
	return report.Evidence{
		Side:  report.Source,
		Start: span.Start,
		End:   span.End,
		Text:  src.Text[span.Start:span.End],
		Score: float64(int(score*1e4+0.5)) / 1e4,
	}
}

func contentStems(words []document.Word) map[string]bool {
	set := map[string]bool{}
	for _, w := range words {
		if content(w) {
			set[w.Stem] = true
		}
	}
	return set
}
