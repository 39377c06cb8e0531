package framing

import (
	"fmt"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

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
		if !ok || len(r.src.hedgesIn(cp)) > 0 || r.sourceSays(cp, r.op.Words[h.first].Norm) {
			continue // the source hedges too, or uses the same word where it hedges nothing ("said it would")
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
			edits:    []report.Edit{{Op: report.Insert, To: text}}, // the hedge the writer added
		})
	}
	return out
}

// sourceSays reports whether a source passage holds a word with the given folded form.
func (r *run) sourceSays(passage document.Span, norm string) bool {
	from, to := r.src.doc.WordsIn(passage)
	for _, w := range r.src.doc.Words[from:to] {
		if w.Norm == norm {
			return true
		}
	}
	return false
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
			if !governsVerb(run.last) || r.participleHedge(run) {
				continue
			}
			g, ok := r.sourceGoverned(run.end, cp)
			if !ok {
				continue
			}
			for j := s.FirstWord; j < s.EndWord; j++ {
				w := r.op.Words[j]
				if w.Stem != g.Stem || (r.copied != nil && r.copied[j]) || r.modalBefore(j, s) || r.participle(j, s) {
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

// participleHedge reports a hedge run that ends in a participle not followed by "to": "justified
// partly by expected demand" hedges a noun, not a verb ("expected to rise" still governs one).
func (r *run) participleHedge(run hedgeRun) bool {
	src := r.src.doc
	last := run.end - 1
	if last < 0 || !strings.HasSuffix(src.Words[last].Norm, "ed") {
		return false
	}
	return run.end >= len(src.Words) || src.Words[run.end].Norm != "to"
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
	for k := j - 1; k >= s.FirstWord && k >= j-modalReach; k-- {
		if modalsBefore[r.op.Words[k].Norm] {
			return true
		}
		if strings.ContainsAny(r.op.Text[r.op.Words[k].End:r.op.Words[k+1].Start], ",;:") {
			return false // another clause
		}
	}
	return false
}

// participle reports an -ing form with no form of "be" before it ("a partnership, sharing
// management"): it describes, it asserts nothing with a tense of its own.
func (r *run) participle(j int, s document.Sentence) bool {
	if !strings.HasSuffix(r.op.Words[j].Norm, "ing") {
		return false
	}
	return j == s.FirstWord || !progressive[r.op.Words[j-1].Norm]
}

// progressive are the forms of "be" that make an -ing form a finite verb: "is sharing".
var progressive = setOf("is", "are", "was", "were", "am", "been", "'s", "'re")

// modalReach is how far back a modal may stand and still govern a verb: "would be boxed up and
// moved".
const modalReach = 6

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

// certainInPlace are words that state as fact what a hedge in their place left open: "will"
// for "may", "were" for "may have been".
var certainInPlace = setOf("will", "would", "is", "are", "was", "were", "does", "do", "did", "has",
	"have", "had", "must", "shall")

// swappableHedges are the hedges a writer may swap for one certain word inside a copied passage.
var swappableHedges = []string{"may", "might", "could", "may be", "might be", "could be",
	"may have been", "might have been", "could have been", "may have", "might have", "could have",
	"is likely to", "are likely to", "is expected to", "are expected to", "would"}

// hedgeSwaps finds a hedge the writer replaced with a certain word inside a passage copied from
// the source: "case numbers will continue to rise into the winter" where the source says "case
// numbers may continue to rise into the winter". The quote's edits report the change of words;
// this names what it does.
func (r *run) hedgeSwaps() []candidate {
	if r.src == nil || r.copied == nil {
		return nil
	}
	var out []candidate
	words := r.op.Words
	for i := 1; i+1 < len(words); i++ {
		w := words[i]
		if r.copied[i] || !r.copied[i-1] || !r.copied[i+1] || !certainInPlace[w.Norm] ||
			words[i-1].Sentence != w.Sentence || words[i+1].Sentence != w.Sentence {
			continue
		}
		for _, h := range swappableHedges {
			if h == w.Norm {
				continue
			}
			at, ok := r.src.find(words[i-1].Norm + " " + h + " " + words[i+1].Norm)
			if !ok {
				continue
			}
			src := r.src.doc
			hedge := document.Span{Start: src.Words[at+1].Start, End: src.Words[at+len(strings.Fields(h))].End}
			out = append(out, candidate{
				span:    w.Span,
				subkind: report.CertaintyShift,
				explanation: fmt.Sprintf("Certainty shift: the opinion says %s where the source it copies says %s.",
					quote(r.op.Text[w.Start:w.End]), quote(src.Text[hedge.Start:hedge.End])),
				evidence: []report.Evidence{r.evidence(w.Sentence, src.Sentences[src.Words[at].Sentence].Span)},
			})
			break
		}
	}
	return out
}
