package ui

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/reframe-dev/reframe/model/report"
)

func TestAnalysisInTheBackground(t *testing.T) {
	m := newModel(Options{Theme: ThemeDark, profile: colorprofile.ASCII})
	m.analyse, m.loading = func() (*report.Report, error) { return fixture(t), nil }, true
	if m.Init() == nil {
		t.Fatalf("Init starts nothing while the analysis is pending")
	}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := plainScreen(m); !strings.Contains(v, "analysing the pair") {
		t.Fatalf("no spinner while analysing:\n%s", v)
	}
	if cmd := press(m, "n"); cmd != nil || m.ix != nil {
		t.Fatalf("a key did something before the report arrived")
	}
	m.Update(analyseCmd(m.analyse)())
	if m.loading || m.ix == nil || !strings.Contains(plainScreen(m), "15 findings") {
		t.Fatalf("the report did not replace the spinner:\n%s", plainScreen(m))
	}
}

func TestAnalysisFailure(t *testing.T) {
	for name, analyse := range map[string]func() (*report.Report, error){
		"error": func() (*report.Report, error) { return nil, errors.New("lexicon.txt:3: bad entry") },
		"panic": func() (*report.Report, error) { panic("index out of range") },
		"nil":   func() (*report.Report, error) { return nil, nil },
	} {
		t.Run(name, func(t *testing.T) {
			m := newModel(Options{profile: colorprofile.ASCII})
			m.loading = true
			_, cmd := m.Update(analyseCmd(analyse)())
			if m.err == nil || cmd == nil {
				t.Fatalf("failure not kept (err %v)", m.err)
			}
			if _, ok := cmd().(tea.QuitMsg); !ok {
				t.Fatalf("the reader does not quit on failure")
			}
		})
	}
}

// TestRun runs the whole program on a pipe: keys in, screen out.
func TestRun(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var out bytes.Buffer
	in := strings.NewReader("nnq")
	analyse := func() (*report.Report, error) { return fixture(t), nil }
	err := Run(ctx, analyse, Options{Input: in, Output: &out, Env: []string{"TERM=xterm-256color"}, profile: colorprofile.ASCII})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	fail := func() (*report.Report, error) { return nil, errors.New("no such file") }
	err = Run(ctx, fail, Options{Input: strings.NewReader(""), Output: &out, Env: []string{"TERM=xterm-256color"}, profile: colorprofile.ASCII})
	if err == nil || err.Error() != "no such file" {
		t.Fatalf("Run with a failing analysis returned %v", err)
	}
}
