package ui

import (
	"cmp"
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/report"
)

// wrapWidths is how many widths a document keeps its wrapped lines for, so that resizing back
// and forth, or a pane that changes width when the layout stacks, does not wrap again.
const wrapWidths = 4

// document is one side of the report as the reader shows it: its text, its wrapped lines cached
// per width, and a folded copy for search built on first use.
type document struct {
	side   report.Side
	name   string
	title  string
	text   string
	folded string
	wraps  map[int][]line // lines per text width, at most wrapWidths of them
	order  []int          // widths in wraps, oldest first
}

// wrap returns the document's lines at a width, wrapping only for a width not seen lately.
func (d *document) wrap(width int) []line {
	if lines, ok := d.wraps[width]; ok {
		return lines
	}
	if d.wraps == nil {
		d.wraps = map[int][]line{}
	}
	if len(d.order) == wrapWidths {
		delete(d.wraps, d.order[0])
		d.order = d.order[1:]
	}
	lines := wrapText(d.text, width)
	d.wraps[width] = lines
	d.order = append(d.order, width)
	return lines
}

// foldedText returns the text folded for case-insensitive search.
func (d *document) foldedText() string {
	if d.folded == "" && d.text != "" {
		d.folded = fold(d.text)
	}
	return d.folded
}

// anchor ties a position in one document to the matching position in the other, for
// synchronised scrolling.
type anchor struct {
	own, other int
}

// layers is everything that depends on which kinds are shown, for both sides (indexed by
// Focus): the painted runs, the findings n/N visit, and the scrolling anchors.
type layers struct {
	runs    [2][]run
	nav     [2][]int
	anchors [2][]anchor
}

// index holds a report prepared for display: checked spans, the targets of every finding in
// the other document, and layers cached per set of shown kinds.
type index struct {
	rep      *report.Report
	docs     [2]*document
	findings []report.Finding // the report's findings with spans clamped to their text
	targets  [][]span         // per finding: evidence and linked spans in the other document
	paints   []paint          // per finding: how its own span is painted
	cache    map[kindSet]*layers
}

func newIndex(r *report.Report) *index {
	ix := &index{rep: r, cache: map[kindSet]*layers{}}
	ix.docs[FocusOpinion] = &document{side: report.Opinion, name: r.Opinion.Name, title: r.Opinion.Title, text: r.Opinion.Text}
	src := &document{side: report.Source}
	if r.Source != nil {
		src.name, src.title, src.text = r.Source.Name, r.Source.Title, r.Source.Text
	}
	ix.docs[FocusSource] = src
	ix.findings = make([]report.Finding, len(r.Findings))
	byID := make(map[string]int, len(r.Findings))
	for i, f := range r.Findings {
		if f.Side != report.Source {
			f.Side = report.Opinion
		}
		f.Start, f.End = ix.clamp(f.Side, f.Start, f.End)
		ix.findings[i] = f
		byID[f.ID] = i
	}
	ix.targets = make([][]span, len(ix.findings))
	ix.paints = make([]paint, len(ix.findings))
	for i := range ix.findings {
		f := &ix.findings[i]
		ix.paints[i] = paintOf(f)
		if f.Kind == report.Used {
			// A used passage is painted as the quotes and paraphrases it feeds.
			var p paint
			for _, id := range f.Links {
				if j, ok := byID[id]; ok {
					p = p.merge(evidencePaint(&ix.findings[j]))
				}
			}
			if !p.isZero() {
				ix.paints[i] = p
			}
		}
		var ts []span
		for _, e := range f.Evidence {
			if e.Side == f.Side.Other() {
				s, t := ix.clamp(e.Side, e.Start, e.End)
				ts = append(ts, span{s, t})
			}
		}
		for _, id := range f.Links {
			if j, ok := byID[id]; ok && ix.findings[j].Side != f.Side {
				ts = append(ts, span{ix.findings[j].Start, ix.findings[j].End})
			}
		}
		ix.targets[i] = ts
	}
	return ix
}

// clamp keeps a span inside its document and on character boundaries, whatever the report says.
func (ix *index) clamp(side report.Side, start, end int) (int, int) {
	text := ix.docs[focusOf(side)].text
	n := len(text)
	start = min(max(start, 0), n)
	end = min(max(end, start), n)
	for start > 0 && start < n && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < n && !utf8.RuneStart(text[end]) {
		end++
	}
	return start, end
}

// hasSource reports whether the report has a source document to show.
func (ix *index) hasSource() bool { return ix.rep.Source != nil }

// layers returns the layers for the shown kinds, computing them once per set.
func (ix *index) layers(shown kindSet) *layers {
	if l, ok := ix.cache[shown]; ok {
		return l
	}
	l := &layers{}
	var marks [2][]mark
	for i := range ix.findings {
		f := &ix.findings[i]
		if !shown.has(f.Kind) {
			continue
		}
		own := focusOf(f.Side)
		marks[own] = append(marks[own], mark{span{f.Start, f.End}, ix.paints[i]})
		l.nav[own] = append(l.nav[own], i)
		for j, t := range ix.targets[i] {
			if f.Kind == report.Used {
				// The linked finding paints itself; a used passage only adds its anchor.
				break
			}
			marks[1-own] = append(marks[1-own], mark{t, evidencePaint(f)})
			if j == 0 {
				l.anchors[own] = append(l.anchors[own], anchor{f.Start, t.start})
				l.anchors[1-own] = append(l.anchors[1-own], anchor{t.start, f.Start})
			}
		}
	}
	for s := range l.runs {
		l.runs[s] = buildRuns(marks[s])
		slices.SortStableFunc(l.nav[s], func(a, b int) int {
			return cmp.Or(cmp.Compare(ix.findings[a].Start, ix.findings[b].Start), cmp.Compare(ix.findings[b].End, ix.findings[a].End))
		})
		slices.SortStableFunc(l.anchors[s], func(a, b anchor) int { return cmp.Compare(a.own, b.own) })
	}
	ix.cache[shown] = l
	return l
}

// findingAt returns the shown finding on side s that covers offset off, preferring the
// shortest (a framing word over the quote around it over the sentence around both), or -1.
func (ix *index) findingAt(l *layers, s Focus, off int) int {
	best := -1
	nav := l.nav[s]
	hi := sort.Search(len(nav), func(i int) bool { return ix.findings[nav[i]].Start > off })
	for _, i := range nav[:hi] {
		f := &ix.findings[i]
		if off >= f.Start && off < f.End && (best < 0 || f.End-f.Start < ix.findings[best].End-ix.findings[best].Start) {
			best = i
		}
	}
	return best
}
