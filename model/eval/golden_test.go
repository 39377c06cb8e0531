package eval

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/reframe-dev/reframe/model/render"
)

// TestGoldenReports compares the JSON report of every corpus pair with its golden file in
// testdata/TestGoldenReports, so that any change in the analysis shows as a diff to review.
// Regenerate with `go test ./model/eval -run TestGoldenReports -update` after a change that is
// meant.
func TestGoldenReports(t *testing.T) {
	pairs, a := loadCorpus(t)
	for _, p := range pairs {
		t.Run(p.Name, func(t *testing.T) {
			r := a.Analyze(p.Opinion, p.Source)
			got, err := render.MarshalJSON(&r, "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, got)
		})
	}
}
