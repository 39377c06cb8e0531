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
	last       *entry        // the hedge that ends the run
}

// alignWindow is how many words a hedge may stand before the word it governs.
const alignWindow = 5

// shift checks a certainty-wording match: a certainty shift needs a sentence without a hedge of
// its own, restating a source passage that hedges. The source's hedge must govern one of the next
// content words of the certain wording ("will increase" / "may increase"), or, for causal and
// evidential wording, be of either of those kinds anywhere in the passage ("proves" / "suggests").
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
	for _, t := range r.contentAfter(h.end, s, 3) {
		for p := from; p < to; p++ {
			if src.Words[p].Stem != t.Stem {
				continue
			}
			for _, run := range runs {
				if run.end <= p && p-run.end < alignWindow {
					return shiftMatch{hedge: run, passage: cp, aligned: true}, true
				}
			}
		}
	}
	kind := h.e.note
	if kind != "causal" && kind != "evidential" {
		return shiftMatch{}, false // a modal needs the hedge on the same words
	}
	// What the evidence shows, or what causes what, is hedged by the passage as a whole ("an
	// observational study ... proves").
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
			if h.end >= last.end {
				last.last = h.e
			}
			continue
		}
		runs = append(runs, hedgeRun{first: h.first, end: h.end, span: h.span, kind: h.e.note, last: h.e})
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

// modalsBefore, right before a verb, mean the opinion does not state it plainly.
var modalsBefore = setOf("to", "whether", "if", "not", "never", "could", "would", "should",
	"might", "may", "can", "cannot", "can't", "will", "won't", "must")

// droppedHedges finds the commonest certainty shift, which no word list can hold: the source
// hedges a verb ("may protect") and the opinion, restating that passage, states the same verb
// plainly ("protects").
func (r *run) droppedHedges() []candidate {
	if r.src == nil || r.counterpart == nil {
		return nil
	}
	src := r.src.doc
	var out []candidate
	for si, s := range r.op.Sentences {
		if r.hedged[si] {
			continue
		}
		cp, ok := r.counterpart(si)
		if !ok {
			continue
		}
		for _, run := range hedgeRuns(r.src.hedgesIn(cp)) {
			if !governsVerb(run.last) {
				continue
			}
			g, ok := r.sourceGoverned(run.end, cp)
			if !ok {
				continue
			}
			for j := s.FirstWord; j < s.EndWord; j++ {
				w := r.op.Words[j]
				if w.Stem != g.Stem || (r.copied != nil && r.copied[j]) || r.modalBefore(j, s) {
					continue
				}
				text := r.op.Text[w.Start:w.End]
				out = append(out, candidate{
					span:    w.Span,
					subkind: report.CertaintyShift,
					explanation: fmt.Sprintf("Certainty shift: the opinion says %s where the source says %s.",
						quote(text), quote(src.Text[run.span.Start:g.End])),
					evidence: []report.Evidence{r.evidence(si, r.sourceSentence(run.span, cp))},
				})
				break
			}
		}
	}
	return out
}

// governsVerb reports a hedge that a verb follows: a modal ("may protect") or one ending in
// "to" ("appears to protect").
func governsVerb(e *entry) bool {
	if e.note == "modal" && len(e.slots) == 1 {
		return true
	}
	last := e.slots[len(e.slots)-1]
	return last.forms["to"] && len(last.forms) == 1
}

// modalBefore reports a modal or an infinitive marker among the three words before word j in
// its sentence ("will soon be recommending", "to protect").
func (r *run) modalBefore(j int, s document.Sentence) bool {
	for k := j - 1; k >= s.FirstWord && k >= j-3; k-- {
		if modalsBefore[r.op.Words[k].Norm] {
			return true
		}
	}
	return false
}

// sourceGoverned returns the source word a hedge governs: the next word past auxiliaries ("may
// be linked", "could protect"), when it is a verb-like content word inside the passage. A
// negation ends the search.
func (r *run) sourceGoverned(i int, passage document.Span) (document.Word, bool) {
	src := r.src.doc
	for j := i; j < len(src.Words) && j < i+3 && src.Words[j].End <= passage.End; j++ {
		w := src.Words[j]
		switch {
		case auxiliaries[w.Norm]:
			continue
		case content(w) && !determiners[w.Norm]:
			return w, true
		}
		break
	}
	return document.Word{}, false
}
