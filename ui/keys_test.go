package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/reframe-dev/reframe/model/report"
)

// currentText returns the text of the current finding, or "".
func currentText(m *Model) string {
	if m.current < 0 {
		return ""
	}
	return m.ix.findings[m.current].Text
}

func plainScreen(m *Model) string { return ansi.Strip(screen(m)) }

func TestKeyNames(t *testing.T) {
	for _, name := range []string{"n", "N", "G", "g", "/", "?", "1", "enter", "esc", "tab", "shift+tab", "pgup", "pgdown", "space", "ctrl+c", "ctrl+d", "up", "down", "home", "end", "backspace"} {
		if got := keyMsg(name).String(); got != name {
			t.Errorf("keyMsg(%q).String() = %q", name, got)
		}
	}
}

func TestNextAndPrevious(t *testing.T) {
	m := newTest(t, fixture(t), colorprofile.ASCII, 120, 40)
	if m.current != -1 {
		t.Fatalf("a finding is selected before any key")
	}
	press(m, "n")
	if got := currentText(m); got != "Bombshell" {
		t.Fatalf("n selected %q, want the first finding", got)
	}
	press(m, "n", "n", "n")
	if got := currentText(m); !strings.HasPrefix(got, "Inspectors found that thousands") {
		t.Fatalf("4×n selected %q, want the edited quote", got)
	}
	view := plainScreen(m)
	for _, want := range []string{"4/15 quote · edited · not marked as a quote", `"hundreds" → "thousands"`, "score 0.93"} {
		if !strings.Contains(view, want) {
			t.Errorf("details lack %q:\n%s", want, view)
		}
	}
	press(m, "N")
	if got := currentText(m); got != "finally" {
		t.Fatalf("N selected %q, want the previous finding", got)
	}
	press(m, "N", "N", "N")
	if got := currentText(m); got != "deserve" || !strings.Contains(plainScreen(m), "(wrapped round)") {
		t.Fatalf("N before the first finding selected %q, want the last, with a note", got)
	}
}

func TestTogglesFilterFindings(t *testing.T) {
	tests := []struct {
		key   string
		kind  report.Kind
		shown string
	}{
		{"1", report.Quote, "·PFUO"},
		{"2", report.Paraphrase, "Q·FUO"},
		{"3", report.Framing, "QP·UO"},
		{"4", report.Unsupported, "QPF·O"},
		{"5", report.Omitted, "QPFU·"},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			m := newTest(t, fixture(t), colorprofile.ASCII, 120, 40)
			press(m, tt.key)
			if got := m.shown.String(); got != tt.shown {
				t.Fatalf("shown = %s, want %s", got, tt.shown)
			}
			if !strings.Contains(plainScreen(m), "kinds "+tt.shown) {
				t.Errorf("key bar does not show kinds %s", tt.shown)
			}
			for _, f := range []Focus{FocusOpinion, FocusSource} {
				m.focus = f
				m.current = -1
				for range 20 {
					press(m, "n")
					if m.current >= 0 && m.ix.findings[m.current].Kind == tt.kind {
						t.Fatalf("n visited a hidden %s finding", tt.kind)
					}
				}
			}
			press(m, tt.key)
			if m.shown != showAll {
				t.Fatalf("pressing %s twice left %s", tt.key, m.shown)
			}
		})
	}
	t.Run("hiding the current kind clears the selection", func(t *testing.T) {
		m := newTest(t, fixture(t), colorprofile.ASCII, 120, 40)
		press(m, "n", "3")
		if m.current != -1 {
			t.Fatalf("the hidden framing finding is still current")
		}
	})
	t.Run("nothing shown", func(t *testing.T) {
		m := newTest(t, fixture(t), colorprofile.ASCII, 120, 40)
		press(m, "1", "2", "3", "4", "5", "n")
		if got := plainScreen(m); !strings.Contains(got, "no findings of the shown kinds in the opinion") {
			t.Fatalf("n with every kind hidden does not say so:\n%s", got)
		}
	})
}

