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
// but for at most two small edits. The candidates are the sentences that share the quotation's
// rarer words, most shared first; among those that hold it, the one that keeps the most words in
// place wins, then the one whose edits change the fewest characters ("4" is nearer "14" than
// "96"), then the earliest. Taking only the sentences of the single rarest word missed
// "in 4 of the 412 wells sampled" against "in 14 of the 412 wells sampled" when the "4" of an
// earlier "FT-4" was rarer still.
func nearestSentence(opinion, source *document.Document, postings map[string][]int, from, to int) (Passage, bool) {
	var best Passage
	found, bestCost := false, 0
	for _, si := range candidateSentences(opinion, postings, from, to) {
		p, edits, ok := sentenceAlignment(opinion, source, source.Sentences[si], from, to)
		if !ok {
			continue
		}
		cost := editedChars(edits)
		if !found || p.Matched > best.Matched || p.Matched == best.Matched && cost < bestCost {
			best, bestCost, found = p, cost, true
		}
	}
	return best, found
}

// maxCandidateSentences bounds the sentences a quotation is diffed against.
const maxCandidateSentences = 8

// candidateSentences returns the source sentences worth diffing against opinion words [from, to):
// those holding one of its three rarest uncommon stems (failing any, its three rarest stems: "is
// the worst we have seen"), ordered by how many of the quotation's stems they hold, then by
// position, at most maxCandidateSentences. A stem found in more than eight sentences is too
// common to choose by.
func candidateSentences(opinion *document.Document, postings map[string][]int, from, to int) []int {
	var rare []string
	for _, common := range []bool{false, true} {
		if len(rare) > 0 {
			break
		}
		seen := map[string]bool{}
		for w := from; w < to; w++ {
			st := opinion.Words[w].Stem
			if n := len(postings[st]); !seen[st] && document.IsCommon(opinion.Words[w].Norm) == common && n > 0 && n <= 8 {
				seen[st] = true
				rare = append(rare, st)
			}
		}
	}
	slices.SortStableFunc(rare, func(a, b string) int { return len(postings[a]) - len(postings[b]) })
	rare = rare[:min(len(rare), 3)]
	hits := map[int]int{}
	for w := from; w < to; w++ {
		for _, si := range postings[opinion.Words[w].Stem] {
			hits[si]++
		}
	}
	var out []int
	for _, st := range rare {
		for _, si := range postings[st] {
			if !slices.Contains(out, si) {
				out = append(out, si)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b int) int {
		if hits[a] != hits[b] {
			return hits[b] - hits[a]
		}
		return a - b
	})
	return out[:min(len(out), maxCandidateSentences)]
}

// sentenceAlignment diffs opinion words [from, to) against one source sentence and returns the
// shared words as a passage, when the sentence holds the quotation but for at most two small
// edits (none for a quotation of four words) and the quotation starts at most one word before
// the sentence's words.
func sentenceAlignment(opinion, source *document.Document, sent document.Sentence, from, to int) (Passage, []report.Edit, bool) {
	steps := document.DiffWordsMinimal(source.Words[sent.FirstWord:sent.EndWord], opinion.Words[from:to])
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
		return Passage{}, nil, false
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
		return Passage{}, nil, false // the quotation ends in words the sentence does not have
	}
	edits := wordEdits(opinion, source, o0, o1, s0, s1)
	if len(edits) > 2 || !smallEdits(edits) || len(edits) > 0 && to-from < 5 {
		return Passage{}, nil, false // a quotation of four words must be the source's exactly
	}
	return p, edits, true
}

// editedChars counts the characters a list of edits changes.
func editedChars(edits []report.Edit) int {
	n := 0
	for _, e := range edits {
		n += document.CharDistance(e.From, e.To)
	}
	return n
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
