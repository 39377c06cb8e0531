package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// handleKey handles a key press in whichever mode the reader is in.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	if msg.String() == "ctrl+c" {
		return tea.Quit
	}
	if m.ix == nil || m.layout.tooSmall {
		if key.Matches(msg, k.General.Quit) {
			return tea.Quit
		}
		return nil
	}
	m.note, m.wrapped = "", false
	var cmd tea.Cmd
	switch {
	case m.search.typing:
		m.searchKey(msg)
	case m.showing != noOverlay:
		cmd = m.overlayKey(msg)
	default:
		cmd = m.readingKey(msg)
	}
	m.refresh()
	return cmd
}

// readingKey handles a key while the panes are shown.
func (m *Model) readingKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	p := &m.panes[m.focus]
	page := max(p.Rows()-2, 1)
	switch {
	case key.Matches(msg, k.General.Quit):
		return tea.Quit
	case key.Matches(msg, k.Scroll.Up):
		m.scroll(m.focus, -1)
	case key.Matches(msg, k.Scroll.Down):
		m.scroll(m.focus, 1)
	case key.Matches(msg, k.Scroll.PageUp):
		m.scroll(m.focus, -page)
	case key.Matches(msg, k.Scroll.PageDown):
		m.scroll(m.focus, page)
	case key.Matches(msg, k.Scroll.Top):
		m.scroll(m.focus, -p.Lines())
	case key.Matches(msg, k.Scroll.Bottom):
		m.scroll(m.focus, p.Lines())
	case key.Matches(msg, k.Findings.Next):
		m.next(1)
	case key.Matches(msg, k.Findings.Prev):
		m.next(-1)
	case key.Matches(msg, k.Findings.Evidence):
		m.nextEvidence()
	case key.Matches(msg, k.Findings.Sync):
		m.sync = !m.sync
		m.note = "synchronised scrolling off"
		if m.sync {
			m.note = "synchronised scrolling on"
			m.follow(m.focus)
		}
	case key.Matches(msg, k.Findings.Quote):
		m.toggle(showQuote)
	case key.Matches(msg, k.Findings.Paraphrase):
		m.toggle(showParaphrase)
	case key.Matches(msg, k.Findings.Framing):
		m.toggle(showFraming)
	case key.Matches(msg, k.Findings.Unsupported):
		m.toggle(showUnsupported)
	case key.Matches(msg, k.Findings.Omitted):
		m.toggle(showOmitted)
	case key.Matches(msg, k.General.Focus):
		if m.ix.hasSource() {
			m.focus = 1 - m.focus
		}
	case key.Matches(msg, k.General.Search):
		m.search = search{typing: true, focus: m.focus, current: -1}
	case key.Matches(msg, k.General.Back):
		switch {
		case m.search.active():
			m.search = search{current: -1}
		case m.current >= 0:
			m.current = -1
		}
	case key.Matches(msg, k.General.Legend):
		m.openOverlay(legendOverlay)
	case key.Matches(msg, k.General.Help):
		m.openOverlay(helpOverlay)
	}
	return nil
}

// overlayKey handles a key while help or the legend is open.
func (m *Model) overlayKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	page := max(m.layout.middle().h-4, 1)
	switch {
	case key.Matches(msg, k.General.Quit):
		return tea.Quit
	case key.Matches(msg, k.General.Back, k.General.Help, k.General.Legend):
		if (key.Matches(msg, k.General.Help) && m.showing == legendOverlay) ||
			(key.Matches(msg, k.General.Legend) && m.showing == helpOverlay) {
			m.openOverlay(overlayKind(3 - int(m.showing)))
			return nil
		}
		m.showing = noOverlay
	case key.Matches(msg, k.Scroll.Up):
		m.overlay.ScrollBy(-1)
	case key.Matches(msg, k.Scroll.Down):
		m.overlay.ScrollBy(1)
	case key.Matches(msg, k.Scroll.PageUp):
		m.overlay.ScrollBy(-page)
	case key.Matches(msg, k.Scroll.PageDown):
		m.overlay.ScrollBy(page)
	case key.Matches(msg, k.Scroll.Top):
		m.overlay.ScrollBy(-len(m.overlay.lines))
	case key.Matches(msg, k.Scroll.Bottom):
		m.overlay.ScrollBy(len(m.overlay.lines))
	}
	return nil
}

