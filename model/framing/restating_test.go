package framing

import (
	"strings"
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

func TestOnlyRestating(t *testing.T) {
	d, err := New([]byte("soar | loaded-language | makes a rise sound dramatic | !only-restating\n"+
		"mob | loaded-language | casts a group as a violent crowd | !only-restating\n"), "mine.txt")
	if err != nil {
		t.Fatal(err)
	}
	const source = "Average rents in Carrow rose by 6 per cent last year, the housing office said. " +
		"A group of tenants gathered outside the town hall on Friday to protest against the rise."
	cases := []struct {
		name, opinion, source string
		want                  []got
		says                  string // what the explanation must quote from the source
	}{
		{"a rise retold as soaring", "Rents in Carrow soared by 6 per cent last year.", source,
			[]got{{"soared", report.LoadedLanguage}}, "the source says 'rose'"},
		{"a group retold as a mob", "A mob of tenants gathered outside the town hall on Friday.", source,
			[]got{{"mob", report.LoadedLanguage}}, "the source says 'group'"},
		{"the source uses the word itself", "Rents in Carrow soared by 6 per cent last year.",
			"Average rents in Carrow soared by 6 per cent last year, the housing office said.", nil, ""},
		{"a sentence that retells nothing", "Stocks soared in Tokyo on Monday.", source, nil, ""},
		{"a short retelling shares two words", "Carrow rents soared.", source,
			[]got{{"soared", report.LoadedLanguage}}, "the source passage it retells does not use it"},
		{"a pronoun sentence retells what the one before it restated",
			"Average rents in Carrow went up by 6 per cent last year. In a word, they soared.", source,
			[]got{{"soared", report.LoadedLanguage}}, "the source passage it retells does not use it"},
		{"the sentence before is in another paragraph", "Average rents in Carrow went up by 6 per cent last year.\n\nIn a word, they soared.",
			source, nil, ""},
		{"no source: the literal sense is all there is", "Rents in Carrow soared by 6 per cent last year.", "", nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs, _ := findIn(t, d, c.opinion, c.source)
			if g := gots(fs); !sameGots(g, c.want) {
				t.Fatalf("got %v, want %v", g, c.want)
			}
			for _, f := range fs {
				if !strings.Contains(f.Explanation, c.says) || len(f.Evidence) != 1 {
					t.Errorf("explanation %q with %d evidence, want it to say %q with the passage as evidence",
						f.Explanation, len(f.Evidence), c.says)
				}
			}
		})
	}
}

// Every entry of the substitutes files is a word plain in its literal sense: without
// !only-restating it would fire on that sense everywhere.
func TestSubstitutesOnlyRestating(t *testing.T) {
	for _, file := range []string{"substitutes.txt", "substitutes_more.txt"} {
		data, err := builtinFS.ReadFile("lexicon/" + file)
		if err != nil {
			t.Fatal(err)
		}
		var errs ErrorList
		rank := 0
		entries := parseLexicon(data, file, false, &rank, &errs, itemCache{})
		if len(errs) > 0 || len(entries) < 100 {
			t.Fatalf("%s: %d entries, errors %v", file, len(entries), errs)
		}
		for _, e := range entries {
			if !e.restating() {
				t.Errorf("%s:%d: %q lacks !only-restating", file, e.line, e.phrase)
			}
		}
	}
}

// TestVividVerbsRestating covers the verbs of flow, appetite and creeping motion: each fires when
// the sentence retells a source passage in plainer words, and stays quiet in its literal sense or
// when the sentence retells nothing.
func TestVividVerbsRestating(t *testing.T) {
	const source = "The Carrow works discharged untreated sewage into the Teyne on 41 days last year. " +
		"The university spent 38 million crowns on the new Riverside building. " +
		"Average handover times at Carrow rose from 39 to 47 minutes over the winter. " +
		"Targets in the Carrow picking section were raised by 15 per cent. " +
		"Data centres account for 21 per cent of electricity demand in the Carrow region. " +
		"The developer has said the depot would employ between 350 and 400 people."
	runCases(t, []framingCase{
		{name: "sewage that gushed", source: source, opinion: "Untreated sewage gushed into the Teyne from the Carrow works on 41 days last year.",
			want: []got{{"gushed", report.LoadedLanguage}}},
		{name: "money poured into a building", source: source, opinion: "The university poured 38 million crowns into the new Riverside building.",
			want: []got{{"poured 38 million crowns into", report.LoadedLanguage}}},
		{name: "coffee poured into a cup", source: source, opinion: "She poured coffee into a cup at the Riverside building.",
			want: []got{}},
		{name: "waits that crept up", source: source, opinion: "Handover times at Carrow crept up from 39 to 47 minutes over the winter.",
			want: []got{{"crept up", report.LoadedLanguage}}},
		{name: "targets ratcheted up", source: source, opinion: "Targets in the Carrow picking section were ratcheted up by 15 per cent.",
			want: []got{{"ratcheted up", report.LoadedLanguage}}},
		{name: "data centres that swallow electricity", source: source, opinion: "In the Carrow region data centres now swallow 21 per cent of electricity demand.",
			want: []got{{"swallow", report.LoadedLanguage}}},
		{name: "a pill swallowed", source: source, opinion: "Patients in Carrow swallow the pill with water.",
			want: []got{}},
		{name: "jobs dangled", source: source, opinion: "The developer dangles 350 to 400 jobs at the depot.",
			want: []got{{"dangles", report.LoadedLanguage}}},
		{name: "a sentence that retells nothing", source: source, opinion: "Rain gushed from the gutters of the old town hall.",
			want: []got{}},
		{name: "no source", opinion: "Untreated sewage gushed into the Teyne from the Carrow works on 41 days last year.",
			want: []got{}},
	})
}

// TestDitchTheNoun: "ditch" as a verb of dropping a plan is loaded where the source says the
// plan was dropped; ditches beside fields and streams are water, whatever the source says.
func TestDitchTheNoun(t *testing.T) {
	const source = "The Carrow council dropped the bypass plan in May. " +
		"A no-spray buffer zone of 10 metres must be kept next to surface water in Carrow."
	runCases(t, []framingCase{
		{name: "a plan ditched", source: source, opinion: "In May the Carrow council ditched the bypass plan.",
			want: []got{{"ditched", report.LoadedLanguage}}},
		{name: "ditches beside streams", source: source, opinion: "In Carrow, buffer strips beside ditches and streams double to 10 metres.",
			want: []got{}},
	})
}

// TestCrashOfPrices: "crash" restates a fall as a wreck only where it is a fall of prices or a
// market; crashes on a road are the plain word for collisions.
func TestCrashOfPrices(t *testing.T) {
	const source = "Average house prices in Carrow fell by 9 per cent last year. " +
		"Serious collisions on the two camera roads rose from four to seven."
	cases := []struct {
		name, opinion string
		want          []got
	}{
		{"a fall of prices told as a crash", "House prices in Carrow crashed by 9 per cent last year.", []got{{"crashed", report.LoadedLanguage}}},
		{"collisions told as crashes", "Serious crashes on the two camera roads rose from four to seven.", nil},
	}
	for _, c := range cases {
		fs, _ := findIn(t, builtin(), c.opinion, source)
		var own []got
		for _, g := range gots(fs) {
			if strings.EqualFold(g.Text, "crashed") || strings.EqualFold(g.Text, "crashes") {
				own = append(own, g)
			}
		}
		if !sameGots(own, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, own, c.want)
		}
	}
}
