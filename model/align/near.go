package align

import (
	"slices"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// nearVerbatim finds the quotations of four or more words that no passage reuses but that one
// source sentence holds in order: word for word ("a disaster for the town", too short to seed a
// passage), or, from five words, but for at most two edits of one or two words each, with three
// words in four the same: "did not get anything right on the day" against "the club did not get
// everything right on the day". Such a quotation breaks every run of the source's words too
// short to seed a passage, yet it is the source's sentence, edited or not. Each comes back as a
// passage whose runs are the words the two share; copied marks the words passages already reuse.
func nearVerbatim(opinion, source *document.Document, quotes []Quotation, copied []bool) []Passage {
	var out []Passage
	var postings map[string][]int // content stem -> source sentences, built on first need
	for _, q := range quotes {
		from, to := opinion.WordsIn(q.Span)
		if to-from < minQuotationWords || q.Block {
			continue
		}
		if slices.Contains(copied[from:to], true) {
			continue // a passage already reuses some of it
		}
		if postings == nil {
			postings = sentencePostings(source)
		}
		if p, ok := nearestSentence(opinion, source, postings, from, to); ok {
			out = append(out, p)
		}
	}
	return out
}

// nearestSentence returns, as a passage, the source sentence that holds opinion words [from, to)
// but for at most two small edits, among the sentences that hold the quotation's rarest content
// word.
func nearestSentence(opinion, source *document.Document, postings map[string][]int, from, to int) (Passage, bool) {
	rarest, fewest := "", 0
	for _, common := range []bool{false, true} {
		// The rarest uncommon word; failing one, the rarest word: "is the worst we have seen".
		if rarest != "" {
			break
		}
		for w := from; w < to; w++ {
			st := opinion.Words[w].Stem
			if document.IsCommon(opinion.Words[w].Norm) == common && len(postings[st]) > 0 && (rarest == "" || len(postings[st]) < fewest) {
				rarest, fewest = st, len(postings[st])
			}
		}
	}
	if rarest == "" || fewest > 8 {
		return Passage{}, false
	}
	for _, si := range postings[rarest] {
		sent := source.Sentences[si]
		steps := document.DiffWords(source.Words[sent.FirstWord:sent.EndWord], opinion.Words[from:to])
		var p Passage
		s, o := sent.FirstWord, from
		for _, st := range steps {
			switch st.Op {
			case document.Same:
				p.Runs = append(p.Runs, Run{O: o, S: s, N: st.N})
				p.Matched += st.N
				s += st.N
				o += st.N
			case document.Delete:
				s += st.N
			case document.Insert:
				o += st.N
			}
		}
		if len(p.Runs) == 0 || 4*p.Matched < 3*(to-from) || p.Runs[0].O > from+1 || p.Runs[0].O > from && to-from < 5 {
			continue
		}
		if p.Runs[0].O > from {
			first := p.Runs[0]
			if k := wordBefore(source, opinion.Words[from].Norm, first.S, sent.FirstWord); k >= 0 {
				// The diff matched the quotation's first word elsewhere: "is the worst" against
				// "is among the worst" is "is" kept and "among" dropped.
				p.Runs = append([]Run{{O: from, S: k, N: 1}}, p.Runs...)
				p.Matched++
			} else {
				p.HeadO = first.O - from // a word the writer put before the source's: "not a priority"
			}
		}
		s0, s1 := p.SourceWords()
		o0, o1 := p.OpinionWords()
		if o1 != to {
			continue // the quotation ends in words the sentence does not have
		}
		edits := wordEdits(opinion, source, o0, o1, s0, s1)
		if len(edits) > 2 || !smallEdits(edits) || len(edits) > 0 && to-from < 5 {
			continue // a quotation of four words must be the source's exactly
		}
		return p, true
	}
	return Passage{}, false
}

// smallEdits reports whether every edit changes at most two words on either side; words the
// writer elides with an ellipsis are shown as cut, however many.
func smallEdits(edits []report.Edit) bool {
	for _, e := range edits {
		if e.Op != report.Elide && (len(wordsOf(e.From)) > 2 || len(wordsOf(e.To)) > 2) {
			return false
		}
	}
	return true
}

// wordBefore returns the last of the three source words before word s, and not before first, whose
// folded form is norm, or -1.
func wordBefore(source *document.Document, norm string, s, first int) int {
	for k := s - 1; k >= max(first, s-3); k-- {
		if source.Words[k].Norm == norm {
			return k
		}
	}
	return -1
}
