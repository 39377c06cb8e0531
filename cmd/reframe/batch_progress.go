package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progressWidth is the number of cells in the progress bar.
const progressWidth = 30

// progress draws a one-line progress bar on a terminal, redrawn in place. A nil *progress draws
// nothing, which is what a batch uses when stderr is not a terminal, so output captured to a file
// is never garbled.
type progress struct {
	w      io.Writer
	total  int
	done   int
	failed int
	start  time.Time
	now    func() time.Time // the clock, replaced in tests
}

func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, start: time.Now(), now: time.Now}
}

// add counts one finished pair and redraws the bar.
func (p *progress) add(failed bool) {
	if p == nil {
		return
	}
	p.done++
	if failed {
		p.failed++
	}
	fmt.Fprint(p.w, "\r"+p.line()+"\x1b[K")
}

// clear erases the bar until the next add, so a line written to the same terminal (results on
// stdout) starts on a clean line.
func (p *progress) clear() {
	if p == nil {
		return
	}
	fmt.Fprint(p.w, "\r\x1b[K")
}

// finish erases the bar for good.
func (p *progress) finish() { p.clear() }

// line renders the bar: "[██████░░░░] 12/40 pairs · 1 failed · 3.2 pairs/s".
func (p *progress) line() string {
	filled := 0
	if p.total > 0 {
		filled = p.done * progressWidth / p.total
	}
	var b strings.Builder
	b.WriteString("[" + strings.Repeat("█", filled) + strings.Repeat("░", progressWidth-filled) + "]")
	fmt.Fprintf(&b, " %d/%d pairs", p.done, p.total)
	if p.failed > 0 {
		fmt.Fprintf(&b, " · %d failed", p.failed)
	}
	if secs := p.now().Sub(p.start).Seconds(); secs > 0 && p.done > 0 {
		fmt.Fprintf(&b, " · %.1f pairs/s", float64(p.done)/secs)
	}
	return b.String()
}
