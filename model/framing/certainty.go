package framing

import (
	"fmt"
	"sort"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// shift checks a certainty-wording match: it is a certainty shift when its sentence carries no
// hedge and the source passage the sentence restates does. It returns the source's hedge (the
// longest in the passage) and the passage.
func (r *run) shift(h hit, hedged map[int]bool) (hit, document.Span, bool) {
	s := r.op.Words[h.first].Sentence
	if hedged[s] || r.src == nil || r.counterpart == nil {
		return hit{}, document.Span{}, false
	}
	cp, ok := r.counterpart(s)
	if !ok {
		return hit{}, document.Span{}, false
	}
	hedges := r.src.hedgesIn(cp)
	if len(hedges) == 0 {
		return hit{}, document.Span{}, false
	}
	best := hedges[0]
	for _, g := range hedges[1:] {
		if g.span.Len() > best.span.Len() {
			best = g
		}
	}
	return best, cp, true
}

// shiftCandidate writes out a certainty shift: the opinion's certain wording, with the source
// sentence that hedged as evidence.
func (r *run) shiftCandidate(h, hedge hit, cp document.Span) candidate {
	text := r.op.Text[h.span.Start:h.span.End]
	said := r.src.doc.Text[hedge.span.Start:hedge.span.End]
	ev := r.evidence(r.op.Words[h.first].Sentence, r.sourceSentence(hedge.span, cp))
	return candidate{
		span:    h.span,
		subkind: report.CertaintyShift,
		explanation: fmt.Sprintf("Certainty shift: the opinion says %s where the source says %s.",
			quote(text), quote(said)),
		evidence: []report.Evidence{ev},
	}
}

// reverseShifts finds the opposite shift: the opinion hedges ("may", "possibly") a statement the
// source passage makes without any hedge. To be sure both speak of the same thing, the word the
// hedge governs must occur in the source passage.
func (r *run) reverseShifts(hits []hit) []candidate {
	if r.src == nil || r.counterpart == nil {
		return nil
	}
	var out []candidate
	done := map[int]bool{}
	for _, h := range hits {
		s := r.op.Words[h.first].Sentence
		if h.e.subkind != Hedge || len(h.e.slots) != 1 || done[s] || r.copiedShare(h.first, h.end) > 0 {
			continue
		}
		cp, ok := r.counterpart(s)
		if !ok || len(r.src.hedgesIn(cp)) > 0 {
			continue
		}
		verb, ok := r.governed(h.end, s)
		if !ok {
			continue
		}
		plain, ok := r.sourceWord(cp, verb.Stem)
		if !ok {
			continue
		}
		done[s] = true
		text := r.op.Text[h.span.Start:h.span.End]
		out = append(out, candidate{
			span:    h.span,
			subkind: report.CertaintyShift,
			explanation: fmt.Sprintf("Certainty shift: the opinion says %s where the source states it without a hedge (%s).",
				quote(text), quote(plain)),
			evidence: []report.Evidence{r.evidence(s, cp)},
		})
	}
	return out
}

// governed returns the first content word after a hedge in its sentence, skipping auxiliaries
// ("may have caused" → "caused"); a negation ends the search.
func (r *run) governed(i, sentence int) (document.Word, bool) {
	for j := i; j < len(r.op.Words) && j < i+4 && r.op.Words[j].Sentence == sentence; j++ {
		w := r.op.Words[j]
		switch {
		case w.Norm == "not" || w.Norm == "never" || w.Norm == "no":
			return document.Word{}, false
		case content(w):
			return w, true
		}
	}
	return document.Word{}, false
}

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

// hedgesIn returns the source hedges inside a span, found by binary search.
func (s *sourceIndex) hedgesIn(span document.Span) []hit {
	i := sort.Search(len(s.hedges), func(i int) bool { return s.hedges[i].span.Start >= span.Start })
	var out []hit
	for ; i < len(s.hedges) && s.hedges[i].span.Start < span.End; i++ {
		if span.Contains(s.hedges[i].span) {
			out = append(out, s.hedges[i])
		}
	}
	return out
}
