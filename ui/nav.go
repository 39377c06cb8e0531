package ui

import (
	"fmt"
	"sort"

	"charm.land/bubbles/v2/key"
)

// next selects the next (dir 1) or previous (dir -1) shown finding in the focused pane, or the
// next or previous match while a search is active. It starts from the current finding when it
// is in view, else from the view itself, and goes round at either end.
func (m *Model) next(dir int) {
	if m.search.active() {
		m.stepMatch(dir)
		return
	}
	nav := m.ix.layers(m.shown).nav[m.focus]
	if len(nav) == 0 {
		m.note = fmt.Sprintf("no findings of the shown kinds in the %s", m.focus)
		return
	}
	p := &m.panes[m.focus]
	var k int
	switch {
	case m.current >= 0 && focusOf(m.ix.findings[m.current].Side) == m.focus && m.inView(p, m.current):
		k = m.positionOf(nav, m.current) + dir
	case dir > 0:
		top := p.TopOffset()
		k = sort.Search(len(nav), func(i int) bool { return m.ix.findings[nav[i]].Start >= top })
	default:
		bottom := p.BottomOffset()
		k = sort.Search(len(nav), func(i int) bool { return m.ix.findings[nav[i]].Start >= bottom }) - 1
	}
	switch {
	case k >= len(nav):
		k, m.wrapped = 0, true
	case k < 0:
		k, m.wrapped = len(nav)-1, true
	}
	m.selectFinding(nav[k])
}

// inView reports whether any part of finding i shows in pane p.
func (m *Model) inView(p *Pane, i int) bool {
	f := &m.ix.findings[i]
	return f.Start < p.BottomOffset() && f.End >= p.TopOffset()
}

// positionOf returns the index of finding i in a navigation list, or -1.
func (m *Model) positionOf(nav []int, i int) int {
	start := m.ix.findings[i].Start
	for k := sort.Search(len(nav), func(k int) bool { return m.ix.findings[nav[k]].Start >= start }); k < len(nav); k++ {
		if nav[k] == i {
			return k
		}
		if m.ix.findings[nav[k]].Start > start {
			break
		}
	}
	return -1
}

// selectFinding makes finding i current: its pane takes the focus and scrolls it into view,
// and with synchronised scrolling the other pane shows its evidence beside it.
func (m *Model) selectFinding(i int) {
	m.current, m.evidence = i, 0
	f := &m.ix.findings[i]
	m.focus = focusOf(f.Side)
	p := &m.panes[m.focus]
	if !p.Visible(f.Start) {
		p.Place(f.Start, p.Rows()/3)
	}
	if m.sync {
		m.showEvidence()
	}
}

// showEvidence scrolls the other pane to the current evidence of the current finding, on the
// same row as the finding when the panes are side by side.
func (m *Model) showEvidence() bool {
	ts := m.ix.targets[m.current]
	if len(ts) == 0 || !m.ix.hasSource() {
		return false
	}
	f := &m.ix.findings[m.current]
	own := focusOf(f.Side)
	o := &m.panes[1-own]
	row := o.Rows() / 3
	if r := m.panes[own].RowOf(f.Start); !m.layout.stacked && r >= 0 && r < o.Rows() {
		row = r
	}
	o.Place(ts[m.evidence%len(ts)].start, row)
	return true
}

// nextEvidence shows the evidence of the current finding in the other pane; when it already
// shows, it moves on to the next piece of evidence.
func (m *Model) nextEvidence() {
	if m.current < 0 {
		m.note = "no finding selected: n selects the next one"
		return
	}
	ts := m.ix.targets[m.current]
	if len(ts) == 0 {
		m.note = "this finding has no evidence in the other document"
		return
	}
	own := focusOf(m.ix.findings[m.current].Side)
	if m.panes[1-own].Visible(ts[m.evidence%len(ts)].start) && len(ts) > 1 {
		m.evidence = (m.evidence + 1) % len(ts)
	}
	m.showEvidence()
}

