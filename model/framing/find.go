package framing

import (
	"cmp"
	"slices"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// run is the state of one Find call.
type run struct {
	lx          *lexicon
	op          *document.Document
	src         *sourceIndex                    // nil in framing-only mode
	quotes      *quoteIndex                     // quotations of the opinion
	copied      []bool                          // per opinion word; nil in framing-only mode
	counterpart func(int) (document.Span, bool) // source passage of an opinion sentence; may be nil
	// contradicted is the source passage contradicting the claim at an opinion offset; may be nil.
	contradicted func(int) (document.Span, bool)
	// restated is the source passage that the claim at an opinion offset restates; may be nil.
	restated func(int) (document.Span, bool)
	echoes   []Echo       // source language found in the opinion
	hedged   map[int]bool // opinion sentences that carry a hedge
	srcMatch matcher      // matches phrases in the source
	// looseCounterpart finds a source sentence sharing fewer words, built on first need: a word
	// listed as a substitute needs less evidence that its sentence retells the source.
	looseCounterpart func(int) (document.Span, bool)
}

// candidate is a finding before it is written out.
type candidate struct {
	span        document.Span
	subkind     report.Subkind
	explanation string
	evidence    []report.Evidence
	edits       []report.Edit // word-level edits against the source, when the device is one
}

func newRun(lx *lexicon, op *document.Document, ctx Context) *run {
	r := &run{lx: lx, op: op, quotes: findQuotes(op), counterpart: ctx.Counterpart}
	if ctx.Source != nil {
		r.src = newSourceIndex(lx, ctx.Source)
		r.srcMatch = lx.matcher(ctx.Source, nil)
		r.copied = ctx.Copied
		r.contradicted = ctx.Contradicted
		r.restated = ctx.Restated
		if len(r.copied) != len(op.Words) {
			r.copied = copiedFallback(op, ctx.Source)
		}
		fallback := counterpartFallback(op, ctx.Source)
		if given := ctx.Counterpart; given != nil {
			r.counterpart = memo(len(op.Sentences), func(s int) (document.Span, bool) {
				if span, ok := given(s); ok && span.Start >= 0 && span.Start < span.End && span.End <= len(ctx.Source.Text) {
					return span, true
				}
				return fallback(s)
			})
		} else {
			r.counterpart = fallback
		}
	}
	return r
}

// memo remembers a counterpart function's answer for each sentence: the stage that provides it
// may search on demand, and the detector asks about a sentence several times.
func memo(n int, f func(int) (document.Span, bool)) func(int) (document.Span, bool) {
	type answer struct {
		span  document.Span
		ok    bool
		asked bool
	}
	answers := make([]answer, n)
	return func(s int) (document.Span, bool) {
		if s < 0 || s >= n {
			return f(s)
		}
		a := &answers[s]
		if !a.asked {
			a.span, a.ok = f(s)
			a.asked = true
		}
		return a.span, a.ok
	}
}

func (r *run) find() ([]report.Finding, []Echo) {
	ix := r.lx.plain // hedges and certainty wording matter only against a source
	if r.src != nil {
		ix = r.lx.all
	}
	hits := r.lx.scan(r.op, r.quotes.inside, ix, r.src != nil)
	cands := r.lexical(hits)
	cands = append(cands, r.reverseShifts(hits)...)
	cands = mergePatterns(cands, r.patterns())
	cands = append(cands, r.emotive(hits, cands)...)
	cands = append(cands, r.headline(cands)...)
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int {
		a, b := &cands[i], &cands[j]
		return cmp.Or(cmp.Compare(a.span.Start, b.span.Start), cmp.Compare(b.span.End, a.span.End),
			cmp.Compare(a.subkind, b.subkind), cmp.Compare(i, j))
	})
	findings := make([]report.Finding, 0, len(cands))
	for _, i := range order {
		c := &cands[i]
		findings = append(findings, report.Finding{
			Kind:        report.Framing,
			Subkind:     c.subkind,
			Side:        report.Opinion,
			Start:       c.span.Start,
			End:         c.span.End,
			Text:        r.op.Text[c.span.Start:c.span.End],
			Explanation: c.explanation,
			Evidence:    c.evidence,
			Edits:       c.edits,
		})
	}
	slices.SortFunc(r.echoes, func(a, b Echo) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End), cmp.Compare(a.Phrase, b.Phrase))
	})
	return findings, r.echoes
}

