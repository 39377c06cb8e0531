package framing

import (
	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// repetitionLinks join a word to itself in a phrase that piles up instances for effect: "week
// after week", "study after study", "layer upon layer".
var repetitionLinks = setOf("after", "upon")

// repetitions finds a word repeated across "after" or "upon" in the writer's own words ("study
// after study", "paragraph after paragraph"): an intensifier that stresses how many or how long
// without saying how many or how long. Function words and numbers do not count ("one after one").
func (r *run) repetitions() []candidate {
	var out []candidate
	for i := 1; i+1 < len(r.op.Words); i++ {
		before, link, after := r.op.Words[i-1], r.op.Words[i], r.op.Words[i+1]
		if !repetitionLinks[link.Norm] || before.Norm != after.Norm || before.Sentence != after.Sentence ||
			document.IsCommon(before.Norm) && !repeatableCommon[before.Norm] || isNumber(before.Norm) {
			continue
		}
		if r.op.Text[before.End:link.Start] != " " || r.op.Text[link.End:after.Start] != " " {
			continue // "day, after day" is two phrases
		}
		if r.quotes.inside(before.Start) || r.copied != nil && r.copied[i] {
			continue
		}
		span := document.Span{Start: before.Start, End: after.End}
		out = append(out, candidate{span: span, subkind: report.Intensifier,
			explanation: "Intensifier: " + quote(r.op.Text[span.Start:span.End]) +
				" piles up instances to stress how often or how long, without saying how many."})
	}
	return out
}

// repeatableCommon are common words that still make the figure: "time after time", "year after
// year", "day after day".
var repeatableCommon = setOf("time", "year", "day", "week", "month", "night", "case", "report",
	"study", "page")

// isNumber reports whether a normalised word is written in digits.
func isNumber(norm string) bool { return norm != "" && norm[0] >= '0' && norm[0] <= '9' }
