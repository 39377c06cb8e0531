package eval

import (
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// ScoredKinds are the kinds the evaluation scores: four on the opinion side, and omissions on the
// source side.
var ScoredKinds = []report.Kind{report.Quote, report.Paraphrase, report.Framing, report.Unsupported, report.Omitted}

// sideOf is the side a kind's findings and gold spans are on.
func sideOf(k report.Kind) report.Side {
	if k == report.Omitted {
		return report.Source
	}
	return report.Opinion
}

// Counts are the raw tallies behind precision and recall.
type Counts struct {
	Predicted     int // findings the tool reported
	Gold          int // items the annotators wrote
	MatchedPred   int // findings that match some gold item
	MatchedGold   int // gold items matched by some finding
	SubkindAgrees int // matched gold items whose best match has the same subkind
	// EvidenceChecked counts matched gold items that cite a source passage, and EvidenceAgrees
	// those whose best match shows evidence overlapping it: whether the tool points the reader to
	// the passage the annotator had in mind.
	EvidenceChecked, EvidenceAgrees int
}

// Add accumulates another tally.
func (c *Counts) Add(o Counts) {
	c.Predicted += o.Predicted
	c.Gold += o.Gold
	c.MatchedPred += o.MatchedPred
	c.MatchedGold += o.MatchedGold
	c.SubkindAgrees += o.SubkindAgrees
	c.EvidenceChecked += o.EvidenceChecked
	c.EvidenceAgrees += o.EvidenceAgrees
}

// Precision is the share of findings that match gold; 1 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.MatchedPred, c.Predicted) }

// Recall is the share of gold items found; 1 when there was nothing to find.
func (c Counts) Recall() float64 { return ratio(c.MatchedGold, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// CharCounts tally character-level agreement of quote spans.
type CharCounts struct {
	Predicted, Gold, Both int // bytes inside predicted quotes, gold quotes, and both
}

// F1 is the character-level F1.
func (c CharCounts) F1() float64 {
	p, r := ratio(c.Both, c.Predicted), ratio(c.Both, c.Gold)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// PairScore is the evaluation of one pair.
type PairScore struct {
	Name       string                    // the pair
	Kinds      map[report.Kind]Counts    // per kind
	Subkinds   map[report.Subkind]Counts // per subkind (matched on kind, scored on subkind)
	QuoteChars CharCounts                // character-level agreement of quotes
}

// Matches reports whether two spans overlap by at least half of the shorter one.
func Matches(a, b document.Span) bool {
	shorter := min(a.Len(), b.Len())
	return shorter > 0 && 2*a.Overlap(b) >= shorter
}

// ScorePair compares a report's findings with resolved gold spans, kind by kind.
func ScorePair(name string, r *report.Report, gold []Span) PairScore {
	ps := PairScore{Name: name, Kinds: map[report.Kind]Counts{}, Subkinds: map[report.Subkind]Counts{}}
	for _, kind := range ScoredKinds {
		var pred []report.Finding
		for _, f := range r.Findings {
			if f.Side == sideOf(kind) && f.Kind == kind {
				pred = append(pred, f)
			}
		}
		var want []Span
		for _, g := range gold {
			if g.Kind == kind {
				want = append(want, g)
			}
		}
		c := Counts{Predicted: len(pred), Gold: len(want)}
		for _, p := range pred {
			for _, g := range want {
				if Matches(span(p), g.Span) {
					c.MatchedPred++
					break
				}
			}
		}
		for _, g := range want {
			best, bestOverlap := -1, 0
			for i, p := range pred {
				if o := span(p).Overlap(g.Span); Matches(span(p), g.Span) && o > bestOverlap {
					best, bestOverlap = i, o
				}
			}
			sc := Counts{Gold: 1}
			if best >= 0 {
				c.MatchedGold++
				sc.MatchedGold = 1
				if pred[best].Subkind == g.Subkind {
					c.SubkindAgrees++
					sc.SubkindAgrees = 1
				}
				if cited, ok := citedSpan(r, g); ok {
					c.EvidenceChecked++
					if showsEvidence(pred[best], cited) {
						c.EvidenceAgrees++
					}
				}
			}
			if g.Subkind != "" {
				prev := ps.Subkinds[g.Subkind]
				prev.Add(sc)
				ps.Subkinds[g.Subkind] = prev
			}
		}
		ps.Kinds[kind] = c
		if kind == report.Quote {
			ps.QuoteChars = charCounts(len(r.Opinion.Text), pred, want)
		}
	}
	return ps
}

func span(f report.Finding) document.Span { return document.Span{Start: f.Start, End: f.End} }

// citedSpan returns where in the analysed source the passage a gold opinion item cites is: the
// first place its text occurs.
func citedSpan(r *report.Report, g Span) (document.Span, bool) {
	if g.Source == "" || r.Source == nil || sideOf(g.Kind) != report.Opinion {
		return document.Span{}, false
	}
	i := strings.Index(r.Source.Text, g.Source)
	if i < 0 {
		return document.Span{}, false
	}
	return document.Span{Start: i, End: i + len(g.Source)}, true
}

// showsEvidence reports whether a finding's source evidence overlaps a span of the source.
func showsEvidence(f report.Finding, cited document.Span) bool {
	for _, e := range f.Evidence {
		if e.Side == report.Source && (document.Span{Start: e.Start, End: e.End}).Overlap(cited) > 0 {
			return true
		}
	}
	return false
}

func charCounts(n int, pred []report.Finding, gold []Span) CharCounts {
	p := make([]bool, n)
	g := make([]bool, n)
	for _, f := range pred {
		if f.Subkind == report.Unsourced {
			continue
		}
		for i := f.Start; i < f.End && i < n; i++ {
			p[i] = true
		}
	}
	for _, s := range gold {
		if s.Subkind == report.Unsourced {
			continue
		}
		for i := s.Start; i < s.End && i < n; i++ {
			g[i] = true
		}
	}
	var c CharCounts
	for i := range p {
		if p[i] {
			c.Predicted++
		}
		if g[i] {
			c.Gold++
		}
		if p[i] && g[i] {
			c.Both++
		}
	}
	return c
}

// Corpus is the evaluation of many pairs.
type Corpus struct {
	Pairs      []PairScore               // per pair, in the order scored
	Kinds      map[report.Kind]Counts    // pooled over pairs
	Subkinds   map[report.Subkind]Counts // pooled over pairs
	QuoteChars CharCounts                // pooled character-level quote agreement
}

// Pool sums per-pair scores into corpus scores.
func Pool(pairs []PairScore) Corpus {
	c := Corpus{Pairs: pairs, Kinds: map[report.Kind]Counts{}, Subkinds: map[report.Subkind]Counts{}}
	for _, p := range pairs {
		for k, v := range p.Kinds {
			prev := c.Kinds[k]
			prev.Add(v)
			c.Kinds[k] = prev
		}
		for k, v := range p.Subkinds {
			prev := c.Subkinds[k]
			prev.Add(v)
			c.Subkinds[k] = prev
		}
		c.QuoteChars.Predicted += p.QuoteChars.Predicted
		c.QuoteChars.Gold += p.QuoteChars.Gold
		c.QuoteChars.Both += p.QuoteChars.Both
	}
	return c
}

// Floors are the lowest pooled F1 scores the engine may reach, per kind plus "quote-chars".
type Floors map[string]float64

// Check returns one line per pooled score below its floor.
func (c Corpus) Check(f Floors) []string {
	var low []string
	for _, k := range ScoredKinds {
		if floor, ok := f[string(k)]; ok && c.Kinds[k].F1() < floor-1e-9 {
			low = append(low, fmt.Sprintf("%s F1 %.4f is below its floor %.4f", k, c.Kinds[k].F1(), floor))
		}
	}
	if floor, ok := f["quote-chars"]; ok && c.QuoteChars.F1() < floor-1e-9 {
		low = append(low, fmt.Sprintf("quote character F1 %.4f is below its floor %.4f", c.QuoteChars.F1(), floor))
	}
	return low
}

// Write prints the pooled table, the subkind recall table and the per-pair table.
func (c Corpus) Write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "pooled\tkind\tpred\tgold\tprecision\trecall\tF1\tsubkind agrees\tevidence agrees\t\n")
	for _, k := range ScoredKinds {
		v := c.Kinds[k]
		fmt.Fprintf(tw, "\t%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%s\t%s\t\n", k, v.Predicted, v.Gold, v.Precision(), v.Recall(), v.F1(), pct(v.SubkindAgrees, v.MatchedGold), pct(v.EvidenceAgrees, v.EvidenceChecked))
	}
	fmt.Fprintf(tw, "\tquote chars\t%d\t%d\t%.3f\t%.3f\t%.3f\t\t\t\n", c.QuoteChars.Predicted, c.QuoteChars.Gold,
		ratio(c.QuoteChars.Both, c.QuoteChars.Predicted), ratio(c.QuoteChars.Both, c.QuoteChars.Gold), c.QuoteChars.F1())
	fmt.Fprintf(tw, "\n")
	fmt.Fprintf(tw, "subkind\t\tgold\tfound\trecall\tright subkind\t\t\t\n")
	for _, sk := range sortedSubkinds(c.Subkinds) {
		v := c.Subkinds[sk]
		fmt.Fprintf(tw, "%s\t\t%d\t%d\t%.3f\t%s\t\t\t\n", sk, v.Gold, v.MatchedGold, v.Recall(), pct(v.SubkindAgrees, v.Gold))
	}
	fmt.Fprintf(tw, "\n")
	fmt.Fprintf(tw, "pair\t")
	for _, k := range ScoredKinds {
		fmt.Fprintf(tw, "%s P/R/F1\t", k)
	}
	fmt.Fprintf(tw, "quote chars F1\t\n")
	for _, p := range c.Pairs {
		fmt.Fprintf(tw, "%s\t", p.Name)
		for _, k := range ScoredKinds {
			v := p.Kinds[k]
			fmt.Fprintf(tw, "%.2f/%.2f/%.2f (%d/%d)\t", v.Precision(), v.Recall(), v.F1(), v.Predicted, v.Gold)
		}
		fmt.Fprintf(tw, "%.3f\t\n", p.QuoteChars.F1())
	}
	return tw.Flush()
}

func pct(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f%%", math.Round(100*float64(a)/float64(b)))
}

func sortedSubkinds(m map[report.Subkind]Counts) []report.Subkind {
	var out []report.Subkind
	for _, k := range []report.Subkind{report.Verbatim, report.Edited, report.Misquote, report.Unsourced} {
		if _, ok := m[k]; ok {
			out = append(out, k)
		}
	}
	for _, k := range report.FramingSubkinds {
		if _, ok := m[k]; ok {
			out = append(out, k)
		}
	}
	for _, k := range []report.Subkind{report.ContradictsSource, report.NotInSource, report.AttributedElsewhere} {
		if _, ok := m[k]; ok {
			out = append(out, k)
		}
	}
	return out
}

// Miss is a gold item no finding matched, or a finding no gold item matched.
type Miss struct {
	Pair    string         // the pair
	Kind    report.Kind    // the kind
	Subkind report.Subkind // the subkind
	Gold    bool           // true: a gold item the tool missed; false: a finding gold does not have
	Text    string         // the span's text
}

// Misses lists, for one pair, the gold items no finding matched and the findings no gold item
// matched, kind by kind.
func Misses(name string, r *report.Report, gold []Span) []Miss {
	var out []Miss
	for _, kind := range ScoredKinds {
		for _, g := range gold {
			if g.Kind != kind {
				continue
			}
			found := false
			for _, f := range r.Findings {
				if f.Side == sideOf(kind) && f.Kind == kind && Matches(span(f), g.Span) {
					found = true
					break
				}
			}
			if !found {
				out = append(out, Miss{Pair: name, Kind: kind, Subkind: g.Subkind, Gold: true, Text: g.Text})
			}
		}
		for _, f := range r.Findings {
			if f.Side != sideOf(kind) || f.Kind != kind {
				continue
			}
			found := false
			for _, g := range gold {
				if g.Kind == kind && Matches(span(f), g.Span) {
					found = true
					break
				}
			}
			if !found {
				out = append(out, Miss{Pair: name, Kind: kind, Subkind: f.Subkind, Text: f.Text})
			}
		}
	}
	return out
}
