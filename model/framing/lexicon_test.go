package framing

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

func TestBuiltinLexicon(t *testing.T) {
	count := map[report.Subkind]int{}
	for _, e := range builtin().lx.entries {
		count[e.subkind]++
	}
	// The floor for each family keeps an accidental deletion from going unnoticed.
	floor := map[report.Subkind]int{
		report.LoadedLanguage: 300, report.Intensifier: 100, report.Speculation: 80,
		report.Distancing: 25, report.Presupposition: 30, report.Normative: 40, report.Appeal: 80,
		report.CertaintyShift: 20, Hedge: 50, None: 5,
	}
	for sub, min := range floor {
		if count[sub] < min {
			t.Errorf("%s: %d entries, want at least %d", sub, count[sub], min)
		}
	}
	for _, e := range builtin().lx.entries {
		kinds := []string{"modal", "causal", "evidential"}
		if e.subkind == report.CertaintyShift {
			kinds = append(kinds, "proof") // a claim of proof: a hedge never is one
		}
		if (e.subkind == Hedge || e.subkind == report.CertaintyShift) && !slices.Contains(kinds, e.note) {
			t.Errorf("%s:%d: %s entry %q has kind %q, want one of %v", e.file, e.line, e.subkind, e.phrase, e.note, kinds)
		}
	}
}

// TestNoSplitAlternatives: an alternative cannot hold a space, so "wouldn't/would not bet" reads
// as "wouldn't or would, then not" and never matches "wouldn't bet". A slot that offers a
// contraction in n't beside its own verb, followed by "not", is that mistake.
func TestNoSplitAlternatives(t *testing.T) {
	for _, e := range builtin().lx.entries {
		words := strings.Fields(strings.ToLower(e.phrase))
		for i := 0; i+1 < len(words); i++ {
			if words[i+1] != "not" {
				continue
			}
			alts := strings.Split(words[i], "/")
			for _, a := range alts {
				if base, ok := strings.CutSuffix(a, "n't"); ok && slices.Contains(alts, base) {
					t.Errorf("%s:%d: %q offers %q beside %q and then \"not\": write two entries", e.file, e.line, e.phrase, a, base)
				}
			}
		}
	}
}

func TestLexiconErrors(t *testing.T) {
	extra := strings.Join([]string{
		"# a comment",
		"bombshell",                 // 2: no '|'
		"grotty | loaded",           // 3: unknown subkind
		"| loaded-language",         // 4: empty phrase
		"* aside | loaded-language", // 5: starts with a gap
		"rotten | loaded-language | !not-befor: eggs",  // 6: unknown condition
		"rotten | loaded-language | a | b",             // 7: two notes
		"grim | loaded-language",                       // 8: fine
		"grim | intensifier",                           // 9: duplicate
		"rotten | loaded-language | !not-before:",      // 10: empty condition
		"rotten | loaded-language | !not-before: @adj", // 11: unknown class
		"",
	}, "\n")
	_, err := New([]byte(extra), "mine.txt")
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error %v (%T), want an ErrorList", err, err)
	}
	wantLines := []int{2, 3, 4, 5, 6, 7, 9, 10, 11}
	var lines []int
	for _, e := range list {
		lines = append(lines, e.Line)
		if e.File != "mine.txt" {
			t.Errorf("error %v names file %q, want mine.txt", e, e.File)
		}
		if !strings.HasPrefix(e.Error(), "mine.txt:") {
			t.Errorf("error %q does not start with FILE:LINE", e.Error())
		}
	}
	if !slices.Equal(lines, wantLines) {
		t.Errorf("errors on lines %v, want %v:\n%v", lines, wantLines, err)
	}
	if got := strings.Count(err.Error(), "\n") + 1; got != len(wantLines) {
		t.Errorf("error text has %d lines, want one per bad line:\n%v", got, err)
	}
}

func TestLexiconMessages(t *testing.T) {
	cases := []struct {
		line string
		want string
	}{
		{"bombshell", "mine.txt:1: want 'PHRASE | SUBKIND [| NOTE] [| !CONDITION]', found no '|'"},
		{"grotty | loaded", "mine.txt:1: unknown subkind 'loaded' (want one of loaded-language, intensifier, speculation, rhetorical-question, distancing, presupposition, normative, appeal, certainty-shift, hedge, none)"},
		{"grotty | ", "mine.txt:1: missing subkind (want one of loaded-language, intensifier, speculation, rhetorical-question, distancing, presupposition, normative, appeal, certainty-shift, hedge, none)"},
		{"brush * * aside | loaded-language", "mine.txt:1: two gaps '*' in a row"},
		{"good/so-so | loaded-language", "mine.txt:1: each alternative in 'good/so-so' must be one word"},
		{"rotten | loaded-language | !near: eggs", "mine.txt:1: unknown condition '!near' (want !not-before, !not-after, !not-near, !only-near, !only-before, !only-after, !not-reported or !only-restating)"},
		{"must | normative | !not-reported: yes", "mine.txt:1: !not-reported takes no value"},
		{"soar | loaded-language | !only-restating: rose", "mine.txt:1: !only-restating takes no value"},
	}
	for _, c := range cases {
		_, err := New([]byte(c.line), "mine.txt")
		if err == nil || err.Error() != c.want {
			t.Errorf("line %q:\ngot  %v\nwant %s", c.line, err, c.want)
		}
	}
}

