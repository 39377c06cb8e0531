package framing

import (
	"fmt"
	"sort"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// shiftMatch is the source side of a certainty shift.
type shiftMatch struct {
	hedge   hedgeRun      // the source's hedge
	passage document.Span // the source passage the opinion sentence restates
	aligned bool          // the hedge governs a word the certain wording also governs
}

// hedgeRun is one or more source hedges next to each other ("may" + "be" + "linked to").
type hedgeRun struct {
	first, end int           // source word indices [first, end)
	span       document.Span // their text
	kind       string        // modal, causal or evidential: the kind of the longest hedge
}

// alignWindow is how many words a hedge may stand before the word it governs.
const alignWindow = 5

// shift checks a certainty-wording match: a certainty shift needs a sentence without a hedge of
// its own, restating a source passage that hedges. The source's hedge must govern one of the next
// content words of the certain wording ("will increase" / "may increase"), or, for causal and
// evidential wording, be of a compatible kind anywhere in the passage ("proves" / "suggests").
func (r *run) shift(h hit, hedged map[int]bool) (shiftMatch, bool) {
	s := r.op.Words[h.first].Sentence
	if hedged[s] || r.src == nil || r.counterpart == nil {
		return shiftMatch{}, false
	}
	cp, ok := r.counterpart(s)
	if !ok {
		return shiftMatch{}, false
	}
	runs := hedgeRuns(r.src.hedgesIn(cp))
	if len(runs) == 0 {
		return shiftMatch{}, false
	}
	src := r.src.doc
	from, to := src.WordsIn(cp)
	found := false
	for _, t := range r.contentAfter(h.end, s, 3) {
		for p := from; p < to; p++ {
			if src.Words[p].Stem != t.Stem {
				continue
			}
			found = true
			for _, run := range runs {
				if run.end <= p && p-run.end < alignWindow {
					return shiftMatch{hedge: run, passage: cp, aligned: true}, true
				}
			}
		}
	}
	if found {
		return shiftMatch{}, false // the source states that part without a hedge
	}
	kind := h.e.note
	if kind != "causal" && kind != "evidential" {
		return shiftMatch{}, false
	}
	for _, run := range runs {
		if run.kind == "causal" || run.kind == "evidential" {
			return shiftMatch{hedge: run, passage: cp}, true
		}
	}
	return shiftMatch{}, false
}

// hedgeRuns joins hedges separated by at most two words into runs.
func hedgeRuns(hedges []hit) []hedgeRun {
	var runs []hedgeRun
	longest := 0
	for _, h := range hedges {
		if n := len(runs); n > 0 && h.first <= runs[n-1].end+2 {
			last := &runs[n-1]
			last.end = max(last.end, h.end)
			last.span.End = max(last.span.End, h.span.End)
			if h.end-h.first > longest {
				longest, last.kind = h.end-h.first, h.e.note
			}
			continue
		}
		runs = append(runs, hedgeRun{first: h.first, end: h.end, span: h.span, kind: h.e.note})
		longest = h.end - h.first
	}
	return runs
}

// contentAfter returns up to n content words that follow word i in its sentence.
func (r *run) contentAfter(i, sentence, n int) []document.Word {
	var out []document.Word
	for j := i; j < len(r.op.Words) && j < i+n+4 && len(out) < n && r.op.Words[j].Sentence == sentence; j++ {
		if content(r.op.Words[j]) {
			out = append(out, r.op.Words[j])
		}
	}
	return out
}

// shiftCandidate writes out a certainty shift: the opinion's certain wording, with the source
// sentence that hedged as evidence.
func (r *run) shiftCandidate(h hit, m shiftMatch) candidate {
	text := r.op.Text[h.span.Start:h.span.End]
	said := r.src.doc.Text[m.hedge.span.Start:m.hedge.span.End]
	ev := r.evidence(r.op.Words[h.first].Sentence, r.sourceSentence(m.hedge.span, m.passage))
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

// governed returns the word a hedge governs: the next word, past at most two auxiliaries ("may
// have caused" → "caused"), when it is a content word.
func (r *run) governed(i, sentence int) (document.Word, bool) {
	for j := i; j < len(r.op.Words) && j < i+3 && r.op.Words[j].Sentence == sentence; j++ {
		w := r.op.Words[j]
		switch {
		case auxiliaries[w.Norm]:
			continue
		case content(w):
			return w, true
		}
		break
	}
	return document.Word{}, false
}

var auxiliaries = setOf("be", "been", "being", "have", "has", "had", "also", "well", "even")

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
