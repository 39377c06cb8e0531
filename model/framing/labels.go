package framing

import (
	"unicode"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// labelSubjects open a sentence that sums up what came before: "That is", "It's".
var labelSubjects = setOf("that", "this", "it")

// labelContractions are the same openers written as one word.
var labelContractions = setOf("that's", "it's")

// labelHedges may stand between the verb and the label without changing it: "It is just a slogan."
var labelHedges = setOf("just", "simply", "merely", "only")

// maxLabelWords is how many words a label may have after its article: "a business model".
const maxLabelWords = 3

// labels finds short sentences that sum up what came before with a label of the writer's own:
// "That is a business model.", "It is a slogan.", "It's a chasm." The label replaces an argument
// with a name for the thing. A denial ("That is not a hospital.") corrects a reading rather than
// naming one, and a label the source itself uses ("It is a pilot." after a report of a pilot) is
// the source's word, not the writer's; both are left alone, as are quotations and copied
// sentences.
func (r *run) labels() []candidate {
	var out []candidate
	for _, s := range r.op.Sentences {
		at, ok := r.labelAt(s)
		if !ok {
			continue
		}
		span := document.Span{Start: r.op.Words[at].Start, End: r.op.Words[s.EndWord-1].End}
		out = append(out, candidate{span: span, subkind: report.LoadedLanguage,
			explanation: "Label: " + quote(r.op.Text[span.Start:span.End]) +
				" sums up what came before with a name of the writer's own instead of an argument."})
	}
	return out
}

// labelAt reports whether sentence s is a label sentence, and returns the index of the label's
// article.
func (r *run) labelAt(s document.Sentence) (int, bool) {
	words := r.op.Words
	w := s.FirstWord
	if s.EndWord-w < 3 || s.EndWord-w > 4+maxLabelWords {
		return 0, false
	}
	if mark, _ := finalMark(r.op.Text, s.Span); mark != '.' {
		return 0, false
	}
	if r.quotes.inside(words[w].Start) || r.op.InBlockQuote(s.Span) ||
		(r.copied != nil && r.copiedShare(s.FirstWord, s.EndWord) > 0) {
		return 0, false
	}
	switch {
	case labelContractions[words[w].Norm]:
		w++
	case labelSubjects[words[w].Norm] && words[w+1].Norm == "is":
		w += 2
	default:
		return 0, false
	}
	if w < s.EndWord && labelHedges[words[w].Norm] {
		w++
	}
	if w >= s.EndWord || (words[w].Norm != "a" && words[w].Norm != "an") {
		return 0, false
	}
	article := w
	label := s.EndWord - article - 1
	if label < 1 || label > maxLabelWords {
		return 0, false
	}
	for _, lw := range words[article+1 : s.EndWord] {
		first, _ := utf8.DecodeRuneInString(r.op.Text[lw.Start:lw.End])
		if closedClass[lw.Norm] || unicode.IsDigit(first) || unicode.IsUpper(first) {
			return 0, false // "It is a 12 per cent rise.", "That is a Kestle problem."
		}
	}
	if r.src != nil && r.src.stems()[words[s.EndWord-1].Stem] {
		return 0, false // the source's own word for it
	}
	return article, true
}
