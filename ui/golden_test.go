package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// checkScreen fails unless the view fills the window exactly: height lines of width cells.
func checkScreen(t *testing.T, view string, width, height int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != height {
		t.Fatalf("view has %d lines, want %d", len(lines), height)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w != width {
			t.Fatalf("line %d is %d cells wide, want %d: %q", i, w, width, ansi.Strip(l))
		}
	}
}

// TestGoldenScreens compares whole screens with golden files (go test ./ui -update rewrites
// them): side by side at 120x40, side by side and stacked at 80x24 and 70x30, each in colour and
// with NO_COLOR, first as the reader opens and then with a finding selected.
func TestGoldenScreens(t *testing.T) {
	profiles := []struct {
		name    string
		profile colorprofile.Profile
	}{
		{"color", colorprofile.TrueColor},
		{"nocolor", colorprofile.ASCII},
	}
	sizes := []struct{ w, h int }{{120, 40}, {80, 24}, {70, 30}}
	states := []struct {
		name string
		keys []string
	}{
		{"open", nil},
		{"edited-quote", []string{"n", "n", "n", "n"}},
	}
	for _, p := range profiles {
		for _, sz := range sizes {
			for _, st := range states {
				t.Run(fmt.Sprintf("%dx%d/%s/%s", sz.w, sz.h, p.name, st.name), func(t *testing.T) {
					m := newTest(t, fixture(t), p.profile, sz.w, sz.h)
					press(m, st.keys...)
					view := screen(m)
					checkScreen(t, view, sz.w, sz.h)
					golden.RequireEqual(t, []byte(view))
				})
			}
		}
	}
}

// TestGoldenOverlays covers help, the legend, the search prompt, a light 16-colour terminal, a
// report without a source, the loading screen and a terminal too small to draw in.
func TestGoldenOverlays(t *testing.T) {
	tests := []struct {
		name    string
		profile colorprofile.Profile
		w, h    int
		keys    []string
	}{
		{"help", colorprofile.ANSI256, 100, 40, []string{"?"}},
		{"legend", colorprofile.ASCII, 100, 30, []string{"l"}},
		{"search", colorprofile.ANSI256, 120, 30, []string{"/", "f", "i", "s", "h"}},
		{"search-kept", colorprofile.ASCII, 120, 30, []string{"/", "f", "i", "s", "h", "enter", "n"}},
		{"hidden-kinds", colorprofile.ASCII, 120, 30, []string{"1", "3"}},
		{"too-small", colorprofile.ASCII, 39, 11, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTest(t, fixture(t), tt.profile, tt.w, tt.h)
			press(m, tt.keys...)
			view := screen(m)
			checkScreen(t, view, tt.w, tt.h)
			golden.RequireEqual(t, []byte(view))
		})
	}
	t.Run("light-16", func(t *testing.T) {
		m := New(fixture(t), Options{Theme: ThemeLight, profile: colorprofile.ANSI})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
		press(m, "n", "n", "n", "n", "n")
		golden.RequireEqual(t, []byte(screen(m)))
	})
	t.Run("no-source", func(t *testing.T) {
		r := fixture(t)
		r.Source = nil
		r.Findings = r.Findings[:0]
		m := newTest(t, r, colorprofile.ASCII, 80, 24)
		view := screen(m)
		checkScreen(t, view, 80, 24)
		golden.RequireEqual(t, []byte(view))
	})
	t.Run("loading", func(t *testing.T) {
		m := newModel(Options{Theme: ThemeDark, profile: colorprofile.ASCII})
		m.loading = true
		m.Update(tea.WindowSizeMsg{Width: 60, Height: 15})
		golden.RequireEqual(t, []byte(screen(m)))
	})
}
