package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/reframe-dev/reframe/model/report"
)

// FuzzReader draws arbitrary text with an arbitrary span highlighted, at an arbitrary width,
// after arbitrary keys. Whatever the input: no panic, every line exactly fills the window, and
// nothing from the text reaches the terminal raw.
func FuzzReader(f *testing.F) {
	f.Add("Plain text. Two sentences.", 0, 5, uint8(80), "nnj")
	f.Add(hostile, 3, 40, uint8(41), "n/e\rnN")
	f.Add("wide 漢字かな and emoji 👩‍👩‍👧 and e\u0301 combining", 5, 20, uint8(40), "Gnn")
	f.Add("averyveryverylongwordthatdoesnotfitanywhereatallinanarrowpane\n\n\n", -4, 900, uint8(60), "?jjl")
	f.Fuzz(func(t *testing.T, text string, start, end int, width uint8, keys string) {
		w := 40 + int(width)%120
		r := &report.Report{
			Opinion: report.Doc{Title: text, Text: text},
			Source:  &report.Doc{Title: text, Text: text},
			Findings: []report.Finding{
				{ID: "f1", Kind: report.Quote, Subkind: report.Edited, Side: report.Opinion, Start: start, End: end,
					Evidence: []report.Evidence{{Side: report.Source, Start: end, End: start + 7}}},
				{ID: "f2", Kind: report.Omitted, Side: report.Source, Start: start / 2, End: end * 2},
			},
		}
		m := New(r, Options{Theme: ThemeDark, profile: colorprofile.TrueColor, Env: []string{}})
		m.Update(tea.WindowSizeMsg{Width: w, Height: 24})
		for _, k := range keys {
			m.Update(tea.KeyPressMsg{Code: k, Text: string(k)})
		}
		view := screen(m)
		checkScreen(t, view, w, 24)
		if c, bad := dangerous(uiSGR.ReplaceAllString(view, "")); bad {
			t.Fatalf("%q reached the screen", c)
		}
	})
}
