package framing

import (
	"strings"
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

func TestEmotive(t *testing.T) {
	const source = "Members of the group threatened farmers in the valley for two years, police said. " +
		"The study found a modest link between diet and memory."
	cases := []struct {
		name, lexicon, opinion, source string
		want                           []string // the emotive words found, in order
		says                           string   // what every explanation must say
	}{
		{"a charged word the source never uses", "",
			"The group terrorised farmers in the valley for two years.", source,
			[]string{"terrorised"}, "strong negative charge, and the source never uses the word"},
		{"a positive one", "", "The study found a remarkable link between diet and memory.", source,
			[]string{"remarkable"}, "carries a positive charge"},
		{"the source uses the word itself", "", "The group terrorised farmers in the valley.",
			"Members of the group terrorised farmers in the valley, police said.", nil, ""},
		{"inside a quotation it is the speaker's word", "",
			`A farmer said the group "terrorised us for years".`, source, nil, ""},
		{"a word whose rating is for another sense", "",
			"The group acted like a gang, and the study is the kind of work we need.", source, nil, ""},
		{"'hand' is rated as help, not as handing over or by hand", "",
			"Most operators refused to hand over their figures, so the study was done by hand.", source, nil, ""},
		{"a mild word is not emotive", "", "The study found a useful link between diet and memory.", source, nil, ""},
		{"words routine in reporting", "",
			"The farmers blamed the group after an accident in the valley; the study failed to find the worst link.", source, nil, ""},
		{"more words routine in reporting", "",
			"The storm did damage in the valley, and casualty was full; the heat kills crops.", source, nil, ""},
		{"plain descriptions of a thing or a week", "",
			"A broken pump left the valley dry after a bad week of storms.", source, nil, ""},
		{"a capitalised word inside a sentence is a name", "",
			"The case went to the Supreme Court in the valley.", source, nil, ""},
		{"a headline in title case is not a name", "",
			"Valley Farmers Terrorised For Two Years", source, []string{"Terrorised"}, "strong negative charge"},
		{"a lexicon entry with conditions decides for its word", "grim | loaded-language | | !not-before: reaper\n",
			"The grim reaper came for the valley.", source, nil, ""},
		{"the user's lexicon can silence it", "terrorised | none\n",
			"The group terrorised farmers in the valley for two years.", source, nil, ""},
		{"no source: the feeling is explained without one", "",
			"The group terrorised farmers in the valley for two years.", "",
			[]string{"terrorised"}, "it tells the reader what to feel"},
		{"no source: a milder word may be the plain truth", "",
			"The group failed farmers in the valley; the study was remarkable.", "", nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := builtin()
			if c.lexicon != "" {
				var err error
				if d, err = New([]byte(c.lexicon), "mine.txt"); err != nil {
					t.Fatal(err)
				}
			}
			fs, _ := findIn(t, d, c.opinion, c.source)
			var found []string
			for _, f := range fs {
				if !Emotive(f) {
					continue
				}
				found = append(found, f.Text)
				if !strings.Contains(f.Explanation, c.says) {
					t.Errorf("explanation %q, want it to say %q", f.Explanation, c.says)
				}
			}
			if strings.Join(found, "|") != strings.Join(c.want, "|") {
				t.Fatalf("emotive words %q, want %q", found, c.want)
			}
		})
	}
}

func TestEmotiveFindingIsNotALexiconFinding(t *testing.T) {
	fs, _ := findIn(t, builtin(), "The minister brushed aside the report.", "")
	for _, f := range fs {
		if Emotive(f) {
			t.Errorf("lexicon finding %q (%s) taken for an emotive word", f.Text, f.Explanation)
		}
	}
	if len(fs) == 0 || fs[0].Subkind != report.LoadedLanguage {
		t.Fatalf("want the lexicon to find 'brushed aside', got %v", gots(fs))
	}
}

func TestValencesLoaded(t *testing.T) {
	table := valences()
	if len(table) < 5000 {
		t.Fatalf("VADER lexicon has %d plain words, want several thousand", len(table))
	}
	if v := table["terrorised"]; v > -minValence {
		t.Errorf("valence of 'terrorised' = %v, want strongly negative", v)
	}
}
