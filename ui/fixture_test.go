package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/reframe-dev/reframe/model/report"
)

// The fixture pair is invented for these tests: a short news report and an opinion piece that
// reframes it with every kind of finding.
const (
	fixtureOpinion = `Bombshell Report Exposes River Cover-Up

The shocking truth is finally out. Inspectors found that thousands of fish died in the Marl river last spring, and the council knew all along. "We saw no reason to warn anyone," a council spokesperson admitted.

Is anyone surprised? A fault at the plant caused it, and the plant released untreated water for three weeks. According to the regional paper, the owner has donated to the mayor. "This is the worst spill in our history," said one angler.

The council has since changed its testing rules, but too late. Residents deserve answers, and they deserve them now.
`
	fixtureSource = `Inspection links fish deaths in Marl river to treatment plant fault

Inspectors found that hundreds of fish died in the Marl river last spring after a fault at the treatment plant. The plant released partly treated water for three days before the fault was found.

A council spokesperson said: "We saw no reason to warn anyone at the time, because early tests were clean." The council has since changed its testing rules.

The inspectors said the fault was not deliberate, and that fish numbers have recovered.
`
)

var (
	yes = true
	no  = false
)

// at returns the span of the first occurrence of sub in text, failing the test without one.
func at(tb testing.TB, text, sub string) (int, int) {
	tb.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		tb.Fatalf("fixture: %q not found", sub)
	}
	return i, i + len(sub)
}

// fixture builds a report by hand with findings of every kind and subkind the reader draws.
func fixture(tb testing.TB) *report.Report {
	tb.Helper()
	op, src := fixtureOpinion, fixtureSource
	find := func(kind report.Kind, sub report.Subkind, side report.Side, text, expl string) report.Finding {
		doc := op
		if side == report.Source {
			doc = src
		}
		s, e := at(tb, doc, text)
		return report.Finding{Kind: kind, Subkind: sub, Side: side, Start: s, End: e, Text: text, Explanation: expl, Evidence: []report.Evidence{}}
	}
	ev := func(f report.Finding, text string, score float64) report.Finding {
		s, e := at(tb, src, text)
		f.Evidence = append(f.Evidence, report.Evidence{Side: report.Source, Start: s, End: e, Text: text, Score: score})
		return f
	}
	edited := ev(find(report.Quote, report.Edited, report.Opinion, "Inspectors found that thousands of fish died in the Marl river last spring",
		"reproduces a source sentence without quotation marks, with one number changed"),
		"Inspectors found that hundreds of fish died in the Marl river last spring", 0.93)
	edited.Marked, edited.Edits, edited.ID = &no, []report.Edit{{Op: report.Replace, From: "hundreds", To: "thousands"}}, "q1"
	misquote := ev(find(report.Quote, report.Misquote, report.Opinion, "We saw no reason to warn anyone",
		"the quotation stops before the reason the spokesperson gave"),
		`We saw no reason to warn anyone at the time, because early tests were clean.`, 0.71)
	misquote.Marked = &yes
	misquote.Edits = []report.Edit{{Op: report.Delete, From: "at the time, because early tests were clean."}}
	unsourced := find(report.Quote, report.Unsourced, report.Opinion, "This is the worst spill in our history",
		"a quotation with no counterpart in the source")
	unsourced.Marked = &yes
	verbatim := ev(find(report.Quote, report.Verbatim, report.Opinion, "The council has since changed its testing rules",
		"copied word for word without quotation marks"), "The council has since changed its testing rules", 1)
	verbatim.Marked = &no
	used := find(report.Used, "", report.Source, "Inspectors found that hundreds of fish died in the Marl river last spring",
		"the opinion copies this sentence")
	used.Links = []string{"q1"}

	findings := []report.Finding{
		find(report.Framing, report.LoadedLanguage, report.Opinion, "Bombshell", "'bombshell' signals importance without adding information"),
		find(report.Framing, report.LoadedLanguage, report.Opinion, "shocking truth", "emotive wording that tells the reader how to feel"),
		find(report.Framing, report.CertaintyShift, report.Opinion, "finally", "suggests a long-hidden fact now proven"),
		edited,
		ev(find(report.Unsupported, report.ContradictsSource, report.Opinion, "thousands of fish died",
			"the source says hundreds, not thousands"), "hundreds of fish died", 0.88),
		find(report.Unsupported, report.NotInSource, report.Opinion, "the council knew all along", "the source says nothing of what the council knew"),
		misquote,
		find(report.Framing, report.LoadedLanguage, report.Opinion, "admitted", "'admitted' implies a confession; the source says 'said'"),
		find(report.Framing, report.RhetoricalQuestion, report.Opinion, "Is anyone surprised?", "a question that implies its own answer"),
		ev(find(report.Paraphrase, "", report.Opinion, "A fault at the plant caused it", "restates the source's finding"),
			"after a fault at the treatment plant", 0.64),
		ev(find(report.Unsupported, report.ContradictsSource, report.Opinion, "the plant released untreated water for three weeks",
			"the source says partly treated water, for three days"), "The plant released partly treated water for three days", 0.81),
		find(report.Unsupported, report.AttributedElsewhere, report.Opinion, "According to the regional paper, the owner has donated to the mayor.",
			"credited to another source: not checkable here"),
		unsourced,
		verbatim,
		find(report.Framing, report.Normative, report.Opinion, "deserve", "says what ought to happen rather than what happened"),
		used,
		find(report.Omitted, "", report.Source, "The inspectors said the fault was not deliberate, and that fish numbers have recovered.",
			"the opinion leaves out that the fault was not deliberate and the fish recovered"),
	}
	report.Sort(findings)
	return &report.Report{
		Version:  report.Version,
		Opinion:  report.Doc{Name: "opinion.txt", Title: "Bombshell Report Exposes River Cover-Up", Text: op},
		Source:   &report.Doc{Name: "source.txt", Title: "Inspection links fish deaths in Marl river to treatment plant fault", Text: src},
		Findings: findings,
		Summary: report.Summary{OpinionWords: 98, SourceWords: 87, QuotedShare: 0.24, MarkedQuotedShare: 0.12,
			ParaphrasedShare: 0.06, FramingPer100Words: 5.1, Unsupported: 4, ContradictsSource: 2, SourceUsedShare: 0.41},
	}
}