// lexical turns lexicon matches into candidates: hedges mark their sentences, certainty wording
// survives only where the source hedged, overlapping matches keep the longest, and matches in the
// source's own language become echoes.
func (r *run) lexical(hits []hit) []candidate {
	hedged := map[int]bool{}
	r.hedged = hedged
	var pool []hit
	passages := map[hitKey]document.Span{} // the source passage each restating match retells
	for _, h := range hits {
		if h.e.restating() {
			passage, ok := r.restates(h)
			if !ok {
				continue
			}
			passages[keyOf(h)] = passage
		}
		if h.e.subkind == Hedge {
			hedged[r.op.Words[h.first].Sentence] = true
			continue
		}
		pool = append(pool, h)
	}
	shifts := r.shifts(pool, hedged)
	keep := pool[:0]
	for _, h := range pool {
		if _, ok := shifts[keyOf(h)]; ok || h.e.subkind != report.CertaintyShift {
			keep = append(keep, h)
		}
	}
	var cands []candidate
	for _, h := range withShifts(resolve(keep, len(r.op.Words)), keep, shifts) {
		if h.e.subkind == None {
			continue
		}
		if r.echo(h) {
			r.echoes = append(r.echoes, Echo{Span: h.span, Subkind: h.e.subkind, Phrase: h.e.phrase})
			continue
		}
		if h.e.subkind == report.CertaintyShift {
			cands = append(cands, r.shiftCandidate(h, shifts[keyOf(h)]))
			continue
		}
		if passage, ok := passages[keyOf(h)]; ok {
			cands = append(cands, r.restatedCandidate(h, passage))
			continue
		}
		explanation := r.explainHit(h)
		if r.slippedIn(h) {
			explanation += " The writer added it inside words copied from the source, where it reads as the source's."
		}
		cands = append(cands, candidate{span: h.span, subkind: h.e.subkind, explanation: explanation})
	}
	return cands
}

// withShifts adds back to the resolved matches each certainty shift that a longer match of
// another device displaced: certainty and emphasis are two dimensions, so "won't even" (an
// intensifier) does not hide the shift in "won't". An exception ("none") or another certainty
// wording over the same words still does.
func withShifts(resolved, pool []hit, shifts map[hitKey]shiftMatch) []hit {
	out := resolved
	for _, h := range pool {
		if _, ok := shifts[keyOf(h)]; !ok {
			continue
		}
		displaced := true
		for _, k := range resolved {
			if k.first < h.end && h.first < k.end && (k.e.subkind == None || k.e.subkind == report.CertaintyShift) {
				displaced = false // blocked by an exception, or kept (or beaten) as certainty wording
				break
			}
		}
		if displaced {
			out = append(out, h)
		}
	}
	return out
}

// slippedIn reports whether a match lies between words copied from the source without being
// copied itself: "These shocking figures are not where we want them" quoting "These figures are
// not where we want them".
func (r *run) slippedIn(h hit) bool {
	if r.copied == nil || h.first == 0 || h.end >= len(r.op.Words) || !r.copied[h.first-1] || !r.copied[h.end] {
		return false
	}
	for w := h.first; w < h.end; w++ {
		if r.copied[w] {
			return false
		}
	}
	s := r.op.Words[h.first].Sentence
	return r.op.Words[h.first-1].Sentence == s && r.op.Words[h.end].Sentence == s
}

// hitKey identifies a match.
type hitKey struct {
	first int
	e     *entry
}

func keyOf(h hit) hitKey { return hitKey{h.first, h.e} }

// shifts checks every certainty-wording match. A sentence keeps every shift whose hedge governs
// the same words, and at most one paired only by kind, when it has no aligned one.
func (r *run) shifts(pool []hit, hedged map[int]bool) map[hitKey]shiftMatch {
	out := map[hitKey]shiftMatch{}
	aligned := map[int]bool{}
	loose := map[int]hit{}
	for _, h := range pool {
		if h.e.subkind != report.CertaintyShift {
			continue
		}
		m, ok := r.shift(h, hedged)
		if !ok {
			continue
		}
		s := r.op.Words[h.first].Sentence
		if m.aligned {
			aligned[s] = true
			out[keyOf(h)] = m
			continue
		}
		if _, dup := loose[s]; !dup {
			loose[s] = h
			out[keyOf(h)] = m
		}
	}
	for s, h := range loose {
		if aligned[s] {
			delete(out, keyOf(h))
		}
	}
	return out
}

