package claims

import (
	"fmt"
	"regexp"
	"strconv"
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

// tallyPattern finds a count of votes for and against: "five to two", "6-1", "seven votes to
// three".
var tallyPattern = regexp.MustCompile(`(?i)\b(` + tally + `)(?: votes)?(?: to |[-–])(` + tally + `)\b`)

// voteWords make a tally in the same clause or sentence a count of votes.
var voteWords = setOfWords("vote", "votes", "voted", "voting", "majority", "ballot", "split", "margin")

// voteTally is the count of votes for and against that a stretch of text gives, where it is
// written, and whether it gives one.
func voteTally(d *document.Document, span document.Span, from, to int) (forVotes, against int, loc []int, ok bool) {
	if firstIndex(d, from, to, voteWords, nil) < 0 {
		return 0, 0, nil, false
	}
	text := d.Slice(span)
	m := tallyPattern.FindStringSubmatchIndex(text)
	if m == nil {
		return 0, 0, nil, false
	}
	a, b := tallyValue(text[m[2]:m[3]]), tallyValue(text[m[4]:m[5]])
	if a <= 0 || b < 0 || a < b {
		return 0, 0, nil, false // a score or a range, not votes for a decision and against it
	}
	return a, b, m[:2], true
}

// tallyValue reads one side of a tally, in digits or words.
func tallyValue(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return int(document.NumberValue(strings.ToLower(s)))
}

// tallyChanged is the contradiction of a clause that gives a vote's tally the source gives
// otherwise ("a crushing six to one" against "voted by a majority of five to two"). The source
// must tell of one vote only, so that the clause cannot be about another.
func tallyChanged(op, src *document.Document, cl clause) (report.Finding, bool) {
	a, b, loc, ok := voteTally(op, cl.span, cl.from, cl.to)
	if !ok {
		return report.Finding{}, false
	}
	var found *document.Sentence
	var srcA, srcB int
	var srcLoc []int
	for i := range src.Sentences {
		s := &src.Sentences[i]
		x, y, l, ok := voteTally(src, s.Span, s.FirstWord, s.EndWord)
		if !ok {
			continue
		}
		if found != nil && (x != srcA || y != srcB) {
			return report.Finding{}, false // more than one vote
		}
		if found == nil {
			found, srcA, srcB, srcLoc = s, x, y, l
		}
	}
	if found == nil || a == srcA && b == srcB {
		return report.Finding{}, false
	}
	text, opText := src.Slice(found.Span), op.Slice(cl.span)
	return report.Finding{
		Kind: report.Unsupported, Subkind: report.ContradictsSource, Side: report.Opinion,
		Start: cl.span.Start, End: cl.span.End, Text: opText,
		Explanation: fmt.Sprintf("The source (paragraph %d) gives the vote as '%s'; the opinion says '%s'.",
			src.ParagraphAt(found.Start)+1, text[srcLoc[0]:srcLoc[1]], opText[loc[0]:loc[1]]),
		Evidence: []report.Evidence{{Side: report.Source, Start: found.Start, End: found.End, Text: text, Score: 1}},
	}, true
}