func TestScrollKeys(t *testing.T) {
	tests := []struct {
		keys []string
		top  func(lines, rows int) int
	}{
		{[]string{"j"}, func(int, int) int { return 1 }},
		{[]string{"down", "down"}, func(int, int) int { return 2 }},
		{[]string{"j", "j", "k"}, func(int, int) int { return 1 }},
		{[]string{"j", "up"}, func(int, int) int { return 0 }},
		{[]string{"pgdown"}, func(_, rows int) int { return rows - 2 }},
		{[]string{"space"}, func(_, rows int) int { return rows - 2 }},
		{[]string{"ctrl+d", "pgup"}, func(int, int) int { return 0 }},
		{[]string{"pgdown", "b"}, func(int, int) int { return 0 }},
		{[]string{"pgdown", "ctrl+u"}, func(int, int) int { return 0 }},
		{[]string{"ctrl+f", "ctrl+f", "ctrl+b"}, func(_, rows int) int { return rows - 2 }},
		{[]string{"G"}, func(lines, rows int) int { return lines - rows }},
		{[]string{"end"}, func(lines, rows int) int { return lines - rows }},
		{[]string{"G", "g"}, func(int, int) int { return 0 }},
		{[]string{"end", "home"}, func(int, int) int { return 0 }},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, ","), func(t *testing.T) {
			m := newTest(t, repeated(fixture(t), 5), colorprofile.ASCII, 120, 30)
			m.sync = false
			press(m, tt.keys...)
			p := &m.panes[FocusOpinion]
			if want := tt.top(p.Lines(), p.Rows()); p.Top() != want {
				t.Fatalf("top line %d, want %d", p.Top(), want)
			}
			if m.panes[FocusSource].Top() != 0 {
				t.Fatalf("the unfocused pane moved without sync")
			}
		})
	}
}

func TestFocusAndSync(t *testing.T) {
	m := newTest(t, repeated(fixture(t), 5), colorprofile.ASCII, 120, 30)
	press(m, "tab")
	if m.focus != FocusSource || !strings.Contains(plainScreen(m), "┏━ Source") {
		t.Fatalf("tab did not focus the source pane")
	}
	press(m, "shift+tab")
	if m.focus != FocusOpinion {
		t.Fatalf("shift+tab did not focus the opinion pane")
	}

	// With sync on, selecting a finding brings its evidence level with it.
	press(m, "G", "g")
	for range 2*15 + 4 { // the edited quote of the third copy
		press(m, "n")
	}
	f := m.ix.findings[m.current]
	ev := f.Evidence[0]
	op, src := &m.panes[FocusOpinion], &m.panes[FocusSource]
	if !src.Visible(ev.Start) || src.RowOf(ev.Start) != op.RowOf(f.Start) {
		t.Fatalf("with sync the evidence is on row %d, the finding on row %d", src.RowOf(ev.Start), op.RowOf(f.Start))
	}

	press(m, "s")
	if m.sync || !strings.Contains(plainScreen(m), "sync off") {
		t.Fatalf("s did not turn sync off")
	}
	before := src.Top()
	press(m, "n", "n", "n", "n", "n", "n")
	if src.Top() != before {
		t.Fatalf("without sync the source pane followed the opinion")
	}
	press(m, "s")
	if !m.sync {
		t.Fatalf("s did not turn sync back on")
	}
}