func TestUserLexicon(t *testing.T) {
	extra := []byte(`
bombshell | none                                  # switch a built-in entry off
grotty | loaded-language | sneers at the place     # add one
so-called | presupposition                         # change one
nothing to see here | speculation | Insinuation: {} hints that something is hidden.
`)
	d, err := New(extra, "mine.txt")
	if err != nil {
		t.Fatal(err)
	}
	fs, _ := findIn(t, d, "The bombshell came from a grotty office. So-called savings. Nothing to see here, they said.", "")
	want := map[string]string{
		"grotty":              "Loaded language: 'grotty' sneers at the place.",
		"So-called":           "Presupposition: 'So-called' takes a contested point as already settled.",
		"Nothing to see here": "Insinuation: 'Nothing to see here' hints that something is hidden.",
	}
	if len(fs) != len(want) {
		t.Fatalf("got %v, want %d findings", gots(fs), len(want))
	}
	for _, f := range fs {
		if f.Explanation != want[f.Text] {
			t.Errorf("%q: explanation %q, want %q", f.Text, f.Explanation, want[f.Text])
		}
	}
}

func TestExceptionEntry(t *testing.T) {
	d, err := New([]byte("grim | loaded-language\ngrim reaper | none\n"), "mine.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := "The grim reaper of the markets had a grim week."
	fs, _ := findIn(t, d, text, "")
	if g := gots(fs); !sameGots(g, []got{{"grim", report.LoadedLanguage}}) || fs[0].Start != strings.LastIndex(text, "grim") {
		t.Errorf("got %v, want only the second 'grim'", g)
	}
}

func TestConditions(t *testing.T) {
	extra := []byte(`
grim | loaded-language | !not-before: reaper, @num
bleak | loaded-language | !only-after: very
stark | loaded-language | !not-near: contrast
dire | loaded-language | !not-after: @det
harsh | loaded-language | !not-before: @edge
plainly | intensifier | !only-after: @break
slump | loaded-language | !only-near: prices, market
`)
	d, err := New(extra, "mine.txt")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want []got
	}{
		{"A grim outlook.", []got{{"grim", report.LoadedLanguage}}},
		{"The grim reaper came.", []got{}},
		{"It was grim 2 times.", []got{}},
		{"A very bleak week.", []got{{"bleak", report.LoadedLanguage}}},
		{"A bleak week.", []got{}},
		{"A stark warning.", []got{{"stark", report.LoadedLanguage}}},
		{"In stark and sudden contrast.", []got{}},
		{"Conditions were dire in winter.", []got{{"dire", report.LoadedLanguage}}},
		{"The dire state.", []got{}},
		{"A harsh winter.", []got{{"harsh", report.LoadedLanguage}}},
		{"The winter was harsh.", []got{}},
		{"The council, plainly, has no plan.", []got{{"plainly", report.Intensifier}}},
		{"Plainly the council has no plan.", []got{{"Plainly", report.Intensifier}}},
		{"The report set it out plainly and briefly.", []got{}},
		{"House prices will slump next year.", []got{{"slump", report.LoadedLanguage}}},
		{"The patient began to slump in the chair.", []got{}},
	}
	for _, c := range cases {
		fs, _ := findIn(t, d, c.text, "")
		var own []got
		for _, g := range gots(fs) {
			if g.Text != "A" && g.Text != "The" {
				own = append(own, g)
			}
		}
		if own == nil {
			own = []got{}
		}
		if !sameGots(own, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, own, c.want)
		}
	}
}

func TestInflections(t *testing.T) {
	cases := []struct {
		word     string
		want     []string
		wantNone []string
	}{
		{"slam", []string{"slam", "slams", "slammed", "slamming"}, nil},
		{"blame", []string{"blames", "blamed", "blaming"}, []string{"blameing"}},
		{"cry", []string{"cries", "cried", "crying"}, nil},
		{"panic", []string{"panicked", "panicking", "panics"}, nil},
		{"brutal", []string{"brutally"}, nil},
		{"horrible", []string{"horribly"}, nil},
		{"lay", []string{"laid", "lays", "laying"}, nil},
		{"prove", []string{"proven", "proved", "proves"}, nil},
		{"critical", []string{"critical", "critically"}, []string{"critics", "critic"}},
		{"as", []string{"as"}, []string{"ass"}},
		{"in", []string{"in"}, []string{"ins", "inned"}},
	}
	for _, c := range cases {
		forms := inflections(c.word)
		for _, w := range c.want {
			if !slices.Contains(forms, w) {
				t.Errorf("inflections(%q) = %v, missing %q", c.word, forms, w)
			}
		}
		for _, w := range c.wantNone {
			if slices.Contains(forms, w) {
				t.Errorf("inflections(%q) = %v, should not hold %q", c.word, forms, w)
			}
		}
	}
}

// TestOverlappingDevices: a match that reaches beyond a longer or preferred one is a device of its
// own and is kept; one inside it, or overlapping an exception, is not.
func TestOverlappingDevices(t *testing.T) {
	d, err := New([]byte("stop hiding | presupposition\nhide behind | loaded-language\nbehind the curtain | none\nfar more | intensifier\nmore | intensifier\n"), "mine.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []got
	}{
		{"It is time he stopped hiding behind the rules.", []got{{"stopped hiding", report.Presupposition}, {"hiding behind", report.LoadedLanguage}}},
		{"It is time he stopped hiding behind the curtain.", []got{{"stopped hiding", report.Presupposition}}},
		{"It cost far more than planned.", []got{{"far more", report.Intensifier}}},
	} {
		fs, _ := findIn(t, d, c.text, "")
		if g := gots(fs); !sameGots(g, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, g, c.want)
		}
	}
}
