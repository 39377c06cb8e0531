package framing

import (
	"slices"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// maxReplaced is the most source words a restated match may stand in for and still be quoted as
// "the source says ...": beyond it, the writer rewrote the passage rather than swapped a word.
const maxReplaced = 4

// A sentence retells a source sentence, for a substitute word, when it shares looseShared of its
// distinctive content words with it and looseShare of its own: less than a counterpart passage
// needs in general, since the word is listed only because it is chosen over plainer wording.
const (
	looseShared = 2
	looseShare  = 0.25
)

// restating reports whether an entry fires only where the sentence retells a source passage.
func (e *entry) restating() bool {
	for _, c := range e.conds {
		if c.kind == onlyRestating {
			return true
		}
	}
	return false
}

// restates reports whether a match lies in a sentence that retells a source passage in other
// words: the sentence (or, failing that, the sentence before it in the paragraph) has a
// counterpart passage in the source, and that passage does not use the matched phrase. Such
// words ("soared", "mob", "slashed") are plain in their literal sense; it is the choice of them
// over the source's wording that frames.
func (r *run) restates(h hit) (document.Span, bool) {
	if r.src == nil || r.counterpart == nil {
		return document.Span{}, false
	}
	passage, ok := r.counterpart(r.op.Words[h.first].Sentence)
	if !ok && r.restated != nil {
		passage, ok = r.restated(h.span.Start)
	}
	if !ok {
		if r.looseCounterpart == nil {
			r.looseCounterpart = sharingSentence(r.op, r.src.doc, looseShared, looseShare)
		}
		passage, ok = r.looseCounterpart(r.op.Words[h.first].Sentence)
	}
	if !ok {
		// A short sentence that goes on from the one before it ("In a word, they soared.")
		// retells that sentence's passage.
		if si := r.op.Words[h.first].Sentence; si > 0 && r.op.Sentences[si-1].Paragraph == r.op.Sentences[si].Paragraph {
			passage, ok = r.counterpart(si - 1)
		}
	}
	if !ok || r.sourceHas(passage, h.e) {
		return document.Span{}, false
	}
	return passage, true
}

// replaced returns the source words that a match stands in for: what the passage says where the
// sentence has the match, found by a word diff of the two. It gives nothing when the match is not
// one side of a short replacement.
func (r *run) replaced(h hit, passage document.Span) (string, bool) {
	src := r.src.doc
	s := r.op.Sentences[r.op.Words[h.first].Sentence]
	from, to := src.WordsIn(passage)
	steps := document.DiffWords(src.Words[from:to], r.op.Words[s.FirstWord:s.EndWord])
	si, oi := from, s.FirstWord
	for i := 0; i < len(steps); i++ {
		st := steps[i]
		var srcN, opN int // a replacement: srcN source words for opN opinion words
		switch st.Op {
		case document.Same:
			si += st.N
			oi += st.N
			continue
		case document.Delete:
			srcN = st.N
			if i+1 < len(steps) && steps[i+1].Op == document.Insert {
				opN = steps[i+1].N
				i++
			}
		case document.Insert:
			opN = st.N
			if i+1 < len(steps) && steps[i+1].Op == document.Delete {
				srcN = steps[i+1].N
				i++
			}
		}
		if opN > 0 && oi <= h.first && h.end <= oi+opN {
			if srcN == 0 || srcN > maxReplaced || opN > (h.end-h.first)+maxReplaced {
				return "", false
			}
			words := src.Words[si : si+srcN]
			if !hasContent(words) {
				return "", false
			}
			return src.Text[words[0].Start:words[len(words)-1].End], true
		}
		si += srcN
		oi += opN
	}
	return "", false
}

// Retold reports whether a finding is a word the writer chose over the source's wording in a
// sentence that retells a source passage ("soared" where the source says "rose"). The sentence
// still reports what the source says, only in charged words, so it stays a claim to check.
func Retold(f report.Finding) bool {
	return f.Kind == report.Framing && f.Subkind == report.LoadedLanguage &&
		slices.ContainsFunc(f.Evidence, func(e report.Evidence) bool { return e.Side == report.Source })
}

// hasContent reports whether any of the words carries meaning.
func hasContent(words []document.Word) bool {
	for _, w := range words {
		if content(w) {
			return true
		}
	}
	return false
}

// restatedCandidate writes the finding for a word the writer chose over the source's wording: the
// lexicon's explanation, then what the source says instead, with the passage as evidence.
func (r *run) restatedCandidate(h hit, passage document.Span) candidate {
	explanation := strings.TrimSuffix(r.explainHit(h), ".")
	if said, ok := r.replaced(h, passage); ok {
		explanation += "; the source says " + quote(said)
	} else {
		explanation += "; the source passage it retells does not use it"
	}
	sentence := r.op.Words[h.first].Sentence
	return candidate{
		span:        h.span,
		subkind:     h.e.subkind,
		explanation: finish(explanation),
		evidence:    []report.Evidence{r.evidence(sentence, passage)},
	}
}
