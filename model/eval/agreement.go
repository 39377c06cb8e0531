package eval

import (
	"fmt"

	"github.com/reframe-dev/reframe/model/report"
)

// Agreement scores a second, independent annotation of a pair against its gold exactly as the
// tool's findings are scored: each item of the second annotation stands for a finding. The
// result is how far two careful annotators agree, and so the most a tool can be expected to
// reach against this gold.
func Agreement(p Pair, second *Gold) (PairScore, error) {
	gold, err := p.Gold.Resolve(p.Opinion.Text, p.Source.Text)
	if err != nil {
		return PairScore{}, err
	}
	other, err := second.Resolve(p.Opinion.Text, p.Source.Text)
	if err != nil {
		return PairScore{}, fmt.Errorf("second annotation: %w", err)
	}
	r := report.Report{
		Opinion: report.Doc{Text: p.Opinion.Text},
		Source:  &report.Doc{Text: p.Source.Text},
	}
	for _, s := range other {
		f := report.Finding{
			Kind: s.Kind, Subkind: s.Subkind, Side: sideOf(s.Kind),
			Start: s.Start, End: s.End, Text: s.Text,
		}
		// The passage the second annotator cites is their evidence.
		if cited, ok := citedSpan(&r, s); ok {
			f.Evidence = []report.Evidence{{Side: report.Source, Start: cited.Start, End: cited.End, Text: s.Source}}
		}
		r.Findings = append(r.Findings, f)
	}
	return ScorePair(p.Name, &r, gold), nil
}
