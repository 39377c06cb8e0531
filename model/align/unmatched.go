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
	var postings map[string][]int // content stem -> source sentences, built on first need
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
		span := opinion.WordSpan(from, to)
		marked := true
		f := report.Finding{
			Kind: report.Quote, Subkind: report.Unsourced, Side: report.Opinion, Marked: &marked,
			Start: span.Start, End: span.End, Text: opinion.Slice(span),
			Explanation: "Shown as a quotation, but nothing like it appears in this source: it cannot be checked here.",
		}
		if postings == nil {
			postings = sentencePostings(source)
		}
		if best, score := bestSentence(opinion, source, postings, from, to); score >= 0.6 {
			ev := source.Sentences[best].Span
			f.Subkind = report.Misquote
			f.Explanation = "Shown as a quotation, but the closest source sentence says it in different words: the quote is not what the source says."
			f.Evidence = []report.Evidence{{Side: report.Source, Start: ev.Start, End: ev.End, Text: source.Slice(ev), Score: report.RoundScore(score)}}
		}
		out = append(out, f)
	}
	return out
}

// sentencePostings maps each content stem of a document to the sentences that hold it.
func sentencePostings(d *document.Document) map[string][]int {
	postings := map[string][]int{}
	for i, s := range d.Sentences {
		for w := s.FirstWord; w < s.EndWord; w++ {
			if st := d.Words[w].Stem; !document.IsCommon(d.Words[w].Norm) {
				if list := postings[st]; len(list) == 0 || list[len(list)-1] != i {
					postings[st] = append(list, i)
				}
			}
		}
	}
	return postings
}

// bestSentence finds the source sentence that holds the largest share of the content stems of
// opinion words [from, to); the earliest wins a tie.
func bestSentence(opinion, source *document.Document, postings map[string][]int, from, to int) (int, float64) {
	want := map[string]bool{}
	for w := from; w < to; w++ {
		if !document.IsCommon(opinion.Words[w].Norm) {
			want[opinion.Words[w].Stem] = true
		}
	}
	if len(want) < 3 {
		return -1, 0
	}
	hits := map[int]int{}
	for st := range want {
		for _, s := range postings[st] {
			hits[s]++
		}
	}
	best, bestHits := -1, 0
	for s, n := range hits {
		if n > bestHits || (n == bestHits && s < best) {
			best, bestHits = s, n
		}
	}
	return best, float64(bestHits) / float64(len(want))
}