func TestEnterShowsEvidence(t *testing.T) {
	r := fixture(t)
	// Give the edited quote a second piece of evidence, so enter has something to cycle to.
	for i := range r.Findings {
		if r.Findings[i].Subkind == report.Edited {
			s, e := at(t, r.Source.Text, "The council has since changed its testing rules")
			r.Findings[i].Evidence = append(r.Findings[i].Evidence, report.Evidence{Side: report.Source, Start: s, End: e, Text: r.Source.Text[s:e], Score: 0.4})
		}
	}
	m := newTest(t, repeated(r, 5), colorprofile.ASCII, 120, 20)
	press(m, "enter")
	if !strings.Contains(plainScreen(m), "no finding selected") {
		t.Fatalf("enter without a finding does not say why")
	}
	press(m, "s", "n", "n", "n", "n")
	f := m.ix.findings[m.current]
	if f.Subkind != report.Edited {
		t.Fatalf("expected the edited quote, got %s", f.Label())
	}
	src := &m.panes[FocusSource]
	src.ScrollTo(src.Lines())
	press(m, "enter")
	if !src.Visible(f.Evidence[0].Start) || m.evidence != 0 {
		t.Fatalf("enter did not bring the first evidence into view")
	}
	press(m, "enter")
	if m.evidence != 1 || !src.Visible(f.Evidence[1].Start) || !strings.Contains(plainScreen(m), "2 of 2") {
		t.Fatalf("a second enter did not move to the second evidence")
	}
	press(m, "N", "enter")
	if !strings.Contains(plainScreen(m), "no evidence") {
		t.Fatalf("enter on a framing word does not say it has no evidence")
	}
}

func TestSearch(t *testing.T) {
	m := newTest(t, repeated(fixture(t), 3), colorprofile.ASCII, 120, 30)
	press(m, "/")
	if !m.search.typing || !strings.Contains(plainScreen(m), " /█") {
		t.Fatalf("/ did not open the prompt")
	}
	press(m, "f", "i", "s", "x", "backspace", "h")
	if got := plainScreen(m); !strings.Contains(got, `"fish" 1/3 in the opinion`) || !strings.Contains(got, "/fish█") {
		t.Fatalf("typing did not count matches:\n%s", got)
	}
	press(m, "enter")
	if !m.search.active() {
		t.Fatalf("enter did not keep the search")
	}
	press(m, "n", "n")
	if got := plainScreen(m); !strings.Contains(got, `"fish" 3/3`) || m.current != -1 {
		t.Fatalf("n did not move over matches:\n%s", got)
	}
	press(m, "n")
	if got := plainScreen(m); !strings.Contains(got, `"fish" 1/3`) {
		t.Fatalf("n past the last match did not go round")
	}
	press(m, "N")
	if got := plainScreen(m); !strings.Contains(got, `"fish" 3/3`) {
		t.Fatalf("N did not move back")
	}
	press(m, "esc")
	if m.search.active() || strings.Contains(plainScreen(m), `"fish"`) {
		t.Fatalf("esc did not clear the search")
	}
	press(m, "n")
	if m.current < 0 {
		t.Fatalf("after esc, n does not move over findings again")
	}

	press(m, "/", "F", "i", "s", "h")
	if got := plainScreen(m); !strings.Contains(got, `"Fish": no matches`) {
		t.Fatalf("a capital letter does not make the search case-sensitive:\n%s", got)
	}
	press(m, "esc")
	if m.search.typing || m.search.query != "" {
		t.Fatalf("esc did not cancel the prompt")
	}
}

func TestOverlaysAndQuit(t *testing.T) {
	m := newTest(t, fixture(t), colorprofile.ASCII, 100, 40)
	press(m, "?")
	if m.showing != helpOverlay || !strings.Contains(plainScreen(m), "next finding") || !strings.Contains(plainScreen(m), "What the highlights mean") {
		t.Fatalf("? does not show help with the legend")
	}
	press(m, "l")
	if m.showing != legendOverlay {
		t.Fatalf("l in help does not switch to the legend")
	}
	press(m, "esc")
	if m.showing != noOverlay {
		t.Fatalf("esc does not close the legend")
	}
	press(m, "l", "l")
	if m.showing != noOverlay {
		t.Fatalf("l does not close the legend")
	}
	press(m, "?", "j", "k", "G", "g", "pgdown", "pgup", "?")
	if m.showing != noOverlay {
		t.Fatalf("? does not close help")
	}
	for _, k := range []string{"q", "ctrl+c"} {
		if cmd := press(m, k); cmd == nil {
			t.Fatalf("%s returns no command", k)
		} else if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Fatalf("%s does not quit", k)
		}
	}
	press(m, "n", "esc")
	if m.current != -1 {
		t.Fatalf("esc does not clear the selection")
	}
}

