package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/document/documenttest"
	"github.com/reframe-dev/reframe/model/report"
)

// load builds a test document from plain text.
var load = documenttest.Text

const testSource = `Convoy Report

Local officials arranged the deal that allowed many hundreds of fighters and their families to leave the city on 12 October. Around 4,000 people left, including women and children, the drivers said.

Dozens of foreign fighters were among them, despite assurances that none would be allowed to go. The convoy was six to seven kilometres long.`

const testOpinion = `Shocking Deal Exposed

The report reveals that local officials arranged the deal that allowed many hundreds of fighters and their families to leave the city. In fact thousands of fighters escaped. Why did nobody stop them?

“Dozens of foreign fighters were among them,” the report says. Every single one of them was able to leave, according to a foreign news agency.`

func TestAnalyzeContractAndDeterminism(t *testing.T) {
	a, err := NewAnalyzer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	op, src := load(t, "opinion.txt", testOpinion), load(t, "source.txt", testSource)
	first := a.Analyze(op, src)
	if err := report.Validate(&first); err != nil {
		t.Fatalf("contract: %v", err)
	}
	again := a.Analyze(load(t, "opinion.txt", testOpinion), load(t, "source.txt", testSource))
	j1, _ := json.Marshal(first)
	j2, _ := json.Marshal(again)
	if !bytes.Equal(j1, j2) {
		t.Fatal("two runs gave different reports")
	}
	kinds := map[report.Kind]int{}
	for _, f := range first.Findings {
		kinds[f.Kind]++
	}
	for _, k := range []report.Kind{report.Quote, report.Used, report.Unsupported} {
		if kinds[k] == 0 {
			t.Errorf("no %s finding in %+v", k, kinds)
		}
	}
	if first.Summary.QuotedShare <= 0 || first.Summary.OpinionWords != len(op.Words) {
		t.Errorf("summary %+v", first.Summary)
	}
}

func TestAnalyzeFramingOnly(t *testing.T) {
	r, err := Analyze(load(t, "opinion.txt", testOpinion), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Source != nil {
		t.Fatal("framing-only report has a source")
	}
	if err := report.Validate(&r); err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings {
		if f.Kind != report.Framing {
			t.Errorf("framing-only mode produced a %s finding", f.Kind)
		}
	}
}

// FuzzAnalyze checks the analysis as a whole on any pair of texts: no panic, the report contract
// holds, and the same inputs give the same report.
func FuzzAnalyze(f *testing.F) {
	f.Add(testOpinion, testSource)
	f.Add("“A quote” that is short. Is it?", "A quote that is short.")
	f.Add("All 4,000 left!", "Around 4,000 people left.")
	a, err := NewAnalyzer(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, opinion, source string) {
		op, err1 := document.Load("o.txt", []byte(opinion), document.Options{})
		src, err2 := document.Load("s.txt", []byte(source), document.Options{})
		if err1 != nil || err2 != nil {
			return
		}
		r := a.Analyze(op, src)
		if err := report.Validate(&r); err != nil {
			t.Fatal(err)
		}
		r2 := a.Analyze(op, src)
		j1, _ := json.Marshal(r)
		j2, _ := json.Marshal(r2)
		if !bytes.Equal(j1, j2) {
			t.Fatal("not deterministic")
		}
	})
}

func TestCertaintyClaims(t *testing.T) {
	found := []report.Finding{
		{Kind: report.Paraphrase, Side: report.Opinion, Start: 0, End: 40, Explanation: "Restates the source."},
		{Kind: report.Paraphrase, Side: report.Opinion, Start: 50, End: 90, Explanation: "Restates the source."},
		{Kind: report.Framing, Subkind: report.CertaintyShift, Side: report.Opinion, Start: 10, End: 16,
			Explanation: "Certainty shift: the opinion says 'causes' where the source says 'may be linked to'."},
	}
	got := certaintyClaims(&Input{}, found)
	if got[0].Kind != report.Unsupported || got[0].Subkind != report.ContradictsSource {
		t.Errorf("paraphrase holding a certainty shift: got %s", got[0].Label())
	}
	if got[1].Kind != report.Paraphrase {
		t.Errorf("paraphrase without one: got %s", got[1].Label())
	}
	if got[2].Kind != report.Framing {
		t.Errorf("the framing finding itself changed: %s", got[2].Label())
	}
}

