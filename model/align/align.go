// Package align finds the passages an opinion article reuses from its source, word for word or
// lightly edited, and turns them into quote findings on the opinion side and used findings on the
// source side. Matching works on normalised words (case, quote styles, dashes, diacritics and
// hyphenation across line breaks folded): exact runs are seeded from hashed word trigrams and
// extended, then chained across small edits and elisions. Nothing compares every opinion word
// with every source word.
package align

import (
	"sort"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
)

// Options tune the alignment. The zero value is not useful; start from Defaults.
type Options struct {
	MinWords       int // a passage holds a run of at least this many consecutive source words
	MinInformative int // ... and at least this many words not among the most common words
	SeedWords      int // length of the hashed word n-grams that seed runs
	MaxSeedRepeats int // n-grams occurring more often than this in the source do not seed
	MaxGap         int // words of edit bridged between two runs, on either side
	MaxElision     int // source words an ellipsis in the opinion may stand for
}

// Defaults are the options reframe uses.
var Defaults = Options{MinWords: 6, MinInformative: 1, SeedWords: 3, MaxSeedRepeats: 16, MaxGap: 6, MaxElision: 80}

// Run is a stretch of identical normalised words: opinion words [O, O+N) equal source words
// [S, S+N).
type Run struct {
	O, S, N int
}

// Passage is a reused passage: a chain of runs, monotone in both documents, with the edits
// between them small enough to read as one reuse.
type Passage struct {
	Runs    []Run // in order
	Matched int   // words in runs
	// A quotation that ends in other words than the source's: the opinion words after the last
	// run that the quotation still holds, and the source words they stand in for ("I will not
	// promise that it will improve" against "... that it will be quick").
	TailO, TailS int
	// A quotation that opens with a word or two the source does not have there: the opinion
	// words before the first run that the quotation holds ("not a priority this year" against
	// "a priority this year"), and the source words they stand in for, if any ("some of the hedge"
	// against "Most of the hedge").
	HeadO, HeadS int
}

// OpinionWords returns the opinion word range [from, to) the passage covers.
func (p Passage) OpinionWords() (int, int) {
	last := p.Runs[len(p.Runs)-1]
	return p.Runs[0].O - p.HeadO, last.O + last.N + p.TailO
}

// SourceWords returns the source word range [from, to) the passage covers.
func (p Passage) SourceWords() (int, int) {
	last := p.Runs[len(p.Runs)-1]
	return p.Runs[0].S - p.HeadS, last.S + last.N + p.TailS
}

// Aligner finds reused passages. It is immutable and safe for concurrent use.
type Aligner struct {
	opts Options
}

// New returns an aligner with the given options.
func New(opts Options) *Aligner { return &Aligner{opts: opts} }

// Passages returns the passages the opinion reuses from the source, in opinion order. Each
// opinion word belongs to at most one passage, and a passage lies wholly inside or wholly outside
// the opinion's quotations.
func (a *Aligner) Passages(opinion, source *document.Document, quotes []Quotation) []Passage {
	runs := a.runs(opinion, source)
	runs = claimOpinionWords(runs, len(opinion.Words))
	var out []Passage
	for _, p := range a.chain(opinion, source, runs) {
		if !a.hasLongRun(p) {
			continue // growing the edges adds short runs only: it can never be accepted
		}
		p = extendEdges(opinion, source, p, a.opts.MaxGap)
		for _, piece := range splitAtQuotations(opinion, p, quotes) {
			if a.accept(opinion, piece) {
				out = append(out, piece)
			}
		}
	}
	for i := range out {
		next := len(opinion.Words)
		if i+1 < len(out) {
			next, _ = out[i+1].OpinionWords()
		}
		out[i] = quotationTail(opinion, source, out[i], quotes, next)
		prev := 0
		if i > 0 {
			_, prev = out[i-1].OpinionWords()
		}
		out[i] = quotationHead(opinion, source, out[i], quotes, prev)
	}
	return out
}

