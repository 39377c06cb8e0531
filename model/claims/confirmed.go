package claims

import (
	"fmt"

	"github.com/reframe-dev/reframe/model/document"
)

// certainWords call a figure established: "410,000 confirmed victims", "a verified 12 per cent".
var certainWords = setOfWords("confirmed", "verified", "proven", "documented", "established", "certified")

// figureHedges, near a source figure, make it an estimate: "an estimated 600", "may have reached".
var figureHedges = setOfWords("may", "might", "could", "possibly", "probably", "estimated", "estimate",
	"estimates", "about", "around", "roughly", "approximately", "some", "perhaps", "likely")

// confirmedFigure describes a figure the clause calls confirmed ("that is 410,000 confirmed
// victims") that source words [from, to) give only as an estimate or a limit ("it had contacted
// about 410,000 people", "up to 480,000 records may have been copied"), with no word of
// confirmation in the source's sentence: the count is the source's, the certainty the writer's.
func confirmedFigure(op, src *document.Document, cl clause, from, to int) (string, bool) {
	for _, c := range quantities(op, cl.from, cl.to) {
		if !c.figure() || c.approx || c.ceiling {
			continue
		}
		certain := -1
		for w := max(cl.from, c.word-2); w < min(cl.to, c.word+4) && certain < 0; w++ {
			if certainWords[op.Words[w].Norm] && sameClause(op, min(w, c.word), max(w, c.word)) {
				certain = w
			}
		}
		if certain < 0 {
			continue
		}
		for _, p := range quantities(src, from, to) {
			if !p.figure() || p.pct != c.pct || !agree(c, p) {
				continue
			}
			s := src.Sentences[src.Words[p.word].Sentence]
			a, b := max(from, s.FirstWord), min(to, s.EndWord)
			if firstIndex(src, a, b, confirmWords, nil) >= 0 {
				return "", false // the source confirms it too
			}
			hedged := p.approx || p.ceiling || firstIndex(src, max(a, p.word-6), min(b, p.word+6), figureHedges, nil) >= 0
			if !hedged {
				continue
			}
			return fmt.Sprintf("gives '%s' as an estimate, not a confirmed count; the opinion says '%s'",
				wordsAround(src, p.word, from, to, 2, 2), wordsAround(op, c.word, cl.from, cl.to, 1, 2)), true
		}
	}
	return "", false
}