// TestHedgeAddedIsNoContradiction: a certainty shift the other way, the writer hedging what the
// source states ("reportedly approved"), leaves the paraphrase it sits in a paraphrase, on its own
// and in a whole analysis.
func TestHedgeAddedIsNoContradiction(t *testing.T) {
	found := []report.Finding{
		{Kind: report.Paraphrase, Side: report.Opinion, Start: 0, End: 40, Explanation: "Restates the source."},
		{Kind: report.Framing, Subkind: report.CertaintyShift, Side: report.Opinion, Start: 10, End: 20,
			Edits: []report.Edit{{Op: report.Insert, To: "reportedly"}}},
	}
	if got := certaintyClaims(&Input{}, found); got[0].Kind != report.Paraphrase {
		t.Errorf("paraphrase holding an added hedge: got %s", got[0].Label())
	}
	a, err := NewAnalyzer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := a.Analyze(load(t, "opinion.txt", "Title\n\nThe Tarn council reportedly approved the new depot after a review."),
		load(t, "source.txt", "Report\n\nThe Tarn council approved the new depot in March after a six-month review."))
	for _, f := range r.Findings {
		if f.Kind == report.Unsupported {
			t.Errorf("a hedged restatement judged %s: %s", f.Label(), f.Explanation)
		}
	}
}

func TestCertaintyClaimsOutsideParaphrases(t *testing.T) {
	op := load(t, "opinion.txt", "The crates held rifles, as the reporting makes clear. Nobody asked why.")
	clause := document.Span{Start: 0, End: strings.Index(op.Text, ".")}
	in := oneClauseInput(op, clause)
	shift := shiftAt(op, "makes clear", "could not verify")
	notInSource := report.Finding{Kind: report.Unsupported, Subkind: report.NotInSource, Side: report.Opinion, Start: clause.Start, End: clause.End}

	got := certaintyClaims(in, []report.Finding{shift})
	if len(got) != 2 || got[1].Subkind != report.ContradictsSource || got[1].Start != clause.Start || got[1].End != clause.End || len(got[1].Evidence) != 1 {
		t.Fatalf("unjudged clause: got %+v, want a contradiction over the clause with the shift's evidence", got)
	}
	got = certaintyClaims(in, []report.Finding{notInSource, shift})
	if len(got) != 2 || got[0].Subkind != report.ContradictsSource || !strings.Contains(got[0].Explanation, "makes clear") {
		t.Fatalf("clause judged not in source: got %+v, want it turned into a contradiction", got)
	}
	in.Clause = func(int) (document.Span, bool) { return document.Span{}, false }
	if got = certaintyClaims(in, []report.Finding{shift}); len(got) != 1 {
		t.Fatalf("shift outside any checkable clause: got %d findings, want the shift alone", len(got))
	}
}

// oneClauseInput is the input of an opinion whose only checkable clause is clause.
func oneClauseInput(op *document.Document, clause document.Span) *Input {
	return &Input{Opinion: op, Clause: func(offset int) (document.Span, bool) {
		return clause, offset >= clause.Start && offset < clause.End
	}}
}

// shiftAt is a certainty shift on the first occurrence of wording in the opinion, against the
// source's hedge.
func shiftAt(op *document.Document, wording, hedge string) report.Finding {
	at := strings.Index(op.Text, wording)
	return report.Finding{Kind: report.Framing, Subkind: report.CertaintyShift, Side: report.Opinion, Start: at, End: at + len(wording),
		Explanation: fmt.Sprintf("Certainty shift: the opinion says '%s' where the source says '%s'.", wording, hedge),
		Evidence:    []report.Evidence{{Side: report.Source, Start: 0, End: 10, Text: hedge}}}
}