// newTest returns a reader on r at a size, with a fixed colour profile and a dark theme.
func newTest(tb testing.TB, r *report.Report, p colorprofile.Profile, width, height int) *Model {
	tb.Helper()
	m := New(r, Options{Theme: ThemeDark, profile: p, Env: []string{}})
	m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	return m
}

// keyMsg builds the key press a terminal sends for a key name as Bubble Tea spells it.
func keyMsg(name string) tea.KeyPressMsg {
	special := map[string]tea.Key{
		"enter":     {Code: tea.KeyEnter},
		"esc":       {Code: tea.KeyEscape},
		"tab":       {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
		"backspace": {Code: tea.KeyBackspace},
		"up":        {Code: tea.KeyUp},
		"down":      {Code: tea.KeyDown},
		"pgup":      {Code: tea.KeyPgUp},
		"pgdown":    {Code: tea.KeyPgDown},
		"home":      {Code: tea.KeyHome},
		"end":       {Code: tea.KeyEnd},
		"space":     {Code: tea.KeySpace, Text: " "},
		"ctrl+c":    {Code: 'c', Mod: tea.ModCtrl},
		"ctrl+d":    {Code: 'd', Mod: tea.ModCtrl},
		"ctrl+u":    {Code: 'u', Mod: tea.ModCtrl},
		"ctrl+b":    {Code: 'b', Mod: tea.ModCtrl},
		"ctrl+f":    {Code: 'f', Mod: tea.ModCtrl},
	}
	if k, ok := special[name]; ok {
		return tea.KeyPressMsg(k)
	}
	r := []rune(name)
	return tea.KeyPressMsg{Code: r[0], Text: name}
}

// press sends keys to the model in order and returns the command of the last one.
func press(m *Model, keys ...string) tea.Cmd {
	var cmd tea.Cmd
	for _, k := range keys {
		_, cmd = m.Update(keyMsg(k))
	}
	return cmd
}

// screen returns the model's view as text.
func screen(m *Model) string { return m.View().Content }

// repeated returns r with both texts repeated n times and every finding repeated with them.
func repeated(r *report.Report, n int) *report.Report {
	op, src := r.Opinion.Text, r.Source.Text
	out := *r
	out.Opinion.Text = strings.Repeat(op, n)
	s := *r.Source
	s.Text = strings.Repeat(src, n)
	out.Source = &s
	out.Findings = make([]report.Finding, 0, n*len(r.Findings))
	for i := range n {
		for _, f := range r.Findings {
			shift := func(side report.Side) int {
				if side == report.Source {
					return i * len(src)
				}
				return i * len(op)
			}
			f.Start += shift(f.Side)
			f.End += shift(f.Side)
			f.ID = fmt.Sprintf("%s-%d", f.ID, i)
			links := make([]string, len(f.Links))
			for j, l := range f.Links {
				links[j] = fmt.Sprintf("%s-%d", l, i)
			}
			f.Links = links
			ev := make([]report.Evidence, len(f.Evidence))
			for j, e := range f.Evidence {
				e.Start += shift(e.Side)
				e.End += shift(e.Side)
				ev[j] = e
			}
			f.Evidence = ev
			out.Findings = append(out.Findings, f)
		}
	}
	report.Sort(out.Findings)
	return &out
}