func TestMouse(t *testing.T) {
	m := newTest(t, repeated(fixture(t), 5), colorprofile.ASCII, 120, 30)
	m.sync = false
	src := m.layout.panes[FocusSource]
	m.Update(tea.MouseWheelMsg{X: src.x + 5, Y: src.y + 3, Button: tea.MouseWheelDown})
	if m.panes[FocusSource].Top() != 3 || m.panes[FocusOpinion].Top() != 0 {
		t.Fatalf("the wheel did not scroll the pane under the pointer")
	}
	m.Update(tea.MouseWheelMsg{X: src.x + 5, Y: src.y + 3, Button: tea.MouseWheelUp})
	if m.panes[FocusSource].Top() != 0 {
		t.Fatalf("the wheel did not scroll back up")
	}

	// Click on "Bombshell", the first word of the opinion.
	op := m.layout.panes[FocusOpinion]
	m.Update(tea.MouseClickMsg{X: op.x + 1 + gutterWidth + 2, Y: op.y + 1, Button: tea.MouseLeft})
	if got := currentText(m); got != "Bombshell" {
		t.Fatalf("click selected %q", got)
	}
	// Click on the omitted passage in the source pane.
	p := &m.panes[FocusSource]
	off := strings.Index(p.doc.text, "The inspectors said")
	row := p.RowOf(off)
	m.Update(tea.MouseClickMsg{X: src.x + 1 + gutterWidth + 1, Y: src.y + 1 + row, Button: tea.MouseLeft})
	if m.focus != FocusSource || m.current < 0 || m.ix.findings[m.current].Kind != report.Omitted {
		t.Fatalf("click in the source did not select the omitted passage (focus %s, current %q)", m.focus, currentText(m))
	}
	// A click on plain text focuses the pane and keeps the selection.
	m.Update(tea.MouseClickMsg{X: op.x + 1 + gutterWidth, Y: op.y + 2, Button: tea.MouseLeft})
	if m.focus != FocusOpinion || m.current < 0 {
		t.Fatalf("click on a blank line changed the selection or kept the focus")
	}
}

func TestResize(t *testing.T) {
	m := newTest(t, repeated(fixture(t), 5), colorprofile.ASCII, 120, 30)
	press(m, "j", "j", "j", "j", "j", "j")
	off := m.panes[FocusOpinion].TopOffset()
	for _, sz := range []struct {
		w, h    int
		stacked bool
		small   bool
	}{{80, 24, true, false}, {100, 30, false, false}, {99, 30, true, false}, {30, 10, false, true}, {40, 12, true, false}, {200, 60, false, false}} {
		m.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
		if m.layout.stacked != sz.stacked || m.layout.tooSmall != sz.small {
			t.Fatalf("%dx%d: stacked %v, too small %v", sz.w, sz.h, m.layout.stacked, m.layout.tooSmall)
		}
		view := screen(m)
		checkScreen(t, view, sz.w, sz.h)
		if sz.small {
			if !strings.Contains(view, "too small") {
				t.Fatalf("no message on a %dx%d terminal", sz.w, sz.h)
			}
			continue
		}
		p := &m.panes[FocusOpinion]
		if l := p.lines[p.Top()]; off < l.start || (off > l.end && p.Top() < p.Lines()-p.Rows()) {
			t.Fatalf("%dx%d: the reading position moved: top line %v, was at offset %d", sz.w, sz.h, l, off)
		}
	}
}