// TestCertaintyClaimAfterAColon: evidence said to settle a matter whose claim follows a colon
// lends no claim of its own when the claim after the colon is judged already; without that
// judgement, the clause holding the shift gets one.
func TestCertaintyClaimAfterAColon(t *testing.T) {
	op := load(t, "opinion.txt", "The samples settle the matter: the overflows drove bacteria up after rain.")
	colon := strings.Index(op.Text, ":")
	head := document.Span{Start: 0, End: colon}
	in := oneClauseInput(op, head)
	shift := shiftAt(op, "settle the matter", "likely to be associated with")
	tail := colon + 2
	judgedTail := report.Finding{Kind: report.Unsupported, Subkind: report.ContradictsSource, Side: report.Opinion, Start: tail, End: len(op.Text) - 1}
	if got := certaintyClaims(in, []report.Finding{shift, judgedTail}); len(got) != 2 {
		t.Errorf("claim after the colon judged: got %d findings, want the shift and that judgement only: %+v", len(got), got)
	}
	if got := certaintyClaims(in, []report.Finding{shift}); len(got) != 2 || got[1].Start != head.Start || got[1].End != head.End {
		t.Errorf("nothing judged after the colon: got %+v, want a contradiction over the clause holding the shift", got)
	}
}

func TestCharacterisations(t *testing.T) {
	tests := []struct {
		name string
		f    report.Finding
		keep bool
	}{
		{"characterisation with loaded words", report.Finding{Kind: report.Unsupported, Subkind: report.NotInSource, Start: 0, End: 40, Text: "the drivers got their fat envelopes"}, false},
		{"with a figure", report.Finding{Kind: report.Unsupported, Subkind: report.NotInSource, Start: 0, End: 40, Text: "the drivers got 40 fat envelopes"}, true},
		{"a contradiction", report.Finding{Kind: report.Unsupported, Subkind: report.ContradictsSource, Start: 0, End: 40, Text: "the drivers got their fat envelopes"}, true},
		{"framing outside it", report.Finding{Kind: report.Unsupported, Subkind: report.NotInSource, Start: 100, End: 140, Text: "the drivers were paid by the ministry"}, true},
	}
	loaded := report.Finding{Kind: report.Framing, Subkind: report.LoadedLanguage, Start: 22, End: 35, Text: "fat envelopes"}
	intensifier := report.Finding{Kind: report.Framing, Subkind: report.Intensifier, Start: 105, End: 110, Text: "every"}
	for _, tt := range tests {
		got := characterisations(&Input{}, []report.Finding{tt.f, loaded, intensifier})
		kept := len(got) == 3
		if kept != tt.keep {
			t.Errorf("%s: kept %v, want %v", tt.name, kept, tt.keep)
		}
	}
	// Each claim with one framing finding inside it: dropped when the framing makes the clause
	// the writer's judgement or question, kept when the clause still states a fact.
	notInSource := func(text string) report.Finding {
		return report.Finding{Kind: report.Unsupported, Subkind: report.NotInSource, Start: 0, End: len(text), Text: text}
	}
	device := func(claim string, subkind report.Subkind, text string, evidence ...report.Evidence) report.Finding {
		at := strings.Index(claim, text)
		return report.Finding{Kind: report.Framing, Subkind: subkind, Start: at, End: at + len(text), Text: text, Evidence: evidence}
	}
	cases := []struct {
		name, claim string
		subkind     report.Subkind
		text        string
		evidence    []report.Evidence
		keep        bool
	}{
		// A word chosen over the source's wording ("soared" for "rose") is loaded, but the
		// clause still retells the source.
		{"a clause holding a retold word", "fares soared at every station", report.LoadedLanguage, "soared",
			[]report.Evidence{{Side: report.Source, Start: 0, End: 9, Text: "fares rose"}}, true},
		// A comment on the statement ("utterly predictably", "quietly") leaves it a report of fact.
		{"a clause holding a sentence adverb", "and, predictably, many of them drove forklifts without a licence",
			report.Presupposition, "predictably", nil, true},
		// Insinuation frames a statement without making it the writer's judgement.
		{"a clause holding insinuation", "Funny how the turnstile counters happened to be out of action that night",
			report.Speculation, "Funny how", nil, true},
		// Wondering or suspicion that opens the clause, after a dummy subject at most, asks what
		// follows instead of stating it; further in, or announcing a statement, it does not.
		{"a clause opened by wondering", "One has to wonder whether the counters were switched off on purpose",
			report.Speculation, "One has to wonder", nil, false},
		{"a clause opened by suspicion", "It is hard not to suspect that the counters were switched off on purpose",
			report.Speculation, "hard not to suspect", nil, false},
		{"a statement announced by 'in case you were wondering'", "And in case you were wondering, the hauliers have just won a 40-million contract",
			report.Speculation, "in case you were wondering", nil, true},
		{"wondering inside the clause", "The counters were switched off, and one has to wonder why",
			report.Speculation, "one has to wonder", nil, true},
		// An appeal that announces the clause before a colon vouches for what follows; a loaded
		// word after the colon still makes the clause the writer's judgement.
		{"a statement announced before a colon", "Make no mistake: the council will shut the pool in June",
			report.Appeal, "Make no mistake", nil, true},
		{"a loaded word after the colon", "Make no mistake: the council's cronies are laughing at us",
			report.LoadedLanguage, "cronies", nil, false},
	}
	for _, c := range cases {
		got := characterisations(&Input{}, []report.Finding{notInSource(c.claim), device(c.claim, c.subkind, c.text, c.evidence...)})
		if kept := len(got) == 2; kept != c.keep {
			t.Errorf("%s: kept %v, want %v", c.name, kept, c.keep)
		}
	}
}

