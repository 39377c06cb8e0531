package framing

import (
	"strings"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// device names each framing subkind the way a student would look it up.
var device = map[report.Subkind]string{
	report.LoadedLanguage:     "Loaded language",
	report.Intensifier:        "Intensifier",
	report.Speculation:        "Insinuation",
	report.RhetoricalQuestion: "Rhetorical question",
	report.Distancing:         "Distancing",
	report.Presupposition:     "Presupposition",
	report.Normative:          "Normative language",
	report.Appeal:             "Appeal",
	report.CertaintyShift:     "Certainty shift",
}

// defaultNote says what each device does, for entries that carry no note of their own.
var defaultNote = map[report.Subkind]string{
	report.LoadedLanguage: "is emotive: it tells the reader what to feel instead of adding information",
	report.Intensifier:    "turns up the force of the claim without adding evidence for it",
	report.Speculation:    "invites a suspicion without stating or supporting it",
	report.Distancing:     "holds the words at arm's length, inviting doubt without saying why",
	report.Presupposition: "takes a contested point as already settled",
	report.Normative:      "says what ought to be: the writer's opinion, not a reported fact",
	report.Appeal:         "appeals to the reader's feelings or identity instead of giving evidence",
	report.CertaintyShift: "states as certain what may not be",
}

// reportVerbs are the stems of verbs that report speech while colouring it; their explanation
// names the neutral verb the source uses, when it uses one.
var reportVerbs = stems("admit", "admission", "confess", "confession", "concede", "acknowledge",
	"reveal", "revelation", "expose", "uncover", "unmask", "claim", "claimed", "claiming",
	"alleged", "insisted", "boast", "brag", "crow", "gloat", "whine", "rant", "sneer", "scoff",
	"huff", "fume", "moan", "parrot", "regurgitate", "trumpet", "tout", "blurt")

// reportNouns name a statement while colouring it ("the admission", "his confession"): the
// device is the same as the verb's, but the neutral word is "statement", not "said".
var reportNouns = setOf("admission", "admissions", "confession", "confessions", "revelation", "revelations")

// neutralVerbs report speech without colouring it.
var neutralVerbs = setOf("said", "says", "say", "told", "tells", "stated", "states", "added",
	"adds", "noted", "notes", "wrote", "writes", "explained", "explains", "according")

func stems(words ...string) map[string]bool {
	set := map[string]bool{}
	for _, w := range words {
		set[document.Stem(w)] = true
	}
	return set
}

// explainHit writes the one-line explanation of a lexicon match: "Device: 'text' note." A note
// holding "{}" is the whole explanation, with the matched text in place of "{}". Verbs of
// reporting name the neutral verb: the source's own when its passage has one; nouns of reporting
// name the neutral noun.
func (r *run) explainHit(h hit) string {
	text := r.op.Text[h.span.Start:h.span.End]
	note := h.e.note
	if strings.Contains(note, "{}") {
		return finish(strings.ReplaceAll(note, "{}", quote(text)))
	}
	if note == "" {
		note = defaultNote[h.e.subkind]
	}
	name := device[h.e.subkind]
	w := r.op.Words[h.first]
	switch {
	case h.e.subkind == report.CertaintyShift:
	case reportNouns[w.Norm]:
		name = strings.Replace(verbDevice(h.e.subkind), " verb", " word", 1)
		note += "; the neutral word is 'statement'"
	case reportVerbs[w.Stem]:
		name = verbDevice(h.e.subkind)
		if said, ok := r.neutralVerb(w.Sentence); ok {
			note += "; the source says " + quote(said)
		} else {
			note += "; the neutral word is 'said'"
		}
	}
	return finish(name + ": " + quote(text) + " " + note)
}

// verbDevice names a report verb's device.
func verbDevice(s report.Subkind) string {
	switch s {
	case report.Presupposition:
		return "Presupposing verb"
	case report.Distancing:
		return "Distancing verb"
	}
	return "Loaded verb"
}

// neutralVerb returns the neutral report verb of the source passage behind a sentence.
func (r *run) neutralVerb(sentence int) (string, bool) {
	if r.src == nil || r.counterpart == nil {
		return "", false
	}
	cp, ok := r.counterpart(sentence)
	if !ok {
		return "", false
	}
	src := r.src.doc
	from, to := src.WordsIn(cp)
	for _, w := range src.Words[from:to] {
		if neutralVerbs[w.Norm] {
			if w.Norm == "according" {
				return "according to", true
			}
			return src.Text[w.Start:w.End], true
		}
	}
	return "", false
}

// finish makes an explanation one line ending with a full stop.
func finish(s string) string {
	if strings.ContainsAny(s, "\n\t") {
		s = strings.Join(strings.Fields(s), " ")
	}
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!") {
		s += "."
	}
	return s
}
