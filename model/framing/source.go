package framing

import (
	"strings"
	"unicode"

	"github.com/reframe-dev/reframe/model/document"
)

// sourceIndex is what the detector needs to know about the source of one analysis.
type sourceIndex struct {
	doc    *document.Document
	folded string            // " " + every word's folded form, space-separated, + " "
	caps   map[string]bool   // folded forms of words the source writes in capitals
	hedges []hit             // hedge matches, in order
	marked map[rune][]string // folded questions ('?') and exclamations ('!'), built on first use
	// claimsProof: the source says something is proven ("the tests prove", "proof of"), not
	// only that it is not ("no proof that", "not proven")
	claimsProof bool
	runs        []hedgeRun // hedges joined into runs, built on first use
	runsBuilt   bool
	stemSet     map[string]bool // the stems of every source word, built on first use
}

// stems returns the stems of every source word, built once.
func (s *sourceIndex) stems() map[string]bool {
	if s.stemSet == nil {
		s.stemSet = make(map[string]bool, len(s.doc.Words))
		for _, w := range s.doc.Words {
			s.stemSet[w.Stem] = true
		}
	}
	return s.stemSet
}

// hedgeRuns returns the source's hedges joined into runs, built once.
func (s *sourceIndex) hedgeRuns() []hedgeRun {
	if !s.runsBuilt {
		s.runs, s.runsBuilt = hedgeRuns(s.hedges), true
	}
	return s.runs
}

func newSourceIndex(lx *lexicon, src *document.Document) *sourceIndex {
	s := &sourceIndex{doc: src, caps: map[string]bool{}}
	var b strings.Builder
	b.Grow(len(src.Text))
	b.WriteByte(' ')
	for i := range src.Words {
		w := &src.Words[i]
		b.WriteString(w.Norm)
		b.WriteByte(' ')
		if allCaps(src.Text[w.Start:w.End]) {
			s.caps[w.Norm] = true
		}
	}
	s.folded = b.String()
	s.hedges = lx.scan(src, nil, lx.hedges, false)
	s.claimsProof = claimsProof(src)
	return s
}

// claimsProof reports whether a document claims proof of something: a word of proof with no
// negation among the three words before it.
func claimsProof(d *document.Document) bool {
	for i, w := range d.Words {
		if !proofStems[w.Stem] {
			continue
		}
		denied := false
		for k := max(d.Sentences[w.Sentence].FirstWord, i-3); k < i; k++ {
			denied = denied || proofDenials[d.Words[k].Norm]
		}
		if !denied {
			return true
		}
	}
	return false
}

// asks reports whether the source has a sentence ending in the same mark ('?' or '!') that holds
// the folded text.
func (s *sourceIndex) asks(folded string, mark rune) bool {
	if folded == "" {
		return false
	}
	if s.marked == nil {
		s.marked = map[rune][]string{}
		for _, st := range s.doc.Sentences {
			if m, _ := finalMark(s.doc.Text, st.Span); m == '?' || m == '!' {
				s.marked[m] = append(s.marked[m], " "+foldWords(s.doc.Words[st.FirstWord:st.EndWord])+" ")
			}
		}
	}
	for _, q := range s.marked[mark] {
		if strings.Contains(q, " "+folded+" ") {
			return true
		}
	}
	return false
}

// contains reports whether the source has the folded phrase, word for word.
func (s *sourceIndex) contains(folded string) bool {
	return folded != "" && strings.Contains(s.folded, " "+folded+" ")
}

// find returns the index of the first source word of the folded phrase, word for word.
func (s *sourceIndex) find(folded string) (int, bool) {
	at := strings.Index(s.folded, " "+folded+" ")
	if folded == "" || at < 0 {
		return 0, false
	}
	return strings.Count(s.folded[:at+1], " ") - 1, true
}

// copyRun is how many consecutive source words the fallback copy detector needs to call a
// passage copied.
const copyRun = 5

