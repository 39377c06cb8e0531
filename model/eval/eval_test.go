package eval

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reframe-dev/reframe/model"
	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/document/documenttest"
	"github.com/reframe-dev/reframe/model/report"
)

// loadCorpus loads the corpus of testdata/pairs and the default analyzer.
func loadCorpus(t *testing.T) ([]Pair, *model.Analyzer) {
	t.Helper()
	pairs, err := LoadCorpus(os.DirFS("../../testdata/pairs"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := model.NewAnalyzer(model.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return pairs, a
}

// TestCorpusFloors fails when a pooled score drops below its floor in testdata/eval-floors.json.
// Floors start at what the engine reaches and only ever go up.
func TestCorpusFloors(t *testing.T) {
	pairs, a := loadCorpus(t)
	if len(pairs) < 8 {
		t.Fatalf("corpus has %d pairs, want at least 8", len(pairs))
	}
	data, err := os.ReadFile("../../testdata/eval-floors.json")
	if err != nil {
		t.Fatal(err)
	}
	var floors Floors
	if err := json.Unmarshal(data, &floors); err != nil {
		t.Fatal(err)
	}
	corpus, _, err := Run(pairs, a)
	if err != nil {
		t.Fatal(err)
	}
	var table strings.Builder
	if err := corpus.Write(&table); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + table.String())
	for _, line := range corpus.Check(floors) {
		t.Error(line)
	}
}

// TestCorpusContract checks the JSON contract on every pair: spans in bounds and equal to their
// text, for findings and evidence alike.
func TestCorpusContract(t *testing.T) {
	pairs, a := loadCorpus(t)
	heldout, err := LoadCorpus(os.DirFS("../../testdata/heldout"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range append(pairs, heldout...) {
		if _, err := p.Gold.Resolve(p.Opinion.Text, p.Source.Text); err != nil {
			t.Errorf("gold: %v", err)
		}
		r := a.Analyze(p.Opinion, p.Source)
		if err := report.Validate(&r); err != nil {
			t.Errorf("%s: %v", p.Name, err)
		}
	}
}

func TestMatches(t *testing.T) {
	tests := []struct {
		name string
		a, b [2]int
		want bool
	}{
		{"identical", [2]int{0, 10}, [2]int{0, 10}, true},
		{"half of shorter", [2]int{0, 10}, [2]int{5, 9}, true},
		{"contained", [2]int{0, 100}, [2]int{40, 44}, true},
		{"less than half", [2]int{0, 10}, [2]int{7, 20}, false},
		{"disjoint", [2]int{0, 10}, [2]int{10, 20}, false},
		{"empty", [2]int{5, 5}, [2]int{0, 10}, false},
	}
	for _, tt := range tests {
		a := span(report.Finding{Start: tt.a[0], End: tt.a[1]})
		b := span(report.Finding{Start: tt.b[0], End: tt.b[1]})
		if got := Matches(a, b); got != tt.want {
			t.Errorf("%s: Matches(%v, %v) = %v, want %v", tt.name, tt.a, tt.b, got, tt.want)
		}
	}
}

// TestScorePairSides scores opinion-side kinds on the opinion and omissions on the source: an
// omission's gold span is resolved in the source text, and only source-side findings match it.
func TestScorePairSides(t *testing.T) {
	const opinion = "The report was a bombshell for the town."
	const source = "The report was published on Monday. Costs may fall by 2030, it said."
	g := &Gold{
		Name:    "sides",
		Items:   []GoldItem{{Kind: report.Framing, Subkind: report.LoadedLanguage, Text: "bombshell"}},
		Omitted: []GoldItem{{Source: "Costs may fall by 2030"}},
	}
	spans, err := g.Resolve(opinion, source)
	if err != nil {
		t.Fatal(err)
	}
	at := func(kind report.Kind, side report.Side, text, in string) report.Finding {
		i := strings.Index(in, text)
		return report.Finding{Kind: kind, Side: side, Start: i, End: i + len(text), Text: text}
	}
	r := &report.Report{
		Opinion: report.Doc{Text: opinion},
		Findings: []report.Finding{
			at(report.Framing, report.Opinion, "bombshell", opinion),
			at(report.Omitted, report.Source, "Costs may fall by 2030, it said.", source),
			at(report.Omitted, report.Source, "The report was published on Monday.", source),
		},
	}
	r.Findings[0].Subkind = report.LoadedLanguage
	ps := ScorePair("sides", r, spans)
	want := map[report.Kind]Counts{
		report.Framing: {Predicted: 1, Gold: 1, MatchedPred: 1, MatchedGold: 1, SubkindAgrees: 1},
		report.Omitted: {Predicted: 2, Gold: 1, MatchedPred: 1, MatchedGold: 1, SubkindAgrees: 1},
	}
	checkKinds(t, ps, want)
	// The same offsets on the opinion side are not an omission.
	r.Findings[1].Side = report.Opinion
	if got := ScorePair("sides", r, spans).Kinds[report.Omitted]; got.MatchedGold != 0 || got.Predicted != 1 {
		t.Errorf("an opinion-side finding matched an omission: %+v", got)
	}
	if m := Misses("sides", r, spans); len(m) != 2 || !m[0].Gold || m[0].Text != "Costs may fall by 2030" {
		t.Errorf("misses %+v, want the omission missed and the remaining finding extra", m)
	}
}

// TestEvidenceAgrees: a matched gold item that cites a source passage counts as checked, and
// agrees when the finding's evidence overlaps that passage.
func TestEvidenceAgrees(t *testing.T) {
	const opinion = "Costs will fall by 2030, the report says."
	const source = "The report was published on Monday. Costs may fall by 2030, it said."
	g := &Gold{Name: "evidence", Items: []GoldItem{{Kind: report.Unsupported, Subkind: report.ContradictsSource,
		Text: "Costs will fall by 2030", Source: "Costs may fall by 2030"}}}
	spans, err := g.Resolve(opinion, source)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		evidence string
		agrees   int
	}{
		{"Costs may fall by 2030, it said.", 1},
		{"The report was published on Monday.", 0},
	} {
		i := strings.Index(source, tt.evidence)
		f := report.Finding{Kind: report.Unsupported, Subkind: report.ContradictsSource, Side: report.Opinion,
			Start: 0, End: len("Costs will fall by 2030"), Text: "Costs will fall by 2030",
			Evidence: []report.Evidence{{Side: report.Source, Start: i, End: i + len(tt.evidence), Text: tt.evidence}}}
		r := &report.Report{Opinion: report.Doc{Text: opinion}, Source: &report.Doc{Text: source}, Findings: []report.Finding{f}}
		got := ScorePair("evidence", r, spans).Kinds[report.Unsupported]
		if got.EvidenceChecked != 1 || got.EvidenceAgrees != tt.agrees {
			t.Errorf("evidence %q: checked %d, agrees %d; want 1, %d", tt.evidence, got.EvidenceChecked, got.EvidenceAgrees, tt.agrees)
		}
	}
}

// TestAgreement scores a second annotation against the gold as if it were the tool's findings:
// an item both annotators marked matches, one only the second marked is extra, and one only the
// gold has is missed.
func TestAgreement(t *testing.T) {
	const opinion = "The report was a bombshell for the town. It was a scandal, frankly."
	const source = "The report was published on Monday. Costs may fall by 2030, it said."
	p := Pair{
		Name:    "agree",
		Opinion: load(t, opinion),
		Source:  load(t, source),
		Gold: &Gold{Name: "agree", Items: []GoldItem{
			{Kind: report.Framing, Subkind: report.LoadedLanguage, Text: "bombshell"},
			{Kind: report.Framing, Subkind: report.LoadedLanguage, Text: "scandal"},
		}, Omitted: []GoldItem{{Source: "Costs may fall by 2030"}}},
	}
	second := &Gold{Name: "agree", Items: []GoldItem{
		{Kind: report.Framing, Subkind: report.LoadedLanguage, Text: "bombshell"},
		{Kind: report.Framing, Subkind: report.Intensifier, Text: "frankly"},
	}, Omitted: []GoldItem{{Source: "Costs may fall by 2030, it said."}}}
	ps, err := Agreement(p, second)
	if err != nil {
		t.Fatal(err)
	}
	want := map[report.Kind]Counts{
		report.Framing: {Predicted: 2, Gold: 2, MatchedPred: 1, MatchedGold: 1, SubkindAgrees: 1},
		report.Omitted: {Predicted: 1, Gold: 1, MatchedPred: 1, MatchedGold: 1, SubkindAgrees: 1},
	}
	checkKinds(t, ps, want)
	second.Items[0].Text = "not in the opinion"
	if _, err := Agreement(p, second); err == nil || !strings.Contains(err.Error(), "second annotation") {
		t.Errorf("an item not in the opinion: error %v, want one naming the second annotation", err)
	}
}

// load reads a text as a plain-text document.
func load(t *testing.T, text string) *document.Document {
	t.Helper()
	return documenttest.Text(t, "t.txt", text)
}

// TestSecondAnnotations checks that every second annotation in testdata/agreement names a
// development pair and still resolves against it, and that together they agree with the gold far
// better than chance: a file gone stale or written for another pair fails here. Pairs added after
// the second annotation was made have none.
func TestSecondAnnotations(t *testing.T) {
	pairs, _ := loadCorpus(t)
	files, err := filepath.Glob("../../testdata/agreement/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no second annotations found (%v)", err)
	}
	names := map[string]bool{}
	for _, p := range pairs {
		names[p.Name] = true
	}
	for _, f := range files {
		if name := strings.TrimSuffix(filepath.Base(f), ".json"); !names[name] {
			t.Errorf("%s annotates no development pair", f)
		}
	}
	var scores []PairScore
	for _, p := range pairs {
		data, err := os.ReadFile("../../testdata/agreement/" + p.Name + ".json")
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		second, err := ParseGold(data)
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		s, err := Agreement(p, second)
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		scores = append(scores, s)
	}
	for _, kind := range ScoredKinds {
		if f1 := Pool(scores).Kinds[kind].F1(); f1 < 0.8 {
			t.Errorf("%s: the two annotations agree at F1 %.3f, want at least 0.8", kind, f1)
		}
	}
}

// checkKinds compares a pair's tallies with the wanted ones, kind by kind.
func checkKinds(t *testing.T, ps PairScore, want map[report.Kind]Counts) {
	t.Helper()
	for k, w := range want {
		if got := ps.Kinds[k]; got != w {
			t.Errorf("%s: got %+v, want %+v", k, got, w)
		}
	}
}
