package claims

import (
	"strings"
	"testing"
	"unicode"

	"github.com/reframe-dev/reframe/model/document"
)

// tableGroups reads restatements.txt line by line, independently of parseRestatements: the
// words of each group with the line they are on.
func tableGroups(t *testing.T) (groups [][]string, lines []int) {
	t.Helper()
	for n, line := range strings.Split(restatementsText, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		words := strings.FieldsFunc(line, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
		if len(words) > 0 {
			groups = append(groups, words)
			lines = append(lines, n+1)
		}
	}
	if len(groups) == 0 {
		t.Fatal("restatements.txt holds no group")
	}
	return groups, lines
}

// stemOf stems a word as the documents do.
func stemOf(w string) string { return document.Stem(document.Normalize(w)) }

func TestRestatementsParse(t *testing.T) {
	m, err := parseRestatements(restatementsText)
	if err != nil {
		t.Fatal(err)
	}
	groups, _ := tableGroups(t)
	if len(groups) == 0 {
		t.Error("restatements.txt holds no groups")
	}
	// Every word of the file is in the parsed table, with its whole group.
	for _, g := range groups {
		for _, w := range g {
			got := m[document.Stem(w)]
			for _, other := range g {
				if !strings.Contains(" "+strings.Join(got, " ")+" ", " "+document.Stem(other)+" ") {
					t.Errorf("%q: parsed group %v lacks %q", w, got, other)
				}
			}
		}
	}
	if len(synonymOf) != len(m) {
		t.Errorf("synonymOf holds %d stems, the file %d", len(synonymOf), len(m))
	}
}

// A word or a stem in two groups would make one group silently override the other.
func TestRestatementsNoDuplicates(t *testing.T) {
	groups, lines := tableGroups(t)
	wordAt := map[string]int{}
	stemAt := map[string]int{}
	for i, g := range groups {
		for _, w := range g {
			if at, ok := wordAt[w]; ok {
				t.Errorf("%q is listed on line %d and on line %d", w, at, lines[i])
			}
			wordAt[w] = lines[i]
			st := document.Stem(w)
			if at, ok := stemAt[st]; ok && at != lines[i] {
				t.Errorf("%q on line %d has the stem %q of a word on line %d", w, lines[i], st, at)
			}
			stemAt[st] = lines[i]
		}
	}
}

func TestRestatementsNoGroupOfOne(t *testing.T) {
	groups, lines := tableGroups(t)
	for i, g := range groups {
		stems := map[string]bool{}
		for _, w := range g {
			stems[document.Stem(w)] = true
		}
		if len(stems) < 2 {
			t.Errorf("line %d: %v is a group of one stem", lines[i], g)
		}
	}
}

// The words the checker compares itself must not be hidden in a group: numbers, quantities,
// hedges, negations and modal verbs, or any word stemming like one of them.
func TestRestatementsLeaveCheckedWordsAlone(t *testing.T) {
	checked := map[string]string{}
	addAll := func(kind string, words ...string) {
		for _, w := range words {
			checked[w] = kind
		}
	}
	addAll("number word", document.NumberWords()...)
	addKeys(checked, "number word", multipliers)
	addKeys(checked, "quantity word", vagueWords)
	addKeys(checked, "part word", partWords)
	addKeys(checked, "whole word", wholeWords)
	addKeys(checked, "hedge", hedges)
	addKeys(checked, "hedging verb", hedgingVerbs)
	addKeys(checked, "negation", negations)
	for w := range anyNegation {
		// "refused" and "denied" say no and so does every member of their group (refuse,
		// reject, deny, veto...): the group cannot turn a refusal into its opposite.
		if w != "refused" && w != "denied" {
			addAll("negation", w)
		}
	}
	addAll("modal verb", "can", "could", "may", "might", "must", "shall", "should", "will", "would", "ought")
	for w, kind := range checked {
		if alts, ok := synonymOf[stemOf(w)]; ok {
			t.Errorf("%s %q (stem %q) is in the group %v", kind, w, stemOf(w), alts)
		}
	}
}

func TestRestatementsSameStem(t *testing.T) {
	// Every pair of members of every group.
	groups, lines := tableGroups(t)
	for i, g := range groups {
		for _, a := range g {
			for _, b := range g {
				if !sameStem(document.Stem(a), document.Stem(b)) {
					t.Errorf("line %d: sameStem(%q, %q) = false", lines[i], a, b)
				}
			}
		}
	}
	// Restatements as they appear in text, inflected.
	tests := []struct{ a, b string }{
		{"residents", "people"},
		{"departed", "left"},
		{"rose", "increased"},
		{"climbed", "grew"},
		{"fell", "declined"},
		{"shrank", "dropped"},
		{"judgement", "ruling"},
		{"revenues", "turnover"},
		{"profits", "earnings"},
		{"said", "told"},
		{"fled", "escaped"},
		{"bought", "acquired"},
		{"refused", "rejected"},
		{"children", "kids"},
		{"lorries", "trucks"},
		{"began", "started"},
		{"jobs", "posts"},
		{"studies", "research"},
		{"killed", "died"},
		{"injured", "wounded"},
		{"found", "showed"},
	}
	for _, tt := range tests {
		if !sameStem(stemOf(tt.a), stemOf(tt.b)) || !sameStem(stemOf(tt.b), stemOf(tt.a)) {
			t.Errorf("sameStem(%q, %q) = false, want true", tt.a, tt.b)
		}
	}
}

// Words the checker must tell apart: opposites, and words of different strength or certainty.
func TestRestatementsKeepOppositesApart(t *testing.T) {
	tests := []struct{ a, b string }{
		{"rise", "fall"},
		{"rose", "fell"},
		{"increase", "decrease"},
		{"soar", "plunge"},
		{"grow", "shrink"},
		{"expand", "cut"},
		{"win", "lose"},
		{"won", "lost"},
		{"victory", "defeat"},
		{"open", "close"},
		{"opened", "shut"},
		{"approve", "reject"},
		{"approved", "refused"},
		{"accept", "refuse"},
		{"agree", "deny"},
		{"hire", "fire"},
		{"recruit", "sack"},
		{"buy", "sell"},
		{"bought", "sold"},
		{"arrive", "leave"},
		{"arrived", "left"},
		{"all", "some"},
		{"every", "few"},
		{"few", "many"},
		{"hundreds", "thousands"},
		{"may", "will"},
		{"kill", "injure"},
		{"killed", "wounded"},
		{"murder", "kill"},
		{"suspect", "culprit"},
		{"allege", "prove"},
		{"arrest", "convict"},
		{"plan", "approve"},
		{"profit", "loss"},
		{"ban", "allow"},
		{"lend", "borrow"},
		{"attack", "defend"},
		{"release", "arrest"},
		{"begin", "end"},
		{"start", "stop"},
		{"support", "oppose"},
		{"big", "small"},
		{"fast", "slow"},
		{"rich", "poor"},
		{"strong", "weak"},
		{"expensive", "cheap"},
		{"improve", "worsen"},
		{"build", "demolish"},
		{"hide", "reveal"},
		{"import", "export"},
	}
	for _, tt := range tests {
		if sameStem(stemOf(tt.a), stemOf(tt.b)) || sameStem(stemOf(tt.b), stemOf(tt.a)) {
			t.Errorf("sameStem(%q, %q) = true, want false", tt.a, tt.b)
		}
	}
}

func TestParseRestatements(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		err   string // a fragment the error must hold, or "" for none
		same  [][2]string
		apart [][2]string
	}{
		{name: "spaces, commas and comments", text: "# header\n\nsay, state tell # reporting\nbuy purchase\n",
			same: [][2]string{{"say", "tell"}, {"state", "say"}, {"buy", "purchase"}}, apart: [][2]string{{"say", "buy"}}},
		{name: "forms of one word in a group", text: "rule ruling verdict\n", same: [][2]string{{"rule", "verdict"}}},
		{name: "empty table", text: "# nothing\n"},
		{name: "word in two groups", text: "say tell\nreport tell\n", err: `"tell" is already listed on line 1`},
		{name: "word twice in a group", text: "say tell say\n", err: `"say" is already listed on line 1`},
		{name: "stem in two groups", text: "decline fall\nrefuse declined\n", err: `"declined" has the stem "declin" of "decline" on line 1`},
		{name: "group of one", text: "say\n", err: "fewer than two different stems"},
		{name: "group of one stem", text: "ruling rule\n", err: "fewer than two different stems"},
		{name: "upper case", text: "Say tell\n", err: `"Say" is not a lower-case word`},
		{name: "phrase joined", text: "reject turn-down\n", err: `"turn-down" is not a lower-case word`},
	}
	for _, tt := range tests {
		m, err := parseRestatements(tt.text)
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.err != "" && err == nil:
			t.Errorf("%s: no error, want one with %q", tt.name, tt.err)
		case tt.err != "" && !strings.Contains(err.Error(), tt.err):
			t.Errorf("%s: error %q, want one with %q", tt.name, err, tt.err)
		}
		in := func(a, b string) bool {
			for _, s := range m[document.Stem(a)] {
				if s == document.Stem(b) {
					return true
				}
			}
			return false
		}
		for _, p := range tt.same {
			if !in(p[0], p[1]) {
				t.Errorf("%s: %q and %q not grouped", tt.name, p[0], p[1])
			}
		}
		for _, p := range tt.apart {
			if in(p[0], p[1]) {
				t.Errorf("%s: %q and %q grouped", tt.name, p[0], p[1])
			}
		}
	}
}

// addKeys records every key of set as a word of the given kind.
func addKeys[V any](checked map[string]string, kind string, set map[string]V) {
	for w := range set {
		checked[w] = kind
	}
}