// follow scrolls the other pane after pane f moved, so that the first finding in view with a
// counterpart lines up with it. It leaves the other pane alone when none is in view.
func (m *Model) follow(f Focus) {
	if !m.ix.hasSource() {
		return
	}
	p, o := &m.panes[f], &m.panes[1-f]
	anchors := m.ix.layers(m.shown).anchors[f]
	top, bottom := p.TopOffset(), p.BottomOffset()
	k := sort.Search(len(anchors), func(i int) bool { return anchors[i].own >= top })
	if k == len(anchors) || anchors[k].own >= bottom {
		return
	}
	row := p.RowOf(anchors[k].own)
	if m.layout.stacked {
		row = min(row, o.Rows()-1)
	}
	o.Place(anchors[k].other, row)
}

// refresh hands the current state to the parts that draw it.
func (m *Model) refresh() {
	if m.ix == nil {
		return
	}
	l := m.ix.layers(m.shown)
	for f := range m.panes {
		p := &m.panes[f]
		p.SetRuns(l.runs[f])
		p.SetFocused(Focus(f) == m.focus && m.showing == noOverlay)
		p.SetSelected(nil)
		p.SetMatches(nil, -1)
	}
	m.details.SetFinding(nil, 0, 0, 0)
	note := m.note
	if m.wrapped {
		note = "(wrapped round)"
	}
	m.details.SetNote(note)
	switch {
	case m.search.typing || m.search.active():
		m.panes[m.search.focus].SetMatches(m.search.matches, m.search.current)
		m.details.SetMessage(m.search.status())
	case m.current >= 0:
		f := &m.ix.findings[m.current]
		own := focusOf(f.Side)
		m.panes[own].SetSelected([]span{{f.Start, f.End}})
		m.panes[1-own].SetSelected(m.ix.targets[m.current])
		m.details.SetFinding(f, m.positionOf(l.nav[own], m.current)+1, len(l.nav[own]), m.evidence)
	default:
		m.details.SetMessage(m.idleMessage(l))
	}
	m.keybar.SetPrompt(m.search.typing, m.search.query, []key.Binding{m.keys.Search.Confirm, m.keys.Search.Cancel})
	m.keybar.SetBindings(m.shortHelp())
}

// idleMessage says what there is to see when no finding is selected.
func (m *Model) idleMessage(l *layers) string {
	mine, theirs := len(l.nav[m.focus]), len(l.nav[1-m.focus])
	switch {
	case len(m.ix.findings) == 0:
		return "The analysis found nothing to highlight in this pair."
	case mine+theirs == 0:
		return "No findings of the shown kinds: 1-5 show quotes, paraphrases, framing, unsupported claims, omissions."
	case mine == 0:
		return fmt.Sprintf("No findings of the shown kinds in the %s; %d in the %s: tab switches pane.", m.focus, theirs, 1-m.focus)
	}
	return fmt.Sprintf("%d findings of the shown kinds in the %s: n for the next, l for the legend, ? for help.", mine, m.focus)
}

// shortHelp returns the key bar's bindings for the current mode, with live states.
func (m *Model) shortHelp() []key.Binding {
	k := m.keys
	with := func(b key.Binding, desc string) key.Binding {
		b.SetHelp(b.Help().Key, desc)
		return b
	}
	switch {
	case m.showing != noOverlay:
		other := k.General.Legend
		if m.showing == legendOverlay {
			other = k.General.Help
		}
		return []key.Binding{with(k.General.Back, "close"), with(k.Scroll.Down, "scroll"), other, k.General.Quit}
	case m.search.active():
		return []key.Binding{with(k.Findings.Step, "match"),
			with(k.General.Back, "clear search"), with(k.General.Search, "new search"), k.General.Help, k.General.Quit}
	}
	sync := "sync off"
	if m.sync {
		sync = "sync on"
	}
	bs := k.ShortHelp()
	for i, b := range bs {
		switch b.Help().Key {
		case k.Findings.Kinds.Help().Key:
			bs[i] = with(b, "kinds "+m.shown.String())
		case k.Findings.Sync.Help().Key:
			bs[i] = with(b, sync)
		case k.General.Focus.Help().Key:
			bs[i] = with(b, "pane")
		case k.Findings.Evidence.Help().Key:
			bs[i] = with(b, "evidence")
		}
	}
	return bs
}
