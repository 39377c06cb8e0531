package ui

import (
	"cmp"
	"slices"
	"sort"

	"github.com/reframe-dev/reframe/model/report"
)

// claimMark is the sentence-level layer: whether the source supports an assertion. Higher
// values win where two overlap.
type claimMark uint8

// Claim marks, in rising priority.
const (
	noClaim          claimMark = iota
	claimSupported             // a paraphrase: the source supports it
	claimElsewhere             // credited to another source, not checkable here
	claimNotInSource           // the source does not support it
	claimContradicts           // the matching source passage says otherwise
	claimMarks
)

// quoteMark is the quotation layer. Higher values win where two overlap.
type quoteMark uint8

// Quote marks, in rising priority.
const (
	noQuote        quoteMark = iota
	quoteVerbatim            // word for word
	quoteEdited              // with small changes
	quoteUnsourced           // in quotation marks, with no counterpart in the source
	quoteMisquote            // in quotation marks, materially different from the source
	quoteMarks
)

// paint is the set of highlight layers over a stretch of text: one claim status, one quote
// status, and the framing and omitted flags. Each layer has its own attribute, so they combine.
type paint struct {
	claim   claimMark
	quote   quoteMark
	framing bool // framing words (opinion)
	omitted bool // content the opinion leaves out (source)
}

func (p paint) isZero() bool { return p == paint{} }

// letters returns the three gutter letters for p: claim, quote, framing or omitted.
func (p paint) letters() [3]byte {
	l := [3]byte{' ', ' ', ' '}
	l[0] = " PAUC"[p.claim]
	l[1] = " VESM"[p.quote]
	switch {
	case p.framing:
		l[2] = 'F'
	case p.omitted:
		l[2] = 'O'
	}
	return l
}

// merge returns the layers of p and q together, the stronger mark of each layer winning.
func (p paint) merge(q paint) paint {
	return paint{
		claim:   max(p.claim, q.claim),
		quote:   max(p.quote, q.quote),
		framing: p.framing || q.framing,
		omitted: p.omitted || q.omitted,
	}
}

// paintOf returns how a finding's own span is painted.
func paintOf(f *report.Finding) paint {
	switch f.Kind {
	case report.Quote:
		switch f.Subkind {
		case report.Edited:
			return paint{quote: quoteEdited}
		case report.Misquote:
			return paint{quote: quoteMisquote}
		case report.Unsourced:
			return paint{quote: quoteUnsourced}
		}
		return paint{quote: quoteVerbatim}
	case report.Paraphrase:
		return paint{claim: claimSupported}
	case report.Framing:
		return paint{framing: true}
	case report.Unsupported:
		switch f.Subkind {
		case report.ContradictsSource:
			return paint{claim: claimContradicts}
		case report.AttributedElsewhere:
			return paint{claim: claimElsewhere}
		}
		return paint{claim: claimNotInSource}
	case report.Omitted:
		return paint{omitted: true}
	case report.Used:
		return paint{claim: claimSupported}
	}
	return paint{}
}

// evidencePaint returns how the evidence of a finding is painted in the other document: the
// passage a quote copies is painted as that quote, a paraphrased or contradicted passage as that
// claim. Framing has no counterpart, and the nearest passage to a claim the source does not
// support, or that is credited elsewhere, is not painted: it would look like support. It still
// shows, reversed, when the finding is selected.
func evidencePaint(f *report.Finding) paint {
	p := paintOf(f)
	p.framing = false
	if p.claim == claimNotInSource || p.claim == claimElsewhere {
		p.claim = noClaim
	}
	return p
}

// span is a half-open byte range of one document.
type span struct {
	start, end int
}

// run is a stretch of one document with the same paint; runs are sorted and do not overlap.
type run struct {
	start, end int
	paint      paint
}

// mark is one painted span before overlaps are resolved.
type mark struct {
	span
	paint paint
}

// buildRuns resolves overlapping marks into sorted, disjoint runs.
func buildRuns(marks []mark) []run {
	type event struct {
		pos   int
		delta int
		paint paint
	}
	events := make([]event, 0, 2*len(marks))
	for _, m := range marks {
		if m.end > m.start && !m.paint.isZero() {
			events = append(events, event{m.start, 1, m.paint}, event{m.end, -1, m.paint})
		}
	}
	slices.SortStableFunc(events, func(a, b event) int { return cmp.Compare(a.pos, b.pos) })
	var claims [claimMarks]int
	var quotes [quoteMarks]int
	framing, omitted := 0, 0
	var runs []run
	for i := 0; i < len(events); {
		pos := events[i].pos
		for ; i < len(events) && events[i].pos == pos; i++ {
			e := events[i]
			claims[e.paint.claim] += e.delta
			quotes[e.paint.quote] += e.delta
			if e.paint.framing {
				framing += e.delta
			}
			if e.paint.omitted {
				omitted += e.delta
			}
		}
		if i == len(events) {
			break
		}
		var p paint
		for c := claimMarks - 1; c > noClaim; c-- {
			if claims[c] > 0 {
				p.claim = c
				break
			}
		}
		for q := quoteMarks - 1; q > noQuote; q-- {
			if quotes[q] > 0 {
				p.quote = q
				break
			}
		}
		p.framing, p.omitted = framing > 0, omitted > 0
		next := events[i].pos
		if p.isZero() || next == pos {
			continue
		}
		if n := len(runs); n > 0 && runs[n-1].end == pos && runs[n-1].paint == p {
			runs[n-1].end = next
			continue
		}
		runs = append(runs, run{pos, next, p})
	}
	return runs
}

// runsIn returns the runs that overlap [start, end).
func runsIn(runs []run, start, end int) []run {
	lo := sort.Search(len(runs), func(i int) bool { return runs[i].end > start })
	hi := lo
	for hi < len(runs) && runs[hi].start < end {
		hi++
	}
	return runs[lo:hi]
}