// copiedFallback marks opinion words inside runs of copyRun or more words that the source has
// word for word. It stands in for Context.Copied when the alignment stage did not provide it.
func copiedFallback(op, src *document.Document) []bool {
	copied := make([]bool, len(op.Words))
	if len(src.Words) < copyRun || len(op.Words) < copyRun {
		return copied
	}
	grams := make(map[uint64]struct{}, len(src.Words))
	for i := 0; i+copyRun <= len(src.Words); i++ {
		grams[gramHash(src.Words[i:i+copyRun])] = struct{}{}
	}
	for i := 0; i+copyRun <= len(op.Words); i++ {
		if _, ok := grams[gramHash(op.Words[i:i+copyRun])]; ok {
			for j := i; j < i+copyRun; j++ {
				copied[j] = true
			}
		}
	}
	return copied
}

// gramHash is the FNV-1a hash of a run of folded words, each followed by a zero byte.
func gramHash(words []document.Word) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for _, w := range words {
		for i := 0; i < len(w.Norm); i++ {
			h = (h ^ uint64(w.Norm[i])) * prime
		}
		h *= prime // the separator: h ^ 0 == h
	}
	return h
}

// counterpartFallback returns, for each opinion sentence, the source sentence that shares the most
// distinctive words with it, when it shares enough. It stands in for Context.Counterpart when the
// claims stage did not provide it.
func counterpartFallback(op, src *document.Document) func(int) (document.Span, bool) {
	return sharingSentence(op, src, 3, 0.4)
}

// sharingSentence returns, for each opinion sentence, the source sentence that shares the most
// distinctive content stems with it, when it shares at least minShared of them and at least
// minShare of the sentence's content stems.
func sharingSentence(op, src *document.Document, minShared, minShare float64) func(int) (document.Span, bool) {
	postings := map[string][]int{} // content stem → source sentences that hold it
	for si, s := range src.Sentences {
		seen := map[string]bool{}
		for _, w := range src.Words[s.FirstWord:s.EndWord] {
			if content(w) && !seen[w.Stem] {
				seen[w.Stem] = true
				postings[w.Stem] = append(postings[w.Stem], si)
			}
		}
	}
	limit := max(8, len(src.Sentences)/10) // stems in more sentences than this say little
	best := make([]int, len(op.Sentences))
	score := make([]float64, len(src.Sentences))
	for oi, s := range op.Sentences {
		best[oi] = -1
		seen := map[string]bool{}
		var touched []int
		total := 0.0
		for _, w := range op.Words[s.FirstWord:s.EndWord] {
			if !content(w) || seen[w.Stem] {
				continue
			}
			seen[w.Stem] = true
			total++
			ps := postings[w.Stem]
			if len(ps) > limit {
				continue
			}
			for _, si := range ps {
				if score[si] == 0 {
					touched = append(touched, si)
				}
				score[si]++
			}
		}
		top := 0.0
		for _, si := range touched {
			if score[si] > top || (score[si] == top && si < best[oi]) {
				top, best[oi] = score[si], si
			}
		}
		if top < minShared || top < minShare*total {
			best[oi] = -1
		}
		for _, si := range touched {
			score[si] = 0
		}
	}
	return func(sentence int) (document.Span, bool) {
		if sentence < 0 || sentence >= len(best) || best[sentence] < 0 {
			return document.Span{}, false
		}
		return src.Sentences[best[sentence]].Span, true
	}
}

// content reports a word that carries meaning: not a function word, not a one- or two-letter word.
func content(w document.Word) bool {
	return len(w.Norm) > 2 && !closedClass[w.Norm]
}

// allCaps reports a word of two or more letters, all of them capitals.
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// foldWords joins the folded forms of words with single spaces, as document.Fold does for a
// phrase.
func foldWords(words []document.Word) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.Norm)
	}
	return b.String()
}
