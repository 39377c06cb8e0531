package claims

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// unanimousWords say that everyone who decided agreed.
var unanimousWords = map[string]bool{"unanimous": true, "unanimously": true}

// splitDecision finds the words with which a source says a decision was not unanimous: a dissent,
// a majority of so many to so many, votes against, abstentions, a split ruling.
var splitDecision = regexp.MustCompile(`(?i)\b((?:by a )?majority of \w+ (?:votes )?to \w+|by a majority|\d+ votes to \d+|voted (?:by )?` + tally + ` (?:votes )?to ` + tally + `|` + tally + `[-–]` + tally + ` (?:vote|decision|majority)|narrow(?:ly)? (?:vote|voted|majority|approved|passed|backed)|dissent(?:ed|ing|s)?|voted against|abstain(?:ed|ing|s)?|abstentions?|split (?:decision|ruling|vote|verdict|judgment|judgement|court|bench))\b`)

// tally is a count of votes: "7", "seven".
const tally = `(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)`

// unanimityDenied is the contradiction of a clause that calls a decision unanimous when the source
// says it was split ("a unanimous bench" against "By a majority of two to one ... Justice
// Okafor-Lind dissented"). It holds only when the source never calls anything unanimous itself,
// so that it cannot be a different decision the source agrees was unanimous. The evidence is the
// first source sentence that tells of the split.
func unanimityDenied(op, src *document.Document, cl clause) (report.Finding, bool) {
	claim := firstIndex(op, cl.from, cl.to, unanimousWords, nil)
	if claim < 0 {
		return report.Finding{}, false
	}
	for _, w := range src.Words {
		if unanimousWords[w.Norm] {
			return report.Finding{}, false
		}
	}
	for _, s := range src.Sentences {
		text := src.Slice(s.Span)
		loc := splitDecision.FindStringIndex(text)
		if loc == nil {
			continue
		}
		return report.Finding{
			Kind: report.Unsupported, Subkind: report.ContradictsSource, Side: report.Opinion,
			Start: cl.span.Start, End: cl.span.End, Text: op.Slice(cl.span),
			Explanation: fmt.Sprintf("The source (paragraph %d) says the decision was split: '%s'; the opinion calls it unanimous: '%s'.",
				src.ParagraphAt(s.Start)+1, strings.Join(strings.Fields(text[loc[0]:loc[1]]), " "), wordsAround(op, claim, cl.from, cl.to, 1, 2)),
			Evidence: []report.Evidence{{Side: report.Source, Start: s.Start, End: s.End, Text: text, Score: 1}},
		}, true
	}
	return report.Finding{}, false
}
