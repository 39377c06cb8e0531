package align

import (
	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// minQuotationWords is the length from which text in quotation marks reads as someone's words;
// shorter quoted phrases are scare quotes, a matter for the framing analysis.
const minQuotationWords = 4

// unmatchedQuotations reports the quotations that reuse nothing from the source: a misquote when
// most of their content words appear together in one source sentence, unsourced otherwise.
func (a *Aligner) unmatchedQuotations(opinion, source *document.Document, quotes []Quotation, copied []bool) []report.Finding {
	var out []report.Finding
	for _, q := range quotes {
		from, to := opinion.WordsIn(q.Span)
		if to-from < minQuotationWords {
			continue
		}
		reused := 0
		for w := from; w < to; w++ {
			if copied[w] {
				reused++
			}
		}
		if reused*3 > to-from {
			continue // mostly a quote of the source, reported as such
		}
		span := document.Span{Start: opinion.Words[from].Start, End: opinion.Words[to-1].End}
		marked := true
		f := report.Finding{
			Kind: report.Quote, Subkind: report.Unsourced, Side: report.Opinion, Marked: &marked,
			Start: span.Start, End: span.End, Text: opinion.Slice(span),
			Explanation: "Shown as a quotation, but nothing like it appears in this source: it cannot be checked here.",
		}
		if best, score := bestSentence(opinion, source, from, to); score >= 0.6 {
			ev := source.Sentences[best].Span
			f.Subkind = report.Misquote
			f.Explanation = "Shown as a quotation, but the closest source sentence says it in different words: the quote is not what the source says."
			f.Evidence = []report.Evidence{{Side: report.Source, Start: ev.Start, End: ev.End, Text: source.Slice(ev), Score: round(score)}}
		}
		out = append(out, f)
	}
	return out
}

// bestSentence finds the source sentence that holds the largest share of the content stems of
// opinion words [from, to).
func bestSentence(opinion, source *document.Document, from, to int) (int, float64) {
	want := map[string]bool{}
	for w := from; w < to; w++ {
		if !document.IsCommon(opinion.Words[w].Norm) {
			want[opinion.Words[w].Stem] = true
		}
	}
	if len(want) < 3 {
		return -1, 0
	}
	best, bestScore := -1, 0.0
	for i, s := range source.Sentences {
		seen := map[string]bool{}
		for w := s.FirstWord; w < s.EndWord; w++ {
			if want[source.Words[w].Stem] {
				seen[source.Words[w].Stem] = true
			}
		}
		if score := float64(len(seen)) / float64(len(want)); score > bestScore {
			best, bestScore = i, score
		}
	}
	return best, bestScore
}
