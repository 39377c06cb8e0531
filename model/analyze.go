package model

import (
	"math"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// Options tune an analysis. The zero value is the default.
type Options struct {
	Lexicon     []byte // extra framing lexicon entries in the lexicon file format, or nil
	LexiconName string // where Lexicon came from, for error messages
}

// Analyze compares an opinion article with its source and returns the report. Source may be nil:
// the opinion is then analysed for framing alone.
func Analyze(opinion, source *document.Document, opts Options) (report.Report, error) {
	a, err := NewAnalyzer(opts)
	if err != nil {
		return report.Report{}, err
	}
	return a.Analyze(opinion, source), nil
}

// Analyzer holds the compiled analyses; build one with NewAnalyzer and reuse it across pairs. It is
// safe for concurrent use.
type Analyzer struct {
	stages []stage
}

// stage is one analysis step: it reads the documents and the findings so far, and returns more.
type stage func(in *Input, found []report.Finding) []report.Finding

// Input is what every analysis stage sees.
type Input struct {
	Opinion *document.Document // the article that reframes
	Source  *document.Document // the report it cites; nil in framing-only mode

	// Filled by earlier stages for later ones.
	Copied      []bool                                   // per opinion word: reproduces a source word
	Counterpart func(sentence int) (document.Span, bool) // source passage matching an opinion sentence
	Clause      func(offset int) (document.Span, bool)   // checkable clause holding an opinion offset
}

// NewAnalyzer compiles the analyses with the given options.
func NewAnalyzer(opts Options) (*Analyzer, error) {
	a := &Analyzer{}
	stages, err := buildStages(opts)
	if err != nil {
		return nil, err
	}
	a.stages = stages
	return a, nil
}

// Analyze runs every stage and assembles the report.
func (a *Analyzer) Analyze(opinion, source *document.Document) report.Report {
	in := &Input{Opinion: opinion, Source: source}
	var findings []report.Finding
	for _, s := range a.stages {
		findings = s(in, findings)
	}
	if findings == nil {
		findings = []report.Finding{}
	}
	for i := range findings {
		if findings[i].Evidence == nil {
			findings[i].Evidence = []report.Evidence{}
		}
	}
	report.Sort(findings)
	r := report.Report{
		Version:  report.Version,
		Opinion:  docInfo(opinion),
		Findings: findings,
	}
	if source != nil {
		d := docInfo(source)
		r.Source = &d
	}
	r.Summary = summarize(opinion, source, findings)
	return r
}

func docInfo(d *document.Document) report.Doc {
	return report.Doc{Name: d.Name, Title: d.Title, Byline: d.Byline, Text: d.Text}
}

// summarize computes the headline figures from the findings.
func summarize(opinion, source *document.Document, findings []report.Finding) report.Summary {
	s := report.Summary{OpinionWords: len(opinion.Words), Counts: map[string]int{}}
	quoted := make([]bool, len(opinion.Words))
	marked := make([]bool, len(opinion.Words))
	paraphrased := make([]bool, len(opinion.Words))
	var used []bool
	if source != nil {
		s.SourceWords = len(source.Words)
		used = make([]bool, len(source.Words))
	}
	framing := 0
	for _, f := range findings {
		s.Counts[string(f.Kind)]++
		if f.Subkind != "" {
			s.Counts[f.Label()]++
		}
		span := document.Span{Start: f.Start, End: f.End}
		switch {
		case f.Kind == report.Quote && f.Subkind != report.Unsourced:
			mark(opinion, span, quoted)
			if f.Marked != nil && *f.Marked {
				mark(opinion, span, marked)
			}
		case f.Kind == report.Paraphrase:
			mark(opinion, span, paraphrased)
		case f.Kind == report.Framing:
			framing++
		case f.Kind == report.Unsupported:
			s.Unsupported++
			if f.Subkind == report.ContradictsSource {
				s.ContradictsSource++
			}
		case f.Kind == report.Used && source != nil:
			mark(source, span, used)
		}
	}
	for i := range paraphrased {
		paraphrased[i] = paraphrased[i] && !quoted[i]
	}
	s.QuotedShare = share(quoted)
	s.MarkedQuotedShare = share(marked)
	s.ParaphrasedShare = share(paraphrased)
	if s.OpinionWords > 0 {
		s.FramingPer100Words = round(float64(framing) * 100 / float64(s.OpinionWords))
	}
	if source != nil {
		s.SourceUsedShare = share(used)
	}
	return s
}

func mark(d *document.Document, span document.Span, set []bool) {
	from, to := d.WordsIn(span)
	for i := from; i < to; i++ {
		set[i] = true
	}
}

func share(set []bool) float64 {
	if len(set) == 0 {
		return 0
	}
	n := 0
	for _, b := range set {
		if b {
			n++
		}
	}
	return round(float64(n) / float64(len(set)))
}

// round keeps four decimals, so figures print the same on every platform.
func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }
