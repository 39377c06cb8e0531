package framing

import (
	"slices"
	"strings"
	"testing"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

func TestEchoesInCopiedText(t *testing.T) {
	source := "Residents called the closure of the clinic a disgrace at a packed meeting on Monday night."
	opinion := "Residents called the closure of the clinic a disgrace at a packed meeting on Monday night."
	fs, echoes := findIn(t, builtin(), opinion, source)
	if len(fs) != 0 {
		t.Errorf("findings %v, want none: every word is the source's", gots(fs))
	}
	if len(echoes) != 1 || echoes[0].Phrase != "disgrace" || echoes[0].Subkind != report.LoadedLanguage {
		t.Errorf("echoes %+v, want the source's 'disgrace'", echoes)
	}
}

func TestContextCopiedDecides(t *testing.T) {
	op := load(t, "opinion.txt", "The closure was a disgrace, residents said.")
	src := load(t, "source.txt", "The clinic closed on Monday.")
	copied := make([]bool, len(op.Words))
	fs, echoes := builtin().Find(op, Context{Source: src, Copied: copied})
	if g := gots(fs); !sameGots(g, []got{{"disgrace", report.LoadedLanguage}}) || len(echoes) != 0 {
		t.Errorf("with nothing copied: findings %v echoes %v, want 'disgrace' as a finding", g, echoes)
	}
	for i := range copied {
		copied[i] = true
	}
	fs, echoes = builtin().Find(op, Context{Source: src, Copied: copied})
	if len(fs) != 0 || len(echoes) != 1 {
		t.Errorf("with everything copied: findings %v echoes %v, want one echo", gots(fs), echoes)
	}
}

// TestSlippedIntoCopiedWords: a loaded word between words copied from the source, not copied
// itself, is the writer's, and its explanation says it was added inside the source's words.
func TestSlippedIntoCopiedWords(t *testing.T) {
	op := load(t, "opinion.txt", "These shocking figures are not where we want them to be.")
	src := load(t, "source.txt", "These figures are not where we want them to be.")
	copied := make([]bool, len(op.Words))
	for i := range copied {
		copied[i] = op.Words[i].Norm != "shocking"
	}
	fs, _ := builtin().Find(op, Context{Source: src, Copied: copied})
	if len(fs) != 1 || fs[0].Text != "shocking" || !strings.Contains(fs[0].Explanation, "added it inside words copied from the source") {
		t.Errorf("findings %+v, want 'shocking' explained as slipped into the source's words", fs)
	}
}

func TestContextCounterpartDecides(t *testing.T) {
	op := load(t, "opinion.txt", "Smoking causes heart disease. The clinic opens in June.")
	src := load(t, "source.txt", "Smoking harms the heart. Smoking is associated with heart disease in this cohort.")
	plain := document.Span{Start: 0, End: strings.Index(src.Text, " Smoking is")}
	hedged := document.Span{Start: strings.Index(src.Text, "Smoking is"), End: len(src.Text)}
	to := func(span document.Span) func(int) (document.Span, bool) {
		return func(s int) (document.Span, bool) { return span, s == 0 }
	}
	fs, _ := builtin().Find(op, Context{Source: src, Copied: make([]bool, len(op.Words)), Counterpart: to(plain)})
	if len(fs) != 0 {
		t.Errorf("with the plain counterpart: %v, want nothing", gots(fs))
	}
	fs, _ = builtin().Find(op, Context{Source: src, Copied: make([]bool, len(op.Words)), Counterpart: to(hedged)})
	if g := gots(fs); !sameGots(g, []got{{"causes", report.CertaintyShift}}) {
		t.Errorf("with the hedged counterpart: %v, want 'causes'", g)
	}
}

// A word of the lexicon echoes the source only when the source uses it in the sense the entry
// flags: the source's noun "claims" is not the writer's report verb "claims".
func TestEchoNeedsTheSameSense(t *testing.T) {
	source := "She put the number of fighters at fewer than 200 and said the ministry would look at the claims about recruits."
	tests := []struct {
		name, opinion string
		want          []got
	}{
		{"verb against the source's noun", "The spokeswoman claims that fewer than 200 of the men were fighters.",
			[]got{{"claims", report.Distancing}}},
		{"noun against the source's noun", "The ministry would look at the claims about recruits among the fighters.", nil},
	}
	for _, tt := range tests {
		op := load(t, "opinion.txt", tt.opinion)
		src := load(t, "source.txt", source)
		whole := func(int) (document.Span, bool) { return document.Span{Start: 0, End: len(src.Text)}, true }
		fs, _ := builtin().Find(op, Context{Source: src, Copied: make([]bool, len(op.Words)), Counterpart: whole})
		if g := gots(fs); !sameGots(g, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, g, tt.want)
		}
	}
}

