package claims

import (
	"fmt"
	"regexp"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// recurrenceClaim finds a clause that says something has happened before: "This isn't the first
// time Hollin Moor has had problems", "the second time in four years that this chain has lost
// its customers' data". The framing devices that presuppose a repeat ("once again", "yet again")
// are the framing lexicon's.
var recurrenceClaim = regexp.MustCompile(`(?i)(?:\bnot|n't|n’t) the first time\b|\b(?:the (?:second|third|fourth|fifth|sixth|latest|umpteenth) time|has form|have form|a (?:long )?history of|a track record of)\b`)

// recurrenceNouns are the words without which recurrenceClaim cannot match.
var recurrenceNouns = setOfWords("time", "form", "history", "record")

// priorWords tell of something that happened before.
var priorWords = setOfWords("previous", "previously", "earlier", "before", "again", "prior",
	"history", "repeated", "repeatedly", "recurrence", "recurring", "recurred", "second", "past",
	"former", "twice", "first")

// recurrenceUnsupported returns a not-in-source finding for a clause that says something has
// happened before when no source sentence that shares a content word with it tells of an earlier
// case. Such a claim can share much with the source's account of the present case without the
// source saying a word about the past.
func recurrenceUnsupported(op, src *document.Document, cl clause) (report.Finding, bool) {
	if firstOf(op, cl.from, cl.to, recurrenceNouns, nil) == "" {
		return report.Finding{}, false // the pattern is costly to try on every clause
	}
	loc := recurrenceClaim.FindStringIndex(op.Slice(cl.span))
	if loc == nil {
		return report.Finding{}, false
	}
	want := contentStems(op, cl.from, cl.to)
	for _, s := range src.Sentences {
		if len(heldStems(src, s.FirstWord, s.EndWord, want)) > 0 && firstOf(src, s.FirstWord, s.EndWord, priorWords, nil) != "" {
			return report.Finding{}, false
		}
	}
	text := op.Slice(cl.span)
	for loc[0] > 0 && text[loc[0]-1] != ' ' { // "isn't the first time", not "n't the first time"
		loc[0]--
	}
	return report.Finding{
		Kind: report.Unsupported, Subkind: report.NotInSource, Side: report.Opinion,
		Start: cl.span.Start, End: cl.span.End, Text: text,
		Explanation: fmt.Sprintf("Says it has happened before ('%s'), but the source tells of no earlier case.", text[loc[0]:loc[1]]),
	}, true
}
