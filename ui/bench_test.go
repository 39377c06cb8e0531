package ui

import (
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// BenchmarkKeyPress measures one key press, Update then View, on a pair of about 1 MB per side
// with some 20,000 findings per side, in colour at 120x40. It reports the median too: the
// budget is 5 ms at the median.
func BenchmarkKeyPress(b *testing.B) {
	r := fixture(b)
	r = repeated(r, (1<<20)/len(r.Opinion.Text)+1)
	m := newTest(b, r, colorprofile.TrueColor, 120, 40)
	screen(m)
	keys := []string{"j", "n", "n", "pgdown", "N", "k", "enter", "tab", "space", "n", "tab", "G", "N", "g", "3", "3", "s", "j", "s", "b"}
	msgs := make([]tea.Msg, len(keys))
	for i, k := range keys {
		msgs[i] = keyMsg(k)
	}
	times := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		m.Update(msgs[i%len(msgs)])
		_ = m.View()
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Nanoseconds()), "median-ns/key")
}

// BenchmarkOpen measures what the reader does before its first frame on the same pair: index
// the report, wrap both texts and draw.
func BenchmarkOpen(b *testing.B) {
	r := fixture(b)
	r = repeated(r, (1<<20)/len(r.Opinion.Text)+1)
	for b.Loop() {
		m := newTest(b, r, colorprofile.TrueColor, 120, 40)
		_ = m.View()
	}
}
