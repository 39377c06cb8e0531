package framing

import (
	"fmt"
	"sort"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// shiftMatch is the source side of a certainty shift.
type shiftMatch struct {
	hedge   hedgeRun      // the source's hedge; none when proof is claimed for a source that never claims it
	passage document.Span // the source passage the opinion sentence restates, if any
	aligned bool          // the hedge governs a word the certain wording also governs
	proof   bool          // wording that claims proof ("the report proves") for a source that claims none
}

// UnclaimedProof ends the explanation of a certainty shift that claims proof for a source that
// never claims it, where the source did not hedge either: the claim it sits in is no less
// supported for it.
const UnclaimedProof = "the source never claims proof"

// proofStems are the stems with which a source claims proof itself ("the data prove", "proof
// of"): then the opinion's "proves" may be the source's own claim.
var proofStems = map[string]bool{document.Stem("prove"): true, document.Stem("proof"): true,
	document.Stem("proven"): true, document.Stem("conclusive"): true, document.Stem("conclusively"): true}

// evidenceKind reports whether a certainty kind is about what the evidence shows or what causes
// what: those may be paired with a hedge of either kind anywhere in the passage.
func evidenceKind(kind string) bool {
	return kind == "causal" || kind == "evidential" || kind == "proof"
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
	kind := h.e.note
	if kind == "proof" && r.proofNotClaimed(h) {
		return shiftMatch{}, false
	}
	if m, ok := r.hedgedContradiction(h, kind); ok {
		return m, true
	}
	cp, ok := r.counterpart(s)
	if !ok {
		if evidenceKind(kind) {
			if m, ok := r.hedgedOnSubject(h); ok {
				return m, true
			}
		}
		if m, ok := r.hedgedSameWords(h); ok {
			return m, true
		}
		return r.proofClaimed(h, document.Span{})
	}
	runs := hedgeRuns(r.src.hedgesIn(cp))
	if len(runs) == 0 {
		if m, ok := r.hedgedSameWords(h); ok && !r.passageHolds(cp, h) {
			return m, true // a clause of a sentence that restates another passage
		}
		return r.proofClaimed(h, cp) // the passage it restates does not hedge
	}
	if run, ok := r.alignedHedge(h, cp, runs); ok {
		return shiftMatch{hedge: run, passage: cp, aligned: true}, true
	}
	if !evidenceKind(kind) {
		return shiftMatch{}, false // a modal needs the hedge on the same words
	}
	// What the evidence shows, or what causes what, is hedged by the passage as a whole ("an
	// observational study ... proves").
	for _, run := range runs {
		if evidenceKind(run.kind) {
			return shiftMatch{hedge: run, passage: cp}, true
		}
	}
	return r.proofClaimed(h, cp)
}

// alignedHedge finds, among the hedge runs of a source passage, one that governs one of the next
// three content words of certain wording ("will increase" / "may increase").
func (r *run) alignedHedge(h hit, passage document.Span, runs []hedgeRun) (hedgeRun, bool) {
	src := r.src.doc
	from, to := src.WordsIn(passage)
	for _, t := range r.contentAfter(h.end, r.op.Words[h.first].Sentence, 3) {
		for p := from; p < to; p++ {
			if src.Words[p].Stem != t.Stem {
				continue
			}
			for _, run := range runs {
				if run.end <= p && p-run.end < alignWindow && !proposalConditional(src, run) {
					return run, true
				}
			}
		}
	}
	return hedgeRun{}, false
}

// proposalConditional reports a hedge run that is a lone "would" with no condition in its
// sentence: in a report it is mostly what a proposal would do ("Option B would close the hall for
// 16 months"), which an opinion that says the plan "will" do it restates rather than makes more
// certain. A "would" with its condition ("would consider it if funds allow") still hedges.
// (Measured on the 93 pairs of the corpus then: 2 of the 7 shifts a lone "would" paired were gold certainty shifts.)
func proposalConditional(src *document.Document, run hedgeRun) bool {
	if run.end-run.first != 1 || src.Words[run.first].Norm != "would" {
		return false
	}
	s := src.Sentences[src.Words[run.first].Sentence]
	for w := s.FirstWord; w < s.EndWord; w++ {
		if conditionWords[src.Words[w].Norm] {
			return false
		}
	}
	return true
}

// conditionWords open the condition a "would" depends on.
var conditionWords = setOf("if", "unless", "provided", "providing", "subject")

// validSpan reports whether a span given by another stage lies inside the source.
func (r *run) validSpan(span document.Span) bool {
	return span.Start >= 0 && span.Start < span.End && span.End <= len(r.src.doc.Text)
}

// hedgedContradiction finds the hedge of the source passage that the claims check found
// contradicting the claim the certain wording sits in: "The investigations now under way will end
// in prosecution" against "It is too early to say whether any of these investigations will lead to
// prosecution". The contradiction ties the claim to that passage, so its hedge need not stand next
// to the words the certain wording governs; a modal still prefers the hedge that does.
func (r *run) hedgedContradiction(h hit, kind string) (shiftMatch, bool) {
	if r.contradicted == nil {
		return shiftMatch{}, false
	}
	passage, ok := r.contradicted(h.span.Start)
	if !ok || !r.validSpan(passage) {
		return shiftMatch{}, false
	}
	runs := hedgeRuns(r.src.hedgesIn(passage))
	if len(runs) == 0 {
		return shiftMatch{}, false
	}
	best := runs[0]
	for _, run := range runs {
		if evidenceKind(kind) && evidenceKind(run.kind) && !evidenceKind(best.kind) || kind == run.kind && best.kind != kind {
			best = run
		}
	}
	return shiftMatch{hedge: best, passage: passage, aligned: true}, true
}

// proofClaimed reports wording that claims proof ("the report proves", "proof that", "leaves no
// doubt"; lexicon kind "proof") for a source that nowhere claims proof itself: reports give
// findings, estimates and conclusions, and a writer who calls them proof claims more certainty
// than the source does, hedged or not.
func (r *run) proofClaimed(h hit, passage document.Span) (shiftMatch, bool) {
	if h.e.note != "proof" || r.src.claimsProof {
		return shiftMatch{}, false
	}
	return shiftMatch{passage: passage, proof: true}, true
}

// proofNotClaimed reports a word of proof that claims none: a first person, a negation or a
// modal stands among the three words before it ("I can't prove it", "until they can prove it").
func (r *run) proofNotClaimed(h hit) bool {
	first := r.op.Sentences[r.op.Words[h.first].Sentence].FirstWord
	for w := max(first, h.first-3); w < h.first; w++ {
		if n := r.op.Words[w].Norm; firstPerson[n] || proofDenials[n] || proofAsked[n] {
			return true
		}
	}
	return false
}

// Words before a word of proof that make it no claim about the source's evidence: the writer's
// own matter ("I can't prove it"), a denial ("no proof"), or proof only asked for ("until they
// can prove it").
var (
	firstPerson  = setOf("i", "we", "i'm", "we're", "i've", "we've", "me", "us")
	proofDenials = setOf("not", "never", "no", "can't", "cannot", "couldn't", "didn't", "won't",
		"unable", "nobody", "hard", "impossible")
	proofAsked = setOf("can", "could", "must", "should", "to", "until", "unless", "if")
)

// minSubjectWords is how many content words a source sentence must share with an opinion
// sentence to be on the same subject, when the opinion sentence has no counterpart passage.
const minSubjectWords = 2

// hedgedOnSubject finds, for causal or evidential certainty wording in a sentence with no
// counterpart passage, a source sentence on the same subject that hedges
// what the evidence shows or what causes what: "the reporting makes clear the crates held weapons"
// against "could not independently verify what the crates contained". The sentence must share
// minSubjectWords content words with the opinion sentence, other than the wording itself; the one
// sharing most wins, the first of equals.
func (r *run) hedgedOnSubject(h hit) (shiftMatch, bool) {
	s := r.op.Sentences[r.op.Words[h.first].Sentence]
	want := map[string]bool{}
	for i := s.FirstWord; i < s.EndWord; i++ {
		if (i < h.first || i >= h.end) && content(r.op.Words[i]) {
			want[r.op.Words[i].Stem] = true
		}
	}
	src := r.src.doc
	var best shiftMatch
	bestShared := minSubjectWords - 1
	for _, run := range r.src.hedgeRuns() {
		if !evidenceKind(run.kind) {
			continue
		}
		si := src.Words[run.first].Sentence
		sent := src.Sentences[si]
		seen := map[string]bool{}
		for _, w := range src.Words[sent.FirstWord:sent.EndWord] {
			if want[w.Stem] {
				seen[w.Stem] = true
			}
		}
		if len(seen) > bestShared {
			best, bestShared = shiftMatch{hedge: run, passage: sent.Span}, len(seen)
		}
	}
	return best, bestShared >= minSubjectWords
}

// hedgedSameWords finds a source hedge, anywhere in the source, that governs two of the next three
// content words of certain wording: "in 2025 the police will extend the enforcement" against "the
// Constabulary may extend average-speed enforcement to further roads". It serves a sentence whose
// counterpart passage is on something else (the sentence's first clause restates one passage, its
// second clause another) or that has none.
func (r *run) hedgedSameWords(h hit) (shiftMatch, bool) {
	s := r.op.Words[h.first].Sentence
	want := map[string]bool{}
	for _, t := range r.contentAfter(h.end, s, 3) {
		want[t.Stem] = true
	}
	if len(want) < 2 {
		return shiftMatch{}, false
	}
	src := r.src.doc
	for _, run := range r.src.hedgeRuns() {
		sent := src.Sentences[src.Words[run.first].Sentence]
		seen := map[string]bool{}
		for p := run.end; p < min(sent.EndWord, run.end+alignWindow+2); p++ {
			if want[src.Words[p].Stem] {
				seen[src.Words[p].Stem] = true
			}
		}
		if len(seen) >= 2 {
			return shiftMatch{hedge: run, passage: sent.Span, aligned: true}, true
		}
	}
	return shiftMatch{}, false
}

// passageHolds reports whether a source passage holds one of the next three content words of
// certain wording: then the passage speaks to what the wording governs, and its plain statement
// decides ("Smoking harms the heart" against "Smoking causes heart disease").
func (r *run) passageHolds(passage document.Span, h hit) bool {
	src := r.src.doc
	from, to := src.WordsIn(passage)
	for _, t := range r.contentAfter(h.end, r.op.Words[h.first].Sentence, 3) {
		for p := from; p < to; p++ {
			if src.Words[p].Stem == t.Stem {
				return true
			}
		}
	}
	return false
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
	if m.proof {
		c := candidate{span: h.span, subkind: report.CertaintyShift,
			explanation: fmt.Sprintf("Certainty shift: %s presents the evidence as settling the matter; %s.", quote(text), UnclaimedProof)}
		if m.passage != (document.Span{}) {
			c.evidence = []report.Evidence{r.evidence(r.op.Words[h.first].Sentence, r.sourceSentence(m.passage, m.passage))}
		}
		return c
	}
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