// quotationHead extends a passage inside quotation marks back to the quotation's first word, when
// the quotation starts a word or two before the passage with the source's words but for one word
// added or changed: "These shocking figures are not where we want them" against "These figures
// are not where we want them". Such words are too common to seed or grow a passage on their
// own, but inside the quotation they are the quoted words, and the word the writer slipped in is
// the edit the reader must see. prev is the word after the previous passage.
func quotationHead(opinion, source *document.Document, p Passage, quotes []Quotation, prev int) Passage {
	o0, _ := p.OpinionWords()
	s0, _ := p.SourceWords()
	i := sort.Search(len(quotes), func(i int) bool { return quotes[i].End > opinion.Words[o0].Start })
	if i == len(quotes) || quotes[i].Block || !quotes[i].Contains(opinion.Words[o0].Span) {
		return p
	}
	q0 := o0
	for q0 > prev && q0 > 0 && quotes[i].Contains(opinion.Words[q0-1].Span) {
		q0--
	}
	if q0 == o0 || o0-q0 > 3 {
		return p
	}
	ow, sw := opinion.Words, source.Words
	for _, skip := range [][2]int{{1, 1}, {1, 0}, {0, 1}} {
		oi, si := o0-1-skip[0], s0-1-skip[1]
		n := 0
		for oi-n >= q0 && si-n >= 0 && ow[oi-n].Norm == sw[si-n].Norm && sw[si-n].Sentence == sw[s0].Sentence {
			n++
		}
		if n > 0 && oi-n+1 == q0 {
			p.Runs = append([]Run{{O: q0, S: si - n + 1, N: n}}, p.Runs...)
			p.Matched += n
			return p
		}
	}
	// The quotation's first word or two stand in for as many words that open the source's
	// sentence or clause: "some of the hedge that was removed" against "Most of the hedge that
	// was removed".
	k, first := o0-q0, source.Sentences[sw[s0].Sentence].FirstWord
	if k <= 2 && p.HeadO == 0 && s0-k >= first && (s0-k == first || pauseBefore(source, s0-k)) {
		p.HeadO, p.HeadS = k, k
	}
	return p
}

// pauseBefore reports whether a comma, colon or semicolon stands just before word w.
func pauseBefore(d *document.Document, w int) bool {
	return w > 0 && strings.ContainsAny(d.Text[d.Words[w-1].End:d.Words[w].Start], ",;:")
}

// maxTail is the most words a quotation may run on past its passage and still be read as the
// passage's end reworded.
const maxTail = 4

// quotationTail extends a passage inside quotation marks to the quotation's end, when the
// quotation runs on for a few words that the source does not have there: the quoted words end
// otherwise than the source's sentence, and the reader must see it. The source side runs on as far,
// give or take, within its sentence. next is the first opinion word of the next passage.
func quotationTail(opinion, source *document.Document, p Passage, quotes []Quotation, next int) Passage {
	o0, o1 := p.OpinionWords()
	_, s1 := p.SourceWords()
	i := sort.Search(len(quotes), func(i int) bool { return quotes[i].End >= opinion.Words[o1-1].End })
	if i == len(quotes) || quotes[i].Block || !quotes[i].Contains(opinion.Words[o0].Span) {
		return p
	}
	end := o1
	for end < len(opinion.Words) && end < next && quotes[i].Contains(opinion.Words[end].Span) {
		end++
	}
	sentence := source.Sentences[source.Words[s1-1].Sentence]
	if end == o1 || end-o1 > maxTail || s1 >= sentence.EndWord {
		return p
	}
	p.TailO = end - o1
	p.TailS = min(sentence.EndWord, s1+p.TailO+2) - s1
	return p
}

// hasLongRun reports whether a passage holds a run of MinWords words.
func (a *Aligner) hasLongRun(p Passage) bool {
	for _, r := range p.Runs {
		if r.N >= a.opts.MinWords {
			return true
		}
	}
	return false
}

// accept keeps passages long and informative enough to be evidence of reuse.
func (a *Aligner) accept(opinion *document.Document, p Passage) bool {
	// The evidence must be one run of MinWords consecutive words that itself says something: a run
	// of common words ("at the end of the day") next to another short match is not a quote.
	for _, r := range p.Runs {
		if r.N < a.opts.MinWords {
			continue
		}
		informative := 0
		for i := r.O; i < r.O+r.N; i++ {
			if !document.IsCommon(opinion.Words[i].Norm) {
				informative++
			}
		}
		if informative >= a.opts.MinInformative {
			return true
		}
	}
	return false
}
