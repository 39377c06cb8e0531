package align

import (
	"strings"

	"github.com/reframe-dev/reframe/model/document"
)

// chain joins runs that follow each other in both documents with only a small edit between them
// (a changed word, an inserted adjective, a dropped clause) or an ellipsis standing for dropped
// source words. Runs are in opinion order.
func (a *Aligner) chain(opinion, source *document.Document, runs []Run) []Passage {
	var out []Passage
	var cur *Passage
	for _, r := range runs {
		if cur != nil && a.bridges(opinion, source, cur.Runs[len(cur.Runs)-1], r) {
			cur.Runs = append(cur.Runs, r)
			cur.Matched += r.N
			continue
		}
		if cur != nil {
			out = append(out, *cur)
		}
		cur = &Passage{Runs: []Run{r}, Matched: r.N}
	}
	if cur != nil {
		out = append(out, *cur)
	}
	return out
}

// bridges reports whether run next continues the passage that ends with run prev.
func (a *Aligner) bridges(opinion, source *document.Document, prev, next Run) bool {
	og := next.O - (prev.O + prev.N)
	sg := next.S - (prev.S + prev.N)
	if og < 0 || sg < 0 {
		return false
	}
	// Words of the writer's own that start a new sentence mark the end of the reuse.
	newSentence := opinion.Words[prev.O+prev.N-1].Sentence != opinion.Words[next.O].Sentence
	if og >= 3 && newSentence {
		return false
	}
	if og <= a.opts.MaxGap && sg <= a.opts.MaxGap {
		return true
	}
	// A dropped clause (an attribution, an aside) with the opinion running on unbroken. The
	// source sets a clause off with punctuation at one end or the other; dropping words that are
	// not set off ("the flood agency [says ministers acted on its warning two days] before the
	// Tarn burst") rewrites the sentence rather than shortens it.
	if og <= 1 && sg <= 2*a.opts.MaxGap && setOff(source, prev.S+prev.N, next.S) {
		return true
	}
	// An ellipsis in the opinion may stand for a longer stretch of dropped source words.
	if og <= 2 && sg <= a.opts.MaxElision {
		gap := opinion.Text[opinion.Words[prev.O+prev.N-1].End:opinion.Words[next.O].Start]
		return hasEllipsis(gap)
	}
	return false
}

func hasEllipsis(s string) bool {
	return strings.Contains(s, "...") || strings.Contains(s, "…") || strings.Contains(s, ". . .")
}

// setOff reports whether source words [from, to) are set off by punctuation at one end: a comma,
// a dash, a bracket or a semicolon just before the first of them or just after the last.
func setOff(source *document.Document, from, to int) bool {
	if from <= 0 || to >= len(source.Words) || from >= to {
		return true
	}
	before := source.Text[source.Words[from-1].End:source.Words[from].Start]
	after := source.Text[source.Words[to-1].End:source.Words[to].Start]
	return strings.ContainsAny(before+after, ",;:()[]–—") || strings.Contains(before+after, " - ")
}
