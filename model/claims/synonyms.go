package claims

import "github.com/reframe-dev/reframe/model/document"

// restatements are groups of words a writer commonly swaps for one another when restating a
// source: retrieval treats the members of a group as the same word.
var restatements = [][]string{
	{"say", "state", "tell", "claim", "assert", "report", "announce"},
	{"sales", "revenue", "turnover"},
	{"profit", "earnings", "income"},
	{"rise", "increase", "grow", "climb", "jump", "surge", "soar", "gain"},
	{"fall", "drop", "decline", "decrease", "slide", "sink", "plunge", "shrink"},
	{"kill", "die", "dead", "death"},
	{"injure", "hurt", "wound", "injury"},
	{"leave", "depart", "exit", "escape", "flee"},
	{"buy", "purchase", "acquire"},
	{"show", "reveal", "indicate", "find", "demonstrate"},
	{"build", "construct", "erect"},
	{"begin", "start", "launch", "commence"},
	{"end", "finish", "stop", "halt", "conclude"},
	{"help", "aid", "assist", "support"},
	{"big", "large", "major", "huge"},
	{"small", "little", "minor", "modest"},
	{"rule", "ruling", "judgment", "decision", "verdict"},
	{"firm", "company", "business", "group"},
	{"child", "children", "kid", "minor"},
	{"car", "vehicle", "lorry", "truck"},
	{"people", "person", "resident", "citizen"},
	{"doctor", "physician", "clinician"},
	{"study", "research", "trial", "survey"},
	{"job", "post", "position", "role"},
	{"police", "officer"},
	{"agree", "approve", "accept"},
	{"refuse", "reject", "deny", "decline"},
}

var synonymOf = func() map[string][]string {
	m := map[string][]string{}
	for _, group := range restatements {
		var stems []string
		for _, w := range group {
			stems = append(stems, document.Stem(w))
		}
		for _, s := range stems {
			m[s] = stems
		}
	}
	return m
}()

// expand returns a stem with the stems of its usual restatements.
func expand(stem string) []string {
	if alts, ok := synonymOf[stem]; ok {
		return alts
	}
	return []string{stem}
}

// sameStem reports whether two stems are equal or usual restatements of each other.
func sameStem(a, b string) bool {
	if a == b {
		return true
	}
	for _, s := range synonymOf[a] {
		if s == b {
			return true
		}
	}
	return false
}
