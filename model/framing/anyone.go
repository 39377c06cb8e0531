package framing

import (
	"strings"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// everybodyWords open an appeal to what anybody would know: "Anyone who has walked a wheat field
// this summer already knows", "anyone queuing for coffee could have told them".
var everybodyWords = setOf("anyone", "anybody", "everyone", "everybody")

// knowingPhrases close such an appeal: what that anybody knows, sees or could have said. Each is
// a run of words; the run's last word ends the finding.
var knowingPhrases = [][]string{
	{"knows"}, {"know"}, {"already", "knows"}, {"will", "see"}, {"can", "see"}, {"could", "see"},
	{"will", "tell", "you"}, {"would", "tell", "you"}, {"could", "have", "told"}, {"can", "tell"},
	{"could", "tell"}, {"understands"}, {"will", "understand"}, {"will", "recognise"},
	{"will", "recognize"}, {"not", "have", "been", "surprised"}, {"not", "be", "surprised"},
	{"not", "been", "paying", "attention"},
}

// anyWords open the same appeal when a person follows them: "Every skipper working out of the
// harbour will tell you", "Any volunteer who has fought grass fires here will tell you".
var anyWords = setOf("any", "every")

// notPeople follow "any" or "every" without naming a person: "every year", "any time".
var notPeople = setOf("time", "times", "day", "days", "week", "weeks", "month", "months", "year",
	"years", "morning", "night", "evening", "page", "one", "single", "other", "further", "more",
	"case", "way", "sign", "chance", "doubt", "reason", "kind", "sort", "bit", "penny", "step")

// subjectPronouns before a verb of knowing make it a relative clause of someone else's.
var subjectPronouns = setOf("i", "you", "we", "they", "he", "she")

// knowingReach is how many words may stand between "anyone" and what they know: the description
// of the anyone ("who has walked a wheat field on the Dunmere Plain this summer").
const knowingReach = 16

// commonKnowledge finds appeals to what anybody would know: "anyone" or "everyone" followed, in
// the same sentence and the writer's own words, by a verb of knowing or telling. "Anyone can
// apply" or "before anyone noticed" say nothing of the kind.
func (r *run) commonKnowledge() []candidate {
	var out []candidate
	words := r.op.Words
	for i, w := range words {
		if !r.everybodyAt(i) || r.quotes.inside(w.Start) || (r.copied != nil && r.copied[i]) {
			continue
		}
		s := r.op.Sentences[w.Sentence]
		for j := i + 1; j < min(s.EndWord, i+knowingReach); j++ {
			end, ok := r.knowingAt(j, s)
			if !ok || subjectPronouns[words[j-1].Norm] {
				continue // "share it with everyone you know": the knowing is someone else's
			}
			if !everybodyWords[w.Norm] && (words[end-1].Norm != "you" || r.pauseIn(i, j)) {
				// "Every farmer in this valley knows the river" tells; "every skipper ... will
				// tell you" appeals, when nothing else takes the subject first ("every school,
				// term by term, so that parents can see").
				break
			}
			span := document.Span{Start: w.Start, End: words[end-1].End}
			out = append(out, candidate{span: span, subkind: report.Appeal,
				explanation: "Appeal: " + quote(r.op.Text[span.Start:span.End]) +
					" appeals to what anybody supposedly knows instead of giving evidence."})
			break
		}
	}
	return out
}

// knowingAt reports whether one of knowingPhrases starts at word j of sentence s, and returns the
// index after its last word.
func (r *run) knowingAt(j int, s document.Sentence) (int, bool) {
	for _, p := range knowingPhrases {
		if j+len(p) > s.EndWord {
			continue
		}
		match := true
		for k, word := range p {
			if r.op.Words[j+k].Norm != word {
				match = false
				break
			}
		}
		if match {
			return j + len(p), true
		}
	}
	return 0, false
}

// everybodyAt reports whether word i opens an appeal to what anybody knows: "anyone",
// "everybody", or "any" or "every" before a word that may name a person ("every skipper").
func (r *run) everybodyAt(i int) bool {
	words := r.op.Words
	if everybodyWords[words[i].Norm] {
		return true
	}
	if !anyWords[words[i].Norm] || i+1 >= len(words) || words[i+1].Sentence != words[i].Sentence {
		return false
	}
	next := words[i+1].Norm
	return !closedClass[next] && !notPeople[next] && document.NumberValue(next) == 0
}

// pauseIn reports whether a comma, semicolon, colon or dash stands between words i and j.
func (r *run) pauseIn(i, j int) bool {
	for k := i; k < j; k++ {
		if strings.ContainsAny(r.op.Text[r.op.Words[k].End:r.op.Words[k+1].Start], ",;:—–") {
			return true
		}
	}
	return false
}