// resolve keeps, among overlapping matches, the one that spans more words; then the one with more
// literal words; then an exception ("none"); then the user's; then the earlier definition. A match
// that reaches beyond the kept ones is kept as well (see secondDevice). Hits come in document
// order, so it works cluster by cluster of overlapping hits.
func resolve(hits []hit, words int) []hit {
	taken := make([]bool, words)
	var out []hit
	for start := 0; start < len(hits); {
		end, reach := start+1, hits[start].end
		for end < len(hits) && hits[end].first < reach {
			reach = max(reach, hits[end].end)
			end++
		}
		cluster := hits[start:end]
		start = end
		if len(cluster) == 1 {
			out = append(out, cluster[0])
			continue
		}
		cluster = slices.Clone(cluster)
		slices.SortStableFunc(cluster, preferred)
		kept := len(out)
		for _, h := range cluster {
			if slices.Contains(taken[h.first:h.end], true) && !secondDevice(out[kept:], h, taken) {
				continue
			}
			for i := h.first; i < h.end; i++ {
				taken[i] = true
			}
			out = append(out, h)
		}
		slices.SortFunc(out[kept:], func(a, b hit) int { return cmp.Compare(a.first, b.first) })
	}
	return out
}

// secondDevice reports whether a match that overlaps kept matches is a device of its own: it
// reaches beyond them ("stopped hiding" and "hiding behind" in "stopped hiding behind"), it is no
// exception, and no exception it overlaps was kept.
func secondDevice(kept []hit, h hit, taken []bool) bool {
	if h.e.subkind == None || !slices.Contains(taken[h.first:h.end], false) {
		return false
	}
	for _, k := range kept {
		if k.e.subkind == None && k.first < h.end && h.first < k.end {
			return false
		}
	}
	return true
}

// preferred orders overlapping matches, the one to keep first.
func preferred(a, b hit) int {
	return cmp.Or(
		cmp.Compare(b.end-b.first, a.end-a.first),
		cmp.Compare(literalWords(b.e.slots), literalWords(a.e.slots)),
		boolOrder(a.e.subkind == None, b.e.subkind == None),
		boolOrder(a.e.user, b.e.user),
		cmp.Compare(a.e.rank, b.e.rank),
		cmp.Compare(a.first, b.first),
	)
}

// boolOrder sorts true before false.
func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}

// echo reports whether a match is the source's own language: every word of it copied from the
// source, or (except for certainty wording, which must differ from the source to count) the same
// phrase used by the source passage that the sentence restates.
func (r *run) echo(h hit) bool {
	if r.src == nil {
		return false
	}
	if r.copied != nil && !slices.Contains(r.copied[h.first:h.end], false) {
		return true
	}
	if h.e.subkind == report.CertaintyShift || r.counterpart == nil {
		return false
	}
	if r.restated != nil {
		if passage, ok := r.restated(h.span.Start); ok && r.sourceHas(passage, h.e) {
			return true
		}
	}
	cp, ok := r.counterpart(r.op.Words[h.first].Sentence)
	if !ok {
		return false
	}
	if r.sourceHas(cp, h.e) {
		return true
	}
	// A list item restated goes with the line that leads into the list: "The company must:"
	// over "- bring all forklift trucks up to date with servicing ... by 31 October".
	lead, ok := r.src.doc.ListLead(cp)
	return ok && r.sourceHas(lead, h.e)
}

// sourceHas reports whether the entry's phrase occurs inside a span of the source, in the sense
// the entry flags.
func (r *run) sourceHas(span document.Span, e *entry) bool {
	src := r.src.doc
	from, to := src.WordsIn(span)
	for j := from; j < to; j++ {
		if end, ok := r.srcMatch.match(j, e.slots); ok && end <= to && r.srcMatch.sameSense(e.conds, j, end) {
			return true
		}
	}
	return false
}

// copiedShare returns the share of words [from, to) copied from the source.
func (r *run) copiedShare(from, to int) float64 {
	if r.copied == nil || to <= from {
		return 0
	}
	n := 0
	for _, c := range r.copied[from:to] {
		if c {
			n++
		}
	}
	return float64(n) / float64(to-from)
}
