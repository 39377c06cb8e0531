package framing

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/document/documenttest"
	"github.com/reframe-dev/reframe/model/report"
)

// builtin is the detector with the built-in lexicon only, compiled once for all tests.
var builtin = sync.OnceValue(func() *Detector {
	d, err := New(nil, "")
	if err != nil {
		panic(err)
	}
	return d
})

// load builds a test document from plain text.
var load = documenttest.Text

// got is the part of a finding the tables compare.
type got struct {
	Text    string
	Subkind report.Subkind
}

func (g got) String() string { return fmt.Sprintf("%s %q", g.Subkind, g.Text) }

// findIn runs a detector on an opinion and an optional source and checks the findings'
// invariants.
func findIn(t *testing.T, d *Detector, opinion, source string) ([]report.Finding, []Echo) {
	t.Helper()
	op := load(t, "opinion.txt", opinion)
	ctx := Context{}
	if source != "" {
		ctx.Source = load(t, "source.txt", source)
	}
	fs, echoes := d.Find(op, ctx)
	checkFindings(t, op, ctx.Source, fs)
	return fs, echoes
}

// checkFindings asserts what every finding must satisfy.
func checkFindings(t testing.TB, op, src *document.Document, fs []report.Finding) {
	t.Helper()
	for i, f := range fs {
		if f.Kind != report.Framing || f.Side != report.Opinion {
			t.Errorf("finding %d: kind %s side %s, want framing on the opinion", i, f.Kind, f.Side)
		}
		if f.Start < 0 || f.End > len(op.Text) || f.Start >= f.End {
			t.Fatalf("finding %d: span [%d,%d) out of bounds (text of %d bytes)", i, f.Start, f.End, len(op.Text))
		}
		if f.Text != op.Text[f.Start:f.End] {
			t.Errorf("finding %d: text %q is not the slice %q", i, f.Text, op.Text[f.Start:f.End])
		}
		if f.Explanation == "" || strings.Contains(f.Explanation, "\n") || !strings.HasSuffix(f.Explanation, ".") &&
			!strings.HasSuffix(f.Explanation, "?") && !strings.HasSuffix(f.Explanation, "!") {
			// A user's note may end its own sentence with "?" or "!" (finish keeps it).
			t.Errorf("finding %d: explanation %q is not one line ending as a sentence does", i, f.Explanation)
		}
		for _, e := range f.Evidence {
			if src == nil || e.Side != report.Source || e.Start < 0 || e.End > len(src.Text) || e.Text != src.Text[e.Start:e.End] {
				t.Errorf("finding %d: bad evidence %+v", i, e)
			}
		}
		if i > 0 && (fs[i-1].Start > f.Start) {
			t.Errorf("findings out of order at %d", i)
		}
	}
}

func gots(fs []report.Finding) []got {
	out := []got{}
	for _, f := range fs {
		out = append(out, got{f.Text, f.Subkind})
	}
	return out
}

// sameGots compares findings as sets of (text, subkind).
func sameGots(a, b []got) bool {
	if len(a) != len(b) {
		return false
	}
	count := map[got]int{}
	for _, g := range a {
		count[g]++
	}
	for _, g := range b {
		count[g]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

// framingCase is one row of the per-subkind tables.
type framingCase struct {
	name    string
	opinion string
	source  string // empty: framing-only mode
	want    []got
}

func runCases(t *testing.T, cases []framingCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs, _ := findIn(t, builtin(), c.opinion, c.source)
			if g := gots(fs); !sameGots(g, c.want) {
				t.Errorf("opinion %q\ngot  %v\nwant %v", c.opinion, g, c.want)
			}
		})
	}
}