// TestAnalyzerConcurrent shares one Analyzer between goroutines, as batch runs do, and checks
// that every report equals the one a lone run gives. Under -race it also fails on shared state.
func TestAnalyzerConcurrent(t *testing.T) {
	a, err := NewAnalyzer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(a.Analyze(load(t, "opinion.txt", testOpinion), load(t, "source.txt", testSource)))
	var wg sync.WaitGroup
	got := make([][]byte, 8)
	for i := range got {
		wg.Go(func() {
			op, _ := document.Load("opinion.txt", []byte(testOpinion), document.Options{Format: document.Text})
			src, _ := document.Load("source.txt", []byte(testSource), document.Options{Format: document.Text})
			got[i], _ = json.Marshal(a.Analyze(op, src))
		})
	}
	wg.Wait()
	for i, g := range got {
		if !bytes.Equal(g, want) {
			t.Errorf("goroutine %d: report differs from a lone run", i)
		}
	}
}

// TestRestatementAfterAQuote: a clause that copies a stretch of the source and goes on in the
// writer's own words is a quote and, after it, a paraphrase of what the source says next.
func TestRestatementAfterAQuote(t *testing.T) {
	const source = `Port report

Around 40 cargo vessels were waiting at anchor in the Selvane Roads on Thursday. Police said two guards were hurt at a gate. Talks broke down on Monday after a week of meetings.

The dockers' union is seeking a 9 percent pay rise this year; the Kestrel company has offered 4.5 percent.`
	const opinion = `Ships in limbo

Around 40 cargo vessels were waiting at anchor in the Selvane Roads while the dockers kept demanding a 9 percent increase from the Kestrel company this year.`
	a, err := NewAnalyzer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep := a.Analyze(load(t, "opinion.txt", opinion), load(t, "source.txt", source))
	var got []string
	for _, f := range rep.Findings {
		if f.Side == report.Opinion && (f.Kind == report.Quote || f.Kind == report.Paraphrase) {
			got = append(got, string(f.Kind)+": "+f.Text)
		}
	}
	want := []string{
		"quote: Around 40 cargo vessels were waiting at anchor in the Selvane Roads",
		"paraphrase: while the dockers kept demanding a 9 percent increase from the Kestrel company this year",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestQuoteTellsTheSourcesOwnWords: loaded words inside a passage quoted from the source are the
// source's language: the quote's explanation says so, and no framing finding claims them for the
// writer.
func TestQuoteTellsTheSourcesOwnWords(t *testing.T) {
	a, err := NewAnalyzer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := a.Analyze(load(t, "opinion.txt", "Title\n\nThe inspector wrote that \"the delays at the Hollin depot were shocking and the response was a disaster\"."),
		load(t, "source.txt", "Report\n\nThe inspector wrote that the delays at the Hollin depot were shocking and the response was a disaster for residents."))
	quoted := false
	for _, f := range r.Findings {
		switch f.Kind {
		case report.Framing:
			t.Errorf("the source's words claimed for the writer: %s %q", f.Label(), f.Text)
		case report.Quote:
			quoted = strings.Contains(f.Explanation, "'shocking' and 'disaster' are the source's own wording")
		}
	}
	if !quoted {
		t.Errorf("no quote explanation names the source's own loaded words: %+v", r.Findings)
	}
}

// TestContradictionLendsItsPassage: a claim the claims stage finds contradicted by a passage that
// leaves the matter open gets a certainty shift on its certain wording, with that passage as
// evidence; contradictingPassage finds the contradiction holding an offset and no other.
func TestContradictionLendsItsPassage(t *testing.T) {
	a, err := NewAnalyzer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := a.Analyze(load(t, "opinion.txt", "Title\n\nThe regulator has opened four investigations into the Corrow discharges. The investigations now under way will end in prosecution."),
		load(t, "source.txt", "Report\n\nThe regulator has opened four investigations into discharges at Corrow. It is too early to say whether any of these investigations will lead to prosecution."))
	var shift, contradiction bool
	for _, f := range r.Findings {
		switch {
		case f.Subkind == report.CertaintyShift && f.Text == "will":
			shift = len(f.Evidence) == 1 && strings.Contains(f.Evidence[0].Text, "too early to say")
		case f.Subkind == report.ContradictsSource && strings.Contains(f.Text, "will end in prosecution"):
			contradiction = true
		}
	}
	if !contradiction || !shift {
		t.Fatalf("contradiction %v, certainty shift on 'will' with the hedged passage %v; findings: %+v", contradiction, shift, r.Findings)
	}

	ev := []report.Evidence{{Side: report.Source, Start: 5, End: 9}}
	at := judgedPassage([]report.Finding{
		{Kind: report.Unsupported, Subkind: report.ContradictsSource, Side: report.Opinion, Start: 20, End: 30, Evidence: ev},
		{Kind: report.Unsupported, Subkind: report.NotInSource, Side: report.Opinion, Start: 40, End: 50, Evidence: ev},
		{Kind: report.Unsupported, Subkind: report.ContradictsSource, Side: report.Opinion, Start: 0, End: 10, Evidence: ev},
	}, report.Unsupported, report.ContradictsSource)
	for _, c := range []struct {
		offset int
		want   bool
	}{{0, true}, {9, true}, {10, false}, {25, true}, {30, false}, {45, false}} {
		if span, ok := at(c.offset); ok != c.want || ok && (span != document.Span{Start: 5, End: 9}) {
			t.Errorf("offset %d: got %v %v, want found %v", c.offset, span, ok, c.want)
		}
	}
	restated := judgedPassage([]report.Finding{
		{Kind: report.Unsupported, Subkind: report.ContradictsSource, Side: report.Opinion, Start: 0, End: 10, Evidence: ev},
		{Kind: report.Paraphrase, Side: report.Opinion, Start: 20, End: 30, Evidence: ev},
	}, report.Paraphrase, "")
	for _, c := range []struct {
		offset int
		want   bool
	}{{5, false}, {20, true}, {30, false}} {
		if _, ok := restated(c.offset); ok != c.want {
			t.Errorf("restated passage at offset %d: found %v, want %v", c.offset, ok, c.want)
		}
	}
}