func TestReportVerbNamesTheSourceVerb(t *testing.T) {
	fs, _ := findIn(t, builtin(), "The minister confessed the plan had failed early in the north.",
		"The minister said the plan had failed in the north.")
	if len(fs) != 1 {
		t.Fatalf("got %v, want one finding", gots(fs))
	}
	want := "Presupposing verb: 'confessed' treats the statement as an admission of guilt; the source says 'said'."
	if fs[0].Explanation != want {
		t.Errorf("explanation %q, want %q", fs[0].Explanation, want)
	}
}

// A noun of reporting is named as a word, and its neutral counterpart is a noun too.
func TestReportNounNamesANeutralNoun(t *testing.T) {
	fs, _ := findIn(t, builtin(), "The minister's confession changes nothing for the families.", "")
	want := "Presupposing word: 'confession' treats the statement as an admission of guilt; the neutral word is 'statement'."
	if len(fs) != 1 || fs[0].Explanation != want {
		t.Fatalf("got %v, want one finding explained %q", fs, want)
	}
}

func TestFramingOnlyExplanations(t *testing.T) {
	fs, _ := findIn(t, builtin(), "The audit was a bombshell. Why did nobody resign?", "")
	want := map[string]string{
		"bombshell":              "Loaded language: 'bombshell' signals importance without adding information.",
		"Why did nobody resign?": "Rhetorical question: it invites a conclusion without stating or supporting it.",
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

func TestDeterministic(t *testing.T) {
	opinion := "The so-called \"recovery\" is a sham! Why did the minister brush it aside? The fact that nobody resigned is telling."
	a, ea := findIn(t, builtin(), opinion, "The recovery continued, the minister said.")
	for range 5 {
		b, eb := findIn(t, builtin(), opinion, "The recovery continued, the minister said.")
		if len(a) != len(b) || len(ea) != len(eb) {
			t.Fatalf("runs differ: %v vs %v", gots(a), gots(b))
		}
		for i := range a {
			if a[i].Start != b[i].Start || a[i].End != b[i].End || a[i].Explanation != b[i].Explanation {
				t.Fatalf("runs differ at %d: %+v vs %+v", i, a[i], b[i])
			}
		}
	}
}

func TestNilOpinion(t *testing.T) {
	fs, echoes := builtin().Find(nil, Context{})
	if fs != nil || echoes != nil {
		t.Errorf("Find(nil) = %v, %v; want nothing", fs, echoes)
	}
}

func TestContextCounterpartOutOfBounds(t *testing.T) {
	op := load(t, "opinion.txt", "Smoking causes heart disease.")
	src := load(t, "source.txt", "Smoking harms the heart.")
	bad := func(int) (document.Span, bool) { return document.Span{Start: 5, End: 1 << 20}, true }
	fs, _ := builtin().Find(op, Context{Source: src, Counterpart: bad})
	checkFindings(t, op, src, fs)
}

// A list item restated takes the wording of the line that leads into the list: "must" over
// "The company must:" is the source's requirement, reported; without that lead it is the writer's.
func TestListLeadIsTheSources(t *testing.T) {
	op := load(t, "opinion.txt", "The forklifts must be serviced by 31 October.")
	for _, tt := range []struct {
		name, source string
		want         []got
	}{
		{"a list under 'must:'", "Required improvements\n\nThe company must:\n\n- bring all forklifts up to date with servicing by 31 October;\n- provide rest breaks.", nil},
		{"a numbered list under 'must:'", "Required improvements\n\nThe company must:\n\n1. bring all forklifts up to date with servicing by 31 October;\n2. provide rest breaks.", nil},
		{"a list under another lead", "Required improvements\n\nThe company has agreed to:\n\n- bring all forklifts up to date with servicing by 31 October;\n- provide rest breaks.", []got{{"must", report.Normative}}},
		{"no list", "Required improvements\n\nThe company must report by June. It will bring all forklifts up to date with servicing by 31 October.", []got{{"must", report.Normative}}},
	} {
		src := load(t, "source.txt", tt.source)
		item := strings.Index(src.Text, "bring")
		counterpart := func(s int) (document.Span, bool) {
			return document.Span{Start: item, End: strings.Index(src.Text[item:], ";") + item}, s == 0
		}
		if !strings.Contains(src.Text[item:], ";") {
			counterpart = func(s int) (document.Span, bool) { return document.Span{Start: item, End: len(src.Text)}, s == 0 }
		}
		fs, _ := builtin().Find(op, Context{Source: src, Copied: make([]bool, len(op.Words)), Counterpart: counterpart})
		if g := gots(fs); !sameGots(g, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, g, tt.want)
		}
	}
}

// TestContextRestatedDecides: a sentence whose clauses go different ways may have no counterpart
// as a whole; the passage the claims check found its clause restating still shows that a word
// is chosen over the source's.
func TestContextRestatedDecides(t *testing.T) {
	op := load(t, "opinion.txt", "Availability has collapsed from 84 per cent to 71 per cent, and that, not some teething trouble with a new computer at headquarters, is why our engines keep arriving late at house fires.")
	src := load(t, "source.txt", "The fire authority reviewed its stations in the spring. Availability fell from 84 per cent of the time to 71 per cent.")
	passage := document.Span{Start: strings.Index(src.Text, "Availability"), End: len(src.Text)}
	none := func(int) (document.Span, bool) { return document.Span{}, false }
	ctx := Context{Source: src, Copied: make([]bool, len(op.Words)), Counterpart: none,
		Restated: func(offset int) (document.Span, bool) { return passage, offset < strings.Index(op.Text, ", and") }}
	fs, _ := builtin().Find(op, ctx)
	if g := gots(fs); !sameGots(g, []got{{"collapsed", report.LoadedLanguage}}) {
		t.Errorf("with the restated passage: %v, want 'collapsed'", g)
	}
	// The passage restated uses a loaded word itself: the writer echoes the source.
	echoOp := load(t, "opinion.txt", "The union called the delay a disgrace, and that, not some teething trouble with a new computer at headquarters, is why our engines keep arriving late at house fires.")
	echoSrc := load(t, "source.txt", "The review was published in May. The union described the delay as a disgrace.")
	echoPassage := document.Span{Start: strings.Index(echoSrc.Text, "The union"), End: len(echoSrc.Text)}
	echoCtx := Context{Source: echoSrc, Copied: make([]bool, len(echoOp.Words)), Counterpart: none,
		Restated: func(offset int) (document.Span, bool) {
			return echoPassage, offset < strings.Index(echoOp.Text, ", and")
		}}
	fs, echoes := builtin().Find(echoOp, echoCtx)
	if len(echoes) != 1 || echoes[0].Phrase != "disgrace" || slices.ContainsFunc(fs, func(f report.Finding) bool { return f.Text == "disgrace" }) {
		t.Errorf("with the source's own 'disgrace': findings %v echoes %+v, want one echo and no finding", gots(fs), echoes)
	}
	echoCtx.Restated = none
	if fs, _ := builtin().Find(echoOp, echoCtx); !slices.ContainsFunc(fs, func(f report.Finding) bool { return f.Text == "disgrace" }) {
		t.Errorf("with no passage restated: findings %v, want 'disgrace'", gots(fs))
	}
	ctx.Restated = none
	fs, _ = builtin().Find(op, ctx)
	for _, f := range fs {
		if f.Text == "collapsed" {
			t.Errorf("with no passage restated: %v, want no 'collapsed'", gots(fs))
		}
	}
}

// TestLoadedWordsInReportedSpeech: beside a source, loaded language in reported speech without
// quotation marks is the writer's choice of words, unless the source itself uses them; without a
// source, or inside quotation marks, it is the speaker's.
func TestLoadedWordsInReportedSpeech(t *testing.T) {
	opinion := "The Institute announced that our quota has to be slashed."
	tests := []struct {
		name, opinion, source string
		want                  []got
	}{
		{"reported, the source says otherwise", opinion, "The Institute recommends that the quota be reduced by 40 per cent.",
			[]got{{"slashed", report.LoadedLanguage}}},
		{"reported, the source says it", opinion, "The Institute announced that the quota has to be slashed by 40 per cent.", nil},
		{"quoted", `The Institute announced that the quota "has to be slashed".`, "The Institute recommends that the quota be reduced.", nil},
		{"framing only", opinion, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, _ := findIn(t, builtin(), tt.opinion, tt.source)
			var loaded []got
			for _, g := range gots(fs) {
				if g.Subkind == report.LoadedLanguage {
					loaded = append(loaded, g)
				}
			}
			if !sameGots(loaded, tt.want) {
				t.Errorf("loaded language %v, want %v", loaded, tt.want)
			}
		})
	}
}
