package framing

import (
	"fmt"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// headline finds the wording of the opinion's headline that the source never uses ("Death by
// Spreadsheet", "They Built a Glass Palace"): a headline sets how everything after it is read, and
// words it brings from outside the report are the writer's framing. Only against a source, and
// only words no other device already holds. Names, figures, words the body names with a capital
// and neutral reporting verbs ("finds", "says") are left alone; neighbouring words make one
// finding, across at most two common words ("Plot to Bury").
func (r *run) headline(taken []candidate) []candidate {
	if r.src == nil || r.op.Title == "" || len(r.op.Paragraphs) < 2 {
		return nil
	}
	covered := coveredWords(r.op, taken)
	names := bodyNames(r.op)
	srcStems := r.src.stems()
	own := make([]bool, len(r.op.Words))
	end := 0 // the headline's words are [0, end)
	for end < len(r.op.Words) && r.op.Sentences[r.op.Words[end].Sentence].Paragraph == 0 {
		own[end] = r.headlineWord(end, covered, names, srcStems)
		end++
	}
	if end < minHeadlineWords {
		return nil // a label ("Opinion", "Letters"), not a headline
	}
	// A compound is the writer's only when all of it is: "Late-night" uses the source's "late".
	joined := func(i int) bool { return r.op.Text[r.op.Words[i-1].End:r.op.Words[i].Start] == "-" }
	for i := 1; i < end; i++ {
		if joined(i) && own[i-1] != own[i] {
			for k := i; k > 0 && joined(k); k-- {
				own[k-1] = false
			}
			for k := i; k < end && (k == i || joined(k)); k++ {
				own[k] = false
			}
		}
	}
	var out []candidate
	open, last, gap := -1, -1, 0 // the run being built: its first and last word, common words since
	flush := func() {
		if open >= 0 {
			span := document.Span{Start: r.op.Words[open].Start, End: r.op.Words[last].End}
			out = append(out, candidate{span: span, subkind: report.LoadedLanguage,
				explanation: fmt.Sprintf("Headline wording: '%s' is the writer's own; the source never uses it, and a headline sets how everything after it is read.", r.op.Slice(span))})
		}
		open, last, gap = -1, -1, 0
	}
	for i := range end {
		w := r.op.Words[i]
		if last >= 0 && strings.ContainsAny(r.op.Text[r.op.Words[i-1].End:w.Start], ":;,.!?—–\"“”") {
			flush()
		}
		if !own[i] {
			if open >= 0 {
				gap++
				if gap > 2 || !document.IsCommon(w.Norm) || covered[i] {
					flush()
				}
			}
			continue
		}
		if open < 0 {
			open = i
		}
		last, gap = i, 0
	}
	flush()
	return out
}

// headlineWord reports whether headline word i is the writer's own: a content word of at least
// three letters, in no quotation, copied passage or other finding, whose stem the source never
// uses, and no name, figure or neutral reporting verb.
func (r *run) headlineWord(i int, covered []bool, names, srcStems map[string]bool) bool {
	w := r.op.Words[i]
	if len(w.Norm) < 3 || document.IsCommon(w.Norm) || covered[i] || names[strings.TrimSuffix(w.Norm, "'s")] || neutralReports[w.Norm] ||
		r.quotes.inside(w.Start) || (r.copied != nil && r.copied[i]) || strings.ContainsAny(w.Norm, "0123456789") || document.IsNumberWord(w.Norm) {
		return false
	}
	return !srcStems[w.Stem]
}

// minHeadlineWords is the fewest words of a headline: a title shorter than that is a label.
const minHeadlineWords = 3

// neutralReports are the reporting verbs of a plain news headline ("council review finds").
var neutralReports = setOf("says", "said", "finds", "found", "reports", "shows", "publishes", "published", "review")

// bodyNames returns the words the opinion's body writes with a capital inside a sentence: names,
// which a headline in title case does not mark as such.
func bodyNames(d *document.Document) map[string]bool {
	names := map[string]bool{}
	for i, w := range d.Words {
		s := d.Sentences[w.Sentence]
		if s.Paragraph == 0 || i == s.FirstWord || !startsUpper(d.Text[w.Start:w.End]) {
			continue
		}
		names[strings.TrimSuffix(w.Norm, "'s")] = true
	}
	return names
}

// coveredWords marks the opinion words that a candidate already holds.
func coveredWords(d *document.Document, taken []candidate) []bool {
	covered := make([]bool, len(d.Words))
	for _, c := range taken {
		from, to := d.WordsIn(c.span)
		for w := from; w < to; w++ {
			covered[w] = true
		}
	}
	return covered
}