// openOverlay shows help or the legend over the panes.
func (m *Model) openOverlay(o overlayKind) {
	m.showing = o
	width := max(m.layout.width-4, 10)
	legend := legendLines(m.styles, width)
	if o == legendOverlay {
		m.overlay.SetContent("Legend", legend)
		return
	}
	lines := append([]string{m.styles.Title.Render("Keys"), ""}, m.keyColumns(width)...)
	lines = append(lines, "")
	lines = append(lines, wrapLines("The mouse wheel scrolls the pane under the pointer; a click selects the highlight under it.", width)...)
	m.overlay.SetContent("Help", append(append(lines, ""), legend...))
}

// keyColumns lays out the full help's groups side by side, as many to a row as fit the width.
func (m *Model) keyColumns(width int) []string {
	const gap = 4
	var rows []string
	var row [][]string
	used := 0
	flush := func() {
		if len(rows) > 0 {
			rows = append(rows, "")
		}
		height := 0
		for _, b := range row {
			height = max(height, len(b))
		}
		for i := range height {
			var line strings.Builder
			for _, b := range row {
				cell := ""
				if i < len(b) {
					cell = b[i]
				}
				line.WriteString(pad(cell, displayWidth(b[0])+gap))
			}
			rows = append(rows, strings.TrimRight(line.String(), " "))
		}
		row, used = nil, 0
	}
	for _, group := range m.keys.FullHelp() {
		block := strings.Split(m.keybar.help.FullHelpView([][]key.Binding{group}), "\n")
		w := 0
		for _, l := range block {
			w = max(w, displayWidth(l))
		}
		for i := range block {
			block[i] = pad(block[i], w)
		}
		if len(row) > 0 && used+w > width {
			flush()
		}
		row = append(row, block)
		used += w + gap
	}
	flush()
	return rows
}

// toggle shows or hides a kind of finding.
func (m *Model) toggle(kind kindSet) {
	m.shown ^= kind
	for _, t := range toggles {
		if t.set == kind {
			state := "hidden"
			if m.shown&kind != 0 {
				state = "shown"
			}
			m.note = fmt.Sprintf("%s %s", t.name, state)
		}
	}
	if m.current >= 0 && !m.shown.has(m.ix.findings[m.current].Kind) {
		m.current = -1
	}
}

// scroll scrolls a pane by n lines, and the other with it when scrolling is synchronised.
func (m *Model) scroll(f Focus, n int) {
	m.panes[f].ScrollBy(n)
	if m.sync {
		m.follow(f)
	}
}

// handleWheel scrolls the pane under the pointer, or the overlay.
func (m *Model) handleWheel(mouse tea.Mouse) {
	if m.ix == nil || m.layout.tooSmall {
		return
	}
	n := 0
	switch mouse.Button {
	case tea.MouseWheelUp:
		n = -3
	case tea.MouseWheelDown:
		n = 3
	default:
		return
	}
	if m.showing != noOverlay {
		m.overlay.ScrollBy(n)
		return
	}
	for f, r := range m.layout.panes {
		if r.contains(mouse.X, mouse.Y) {
			m.scroll(Focus(f), n)
		}
	}
	m.refresh()
}

// handleClick focuses the pane under the pointer and selects the highlight under it.
func (m *Model) handleClick(mouse tea.Mouse) {
	if m.ix == nil || m.layout.tooSmall || m.showing != noOverlay || mouse.Button != tea.MouseLeft {
		return
	}
	for f, r := range m.layout.panes {
		if !r.contains(mouse.X, mouse.Y) || (Focus(f) == FocusSource && !m.ix.hasSource()) {
			continue
		}
		m.focus = Focus(f)
		m.note = ""
		if off, ok := m.panes[f].OffsetAt(mouse.X-r.x, mouse.Y-r.y); ok {
			if i := m.ix.findingAt(m.ix.layers(m.shown), Focus(f), off); i >= 0 {
				m.selectFinding(i)
			}
		}
	}
	m.refresh()
}
