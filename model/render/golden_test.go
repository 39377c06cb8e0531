package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata with the current output")

// checkGolden compares got with testdata/name, or rewrites the file with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file: %v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update if the change is intended):\n%s", name, lineDiff(string(want), string(got)))
	}
}

// lineDiff shows the first lines where two texts differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 10; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + strconv.Itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl + "\n")
			shown++
		}
	}
	return b.String()
}

// TestGolden renders hand-built reports in every format and compares them with the files in
// testdata.
func TestGolden(t *testing.T) {
	framingOnly := sampleReport()
	framingOnly.Source = nil
	var kept []report.Finding
	for _, f := range framingOnly.Findings {
		if f.Side == report.Opinion && f.Kind == report.Framing {
			f.Links = nil
			kept = append(kept, f)
		}
	}
	framingOnly.Findings = kept
	framingOnly.Summary = report.Summary{OpinionWords: 78, FramingPer100Words: 6.4103, Counts: map[string]int{"framing": 5}}

	tests := []struct {
		golden string
		report *report.Report
		format Format
	}{
		{"sample.txt", sampleReport(), Text},
		{"sample.md", sampleReport(), Markdown},
		{"sample.json", sampleReport(), JSON},
		{"sample.html", sampleReport(), HTML},
		{"framing-only.html", framingOnly, HTML},
		{"framing-only.md", framingOnly, Markdown},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.report, tt.format); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tt.golden, buf.Bytes())
			// Rendering is deterministic: a second run gives the same bytes.
			var again bytes.Buffer
			if err := Write(&again, tt.report, tt.format); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), again.Bytes()) {
				t.Error("two renders of the same report differ")
			}
		})
	}
}
