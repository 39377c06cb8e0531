package ui

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/reframe-dev/reframe/model/report"
)

// hostile is text that would act on a terminal if it reached one raw: colours, a window title,
// clearing the screen, an 8-bit CSI both as a character and as a lone byte, a bell, backspaces,
// a carriage return, DEL and a right-to-left override.
const hostile = "Evil \x1b[31mred\x1b[0m title\x1b]0;pwned\x07 clear\x1b[2J\x1b[H " +
	"csi\u009b31m byte\x9b31m bell\x07 back\b\b cr\rover del\x7f rtl\u202egnp.exe\n" +
	"Second \x1b[1;1H\x1bP+q544e\x1b\\ paragraph with a \x1b]8;;http://x\x07link\x1b]8;;\x07.\n"

// hostileReport puts hostile text everywhere a report carries text: titles, names, both
// documents, explanations, evidence and edits.
func hostileReport() *report.Report {
	op := hostile + hostile
	src := "Source " + hostile
	f := report.Finding{ID: "f1", Kind: report.Quote, Subkind: report.Edited, Side: report.Opinion,
		Start: 0, End: len(hostile), Text: hostile, Explanation: "explained \x1b[5mblink\x1b[0m",
		Evidence: []report.Evidence{{Side: report.Source, Start: 7, End: len(src), Text: hostile, Score: 0.5}},
		Edits:    []report.Edit{{Op: report.Replace, From: "\x1b[31m", To: "\x1b]0;x\x07"}}}
	g := report.Finding{ID: "f2", Kind: report.Framing, Subkind: report.LoadedLanguage, Side: report.Opinion,
		Start: len(hostile) + 3, End: len(hostile) + 20, Text: op[len(hostile)+3 : len(hostile)+20], Explanation: "\x1b[2J"}
	return &report.Report{
		Version:  report.Version,
		Opinion:  report.Doc{Name: "op\x1b[2J", Title: "Title \x1b]0;pwned\x07", Text: op},
		Source:   &report.Doc{Name: "src\x9b", Title: "Source \x1b[31mtitle", Text: src},
		Findings: []report.Finding{f, g},
	}
}

var uiSGR = regexp.MustCompile("\x1b\\[[0-9;:]*m")

// dangerous reports the first character of s, other than newlines, that a terminal acts on.
func dangerous(s string) (string, bool) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return s[i : i+1], true
		case r == '\n':
		case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0, r == '\u202e':
			return string(r), true
		}
		i += size
	}
	return "", false
}

func TestHostileTextIsInert(t *testing.T) {
	for _, p := range []colorprofile.Profile{colorprofile.NoTTY, colorprofile.ASCII, colorprofile.ANSI, colorprofile.TrueColor} {
		t.Run(p.String(), func(t *testing.T) {
			m := newTest(t, hostileReport(), p, 120, 40)
			for _, keys := range [][]string{nil, {"n"}, {"n", "n"}, {"/", "\x1b"}, {"?"}} {
				press(m, keys...)
				view := m.View()
				content := view.Content
				if p == colorprofile.NoTTY && strings.ContainsRune(content, '\x1b') {
					t.Fatalf("after %q: an escape reached the screen with no styling at all:\n%q", keys, content)
				}
				if c, bad := dangerous(uiSGR.ReplaceAllString(content, "")); bad {
					t.Fatalf("after %q: %q reached the screen:\n%q", keys, c, content)
				}
				if c, bad := dangerous(view.WindowTitle); bad {
					t.Fatalf("window title carries %q", c)
				}
				if keys == nil && !strings.Contains(content, "␛[31m") {
					t.Fatalf("the escape is not shown as a visible symbol:\n%s", content)
				}
				press(m, "esc", "esc")
			}
		})
	}
}

func TestInert(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"a\x1b[31mb", "a␛[31mb"},
		{"tab\there", "tab here"},
		{"bell\x07", "bell␇"},
		{"c1\u009bx", "c1\ufffdx"},
		{"byte\x9bx", "byte\ufffdx"},
		{"del\x7f", "del␡"},
		{"rtl\u202eabc", "rtl\ufffdabc"},
		{"café ünïcode", "café ünïcode"},
	}
	for _, tt := range tests {
		if got := inert(tt.in); got != tt.want {
			t.Errorf("inert(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if cellWidth(tt.in) != cellWidth(inert(tt.in)) {
			t.Errorf("cellWidth(%q) differs from its inert form", tt.in)
		}
	}
}

func TestColorModes(t *testing.T) {
	var out bytes.Buffer
	tests := []struct {
		name string
		opts Options
		want colorprofile.Profile
	}{
		{"never", Options{Color: ColorNever, Output: &out, Env: []string{"TERM=xterm-256color", "COLORTERM=truecolor"}}, colorprofile.ASCII},
		{"always over NO_COLOR", Options{Color: ColorAlways, Output: &out, Env: []string{"TERM=xterm-256color", "NO_COLOR=1"}}, colorprofile.ANSI256},
		{"always on a dumb terminal", Options{Color: ColorAlways, Output: &out, Env: []string{"TERM=dumb"}}, colorprofile.ANSI},
		{"auto, not a terminal", Options{Output: &out, Env: []string{"TERM=xterm-256color"}}, colorprofile.NoTTY},
	}
	for _, tt := range tests {
		if got := tt.opts.colorProfile(); got != tt.want {
			t.Errorf("%s: profile %s, want %s", tt.name, got, tt.want)
		}
	}
	// NO_COLOR set to anything, not only to a boolean, removes colour in auto mode.
	m := New(fixture(t), Options{Output: &out, Env: []string{"TERM=xterm-256color", "CLICOLOR_FORCE=1", "NO_COLOR=yes"}})
	if m.profile > colorprofile.ASCII {
		t.Fatalf("NO_COLOR=yes left profile %s", m.profile)
	}
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if v := screen(m); strings.Contains(v, "[38;") || strings.Contains(v, "[48;") {
		t.Fatalf("colour under NO_COLOR")
	}
}

func TestFlagValues(t *testing.T) {
	var c ColorMode
	var th Theme
	for _, s := range []string{"auto", "always", "never", "NEVER"} {
		if err := c.Set(s); err != nil || !strings.EqualFold(c.String(), s) {
			t.Errorf("ColorMode.Set(%q): %v, %s", s, err, c)
		}
	}
	for _, s := range []string{"auto", "dark", "light"} {
		if err := th.Set(s); err != nil || th.String() != s {
			t.Errorf("Theme.Set(%q): %v, %s", s, err, th)
		}
	}
	if err := c.Set("sometimes"); err == nil || !strings.Contains(err.Error(), "auto, always, never") {
		t.Errorf("ColorMode.Set(sometimes) = %v", err)
	}
	if err := th.Set("blue"); err == nil {
		t.Errorf("Theme.Set(blue) succeeded")
	}
}

func TestThemeFromTerminal(t *testing.T) {
	m := New(fixture(t), Options{profile: colorprofile.TrueColor, Env: []string{}})
	if !m.dark {
		t.Fatalf("the theme does not start dark")
	}
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	dark := screen(m)
	m.Update(tea.BackgroundColorMsg{Color: lightGrey{}})
	if m.dark || screen(m) == dark {
		t.Fatalf("a light background did not change the palette")
	}
	if m := New(fixture(t), Options{Env: []string{"COLORFGBG=0;15"}}); m.dark {
		t.Fatalf("COLORFGBG=0;15 is a light background")
	}
	m = New(fixture(t), Options{Theme: ThemeDark, profile: colorprofile.TrueColor, Env: []string{}})
	m.Update(tea.BackgroundColorMsg{Color: lightGrey{}})
	if !m.dark {
		t.Fatalf("--theme dark was overridden by the terminal")
	}
}

type lightGrey struct{}

func (lightGrey) RGBA() (r, g, b, a uint32) { return 0xeeee, 0xeeee, 0xeeee, 0xffff }
