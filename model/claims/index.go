package claims

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/document"
)

// index is a BM25-style index of source windows: each sentence alone and with its neighbour.
type index struct {
	foldedText  string             // the whole source folded, built on first need
	caveats     *caveatIndex       // where the source says a finding is an association, read on first need
	searched    map[[2]int]passage // search results by opinion word range: a one-clause sentence is searched once
	figures     [][]quantity       // figures of each source sentence, read on first need
	figureOrder []figureAt         // every figure with its sentence, by value
	byUnit      map[string][]int   // sentences holding a figure, by the figure's unit, read on first need
	questions   []int              // sentences that may leave a question open, read on first need
	// firstUse is where the opinion first uses each stem, read on first need; the index is built
	// for one check, so for one opinion
	firstUse map[string]int
	doc      *document.Document
	windows  []window
	single   []int // the window of each sentence alone
	df       map[string]int
	postings map[string][]int // stem -> windows holding it
}

// firstUseOf returns the index of the first word of the opinion op with the given stem, or
// len(op.Words) if none has it.
func (idx *index) firstUseOf(op *document.Document, stem string) int {
	if idx.firstUse == nil {
		idx.firstUse = map[string]int{}
		for w := len(op.Words) - 1; w >= 0; w-- {
			idx.firstUse[op.Words[w].Stem] = w
		}
	}
	if w, ok := idx.firstUse[stem]; ok {
		return w
	}
	return len(op.Words)
}

type window struct {
	span     document.Span
	stems    map[string]bool
	heading  bool // a title, heading or dateline: a line of its own that is not a sentence
	sentence int  // its first sentence
	single   bool // it is that sentence alone
}

// Candidate windows are nominated by the query's rarest words until there are minCandidates of
// them; a word found in more than maxPostings windows nominates none (but the first query word,
// if all are that common, nominates its first maxPostings).
const (
	minCandidates = 32
	maxPostings   = 64
)

// passage is a retrieved source window with the share of the query it covers.
type passage struct {
	span   document.Span
	score  float64 // IDF-weighted share of the query's content stems found in the window
	shared int     // content stems found
	plain  int     // ... of which are not names
	window int
}

func newIndex(src *document.Document) *index {
	idx := &index{doc: src, df: map[string]int{}, postings: map[string][]int{}}
	add := func(from, to int) {
		w := window{span: document.Span{Start: src.Sentences[from].Start, End: src.Sentences[to-1].End}, stems: map[string]bool{},
			heading: to-from == 1 && isHeading(src, from), sentence: from, single: to-from == 1}
		for i := src.Sentences[from].FirstWord; i < src.Sentences[to-1].EndWord; i++ {
			if st := contentStem(src.Words[i]); st != "" {
				w.stems[st] = true
			}
		}
		for st := range w.stems {
			idx.postings[st] = append(idx.postings[st], len(idx.windows))
		}
		idx.windows = append(idx.windows, w)
	}
	for i := range src.Sentences {
		idx.single = append(idx.single, len(idx.windows))
		add(i, i+1)
		if i+1 < len(src.Sentences) && src.Sentences[i+1].Paragraph == src.Sentences[i].Paragraph {
			add(i, i+2)
		}
	}
	for i := range src.Sentences {
		seen := map[string]bool{}
		for w := src.Sentences[i].FirstWord; w < src.Sentences[i].EndWord; w++ {
			if st := contentStem(src.Words[w]); st != "" && !seen[st] {
				seen[st] = true
				idx.df[st]++
			}
		}
	}
	return idx
}

func (idx *index) idf(stem string) float64 {
	n := float64(len(idx.doc.Sentences))
	return math.Log(1 + (n-float64(idx.df[stem])+0.5)/(float64(idx.df[stem])+0.5))
}

// search returns the window that covers the largest IDF-weighted share of the content stems of
// opinion words [from, to). Shorter windows win ties.
func (idx *index) search(op *document.Document, from, to int) passage {
	if p, ok := idx.searched[[2]int{from, to}]; ok {
		return p
	}
	p := idx.searchUncached(op, from, to)
	if idx.searched == nil {
		idx.searched = map[[2]int]passage{}
	}
	idx.searched[[2]int{from, to}] = p
	return p
}

// term is a content stem of a query, with its weight, its usual restatements and whether it is
// a name.
type term struct {
	stem string
	alts []string
	w    float64
	name bool
}

// query returns the content stems of opinion words [from, to), each once in the order of the
// clause, and their total weight.
func (idx *index) query(op *document.Document, from, to int) ([]term, float64) {
	var query []term
	at := map[string]int{} // stem -> its place in query
	total := 0.0
	for i := from; i < to; i++ {
		st := contentStem(op.Words[i])
		if st == "" {
			continue
		}
		k, ok := at[st]
		if !ok {
			w := idx.idf(st)
			if idx.df[st] == 0 {
				w = math.Log(1 + float64(len(idx.doc.Sentences))) // unseen words weigh most
			}
			k = len(query)
			at[st] = k
			query = append(query, term{stem: st, alts: withNumeral(expand(st), op.Words[i].Norm), w: w})
			total += w
		}
		query[k].name = query[k].name || isName(op, i)
	}
	return query, total
}

// withNumeral adds to a query word's alternatives the other way of writing it when it is a whole
// number from two to ninety-nine: "eleven" finds "11", and "11" finds "eleven". (One is left
// alone: "one" is as often a pronoun as a count.)
func withNumeral(alts []string, norm string) []string {
	other, ok := numeralStems[norm]
	if !ok {
		if n, err := strconv.Atoi(norm); err == nil {
			other, ok = wordStems[n]
		}
	}
	if !ok {
		return alts
	}
	return append(slices.Clip(alts), other)
}

// numeralStems give the stem of the digits for a number word from two to ninety-nine ("eleven"
// "11"), and wordStems the stem of the one-word number for a value in that range (11 "eleven"),
// both built once.
var numeralStems, wordStems = func() (map[string]string, map[int]string) {
	numerals, words := map[string]string{}, map[int]string{}
	for _, w := range document.NumberWords() {
		v := document.NumberValue(w)
		if v < 2 || v >= 100 || v != math.Trunc(v) {
			continue
		}
		numerals[w] = document.Stem(strconv.Itoa(int(v)))
		if w != "dozen" {
			words[int(v)] = document.Stem(w)
		}
	}
	return numerals, words
}()

// holds reports whether a window holds a query term or one of its restatements.
func (idx *index) holds(win int, t term) bool {
	stems := idx.windows[win].stems
	for _, alt := range t.alts {
		if stems[alt] {
			return true
		}
	}
	return false
}

// cover returns the weight of the query terms window win holds, how many it holds, and how many
// of those are not names.
func (idx *index) cover(query []term, win int) (score float64, shared, plain int) {
	for _, t := range query {
		if !idx.holds(win, t) {
			continue
		}
		score += t.w
		shared++
		if !t.name {
			plain++
		}
	}
	return score, shared, plain
}

// sentenceCoverage returns the IDF-weighted share of a query's weight, total, that source
// sentence si holds.
func (idx *index) sentenceCoverage(query []term, total float64, si int) float64 {
	if total == 0 {
		return 0
	}
	score, _, _ := idx.cover(query, idx.single[si])
	return score / total
}

// searchUncached does the work of search.
func (idx *index) searchUncached(op *document.Document, from, to int) passage {
	query, total := idx.query(op, from, to)
	if total == 0 {
		return passage{window: -1}
	}
	// Candidate windows come from the query's rarer words, so that a word found in thousands of
	// windows does not make the search quadratic; every candidate is then scored on all words.
	type nominee struct {
		stem string
		n    int
	}
	var nominees []nominee
	for _, t := range query {
		for _, alt := range t.alts {
			if n := len(idx.postings[alt]); n > 0 {
				nominees = append(nominees, nominee{alt, n})
			}
		}
	}
	slices.SortFunc(nominees, func(a, b nominee) int { return cmp.Or(cmp.Compare(a.n, b.n), cmp.Compare(a.stem, b.stem)) })
	seen := map[int]bool{}
	var candidates []int
	for i, nm := range nominees {
		if len(candidates) >= minCandidates || (i > 0 && nm.n > maxPostings) {
			break
		}
		for _, win := range idx.postings[nm.stem][:min(nm.n, maxPostings)] {
			if !seen[win] {
				seen[win] = true
				candidates = append(candidates, win)
			}
		}
	}
	best, bestRank := passage{window: -1}, 0.0
	for _, win := range candidates {
		score, shared, plain := idx.cover(query, win)
		if shared == 0 {
			continue
		}
		cand := passage{span: idx.windows[win].span, score: score / total, shared: shared, plain: plain, window: win}
		rank := cand.score
		if idx.windows[win].heading {
			rank *= headingWeight
		}
		if best.window < 0 || rank > bestRank+1e-9 ||
			(math.Abs(rank-bestRank) <= 1e-9 && (cand.span.Len() < best.span.Len() ||
				(cand.span.Len() == best.span.Len() && cand.span.Start < best.span.Start))) {
			best, bestRank = cand, rank
		}
	}
	return best
}

// headingWeight discounts a heading's coverage when passages are ranked (not the coverage that
// is reported and judged): a passage that tells the same thing in a full sentence is the better
// evidence, and a dateline or a section title that only shares names with a claim is none.
const headingWeight = 0.8

// isHeading reports whether source sentence i is a line of its own that does not end like a
// sentence: a title, a section heading, a dateline or a byline. It says where the text is, not
// what happened, so it is never the passage a claim restates.
func isHeading(src *document.Document, i int) bool {
	s := src.Sentences[i]
	if (i > 0 && src.Sentences[i-1].Paragraph == s.Paragraph) || (i+1 < len(src.Sentences) && src.Sentences[i+1].Paragraph == s.Paragraph) {
		return false
	}
	text := strings.TrimRight(src.Slice(s.Span), " \t\n\"'”’)")
	last, _ := utf8.DecodeLastRuneInString(text)
	return !strings.ContainsRune(".!?:;", last)
}

// folded returns the whole source text folded word by word, for looking up names.
func (idx *index) folded() string {
	if idx.foldedText == "" {
		var b strings.Builder
		for _, w := range idx.doc.Words {
			b.WriteString(w.Norm)
			b.WriteByte(' ')
		}
		idx.foldedText = " " + b.String()
	}
	return idx.foldedText
}

// isName reports whether word i is capitalised inside its sentence: a name, most likely.
func isName(d *document.Document, i int) bool {
	w := d.Words[i]
	if i == d.Sentences[w.Sentence].FirstWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.Text[w.Start:w.End])
	return unicode.IsUpper(r)
}

// contentStem returns a word's stem, or "" for the most common words.
func contentStem(w document.Word) string {
	if document.IsCommon(w.Norm) || len(w.Norm) < 2 && !isDigit(w.Norm) {
		return ""
	}
	return w.Stem
}

// contentStems returns the content stems of words [from, to) of d.
func contentStems(d *document.Document, from, to int) map[string]bool {
	stems := map[string]bool{}
	for w := from; w < to; w++ {
		if st := contentStem(d.Words[w]); st != "" {
			stems[st] = true
		}
	}
	return stems
}

func isDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// caveatIndex finds the source's caveats by what they are about: each caveat (where the source
// says a finding is an association) by the content stems of its sentence and by its paragraph.
type caveatIndex struct {
	spans     [][]int             // the caveats' byte spans, in order
	sentences []document.Sentence // the caveats' sentences, in order
	byStem    map[string]int      // the first caveat whose sentence holds the stem
	byPara    map[int]int         // the first caveat in the paragraph
}

// caveatOn returns the words with which the source says that a finding on the clause's subject
// is an association rather than a cause: the first such words in a sentence that shares two
// content words with the clause (one may be used of something else: "interest rates" and
// "statutory interest"), or in the paragraph of source word passage, the start of the passage the
// clause restates; "" if there are none. A caveat about another finding does not count.
func (idx *index) caveatOn(op *document.Document, cl clause, passage int) string {
	d := idx.doc
	idx.readCaveats()
	first := len(idx.caveats.spans)
	if i, ok := idx.caveats.byPara[d.ParagraphAt(d.Words[passage].Start)]; ok {
		first = i
	}
	stems := contentStems(op, cl.from, cl.to)
	for i := range first {
		if n := len(heldStems(d, idx.caveats.sentences[i].FirstWord, idx.caveats.sentences[i].EndWord, stems)); n >= 2 {
			first = i
			break
		}
	}
	if first == len(idx.caveats.spans) {
		return ""
	}
	loc := idx.caveats.spans[first]
	return d.Text[loc[0]:loc[1]]
}

// inCaveat reports whether source offset lies in the words of a caveat: the "caused" of "it is
// not possible from these data to say how many insolvencies are caused by late payment".
func (idx *index) inCaveat(offset int) bool {
	idx.readCaveats()
	return slices.ContainsFunc(idx.caveats.spans, func(loc []int) bool { return offset >= loc[0] && offset < loc[1] })
}

// readCaveats builds the caveat index on first need.
func (idx *index) readCaveats() {
	d := idx.doc
	if idx.caveats == nil {
		idx.caveats = &caveatIndex{byStem: map[string]int{}, byPara: map[int]int{}}
		for _, s := range d.Sentences {
			// The pattern is costly over a long text: try it only on sentences with a word it
			// needs.
			if firstOf(d, s.FirstWord, s.EndWord, caveatTriggers, nil) == "" {
				continue
			}
			start := d.Words[s.FirstWord].Start
			loc := associationOnly.FindStringIndex(d.Text[start:d.Words[s.EndWord-1].End])
			if loc == nil {
				continue
			}
			i := len(idx.caveats.spans)
			idx.caveats.spans = append(idx.caveats.spans, []int{start + loc[0], start + loc[1]})
			idx.caveats.sentences = append(idx.caveats.sentences, s)
			for st := range contentStems(d, s.FirstWord, s.EndWord) {
				if _, ok := idx.caveats.byStem[st]; !ok {
					idx.caveats.byStem[st] = i
				}
			}
			para := d.ParagraphAt(start)
			if _, ok := idx.caveats.byPara[para]; !ok {
				idx.caveats.byPara[para] = i
			}
		}
	}
}

// verbHedges, in the few words before a verb, hedge it: "may have caused", "probably caused".
var verbHedges = setOfWords("may", "might", "could", "possibly", "probably", "likely", "perhaps", "allegedly")

// causeWithoutLink reports a clause that states a cause, with no passage that supports it, where
// the source says of the same cause that it is an association or that no link was established:
// "Tessany's targets caused this spike" against "inspectors could not establish a direct link
// between the targets and any individual injury". The cause is the clause's words before its
// causal verb, and the caveat's sentence must hold one of them. It returns the caveat's sentence.
func (idx *index) causeWithoutLink(op *document.Document, cl clause) (document.Span, string, bool) {
	verb := -1
	for w := cl.from; w < cl.to && verb < 0; w++ {
		if (causalAt(op, w, cl.to) || proVerbCause(op, w, cl.to) || toBlame(op, w, cl.from)) && !deniedBefore(op, w) {
			verb = w
		}
	}
	// A hedge of the verb ("may have caused") keeps the claim open; words of the cause itself
	// ("the targets") hedge nothing.
	if verb < 0 || firstOf(op, max(cl.from, verb-3), verb, verbHedges, nil) != "" || firstOf(op, verb, cl.to, hedges, nil) != "" {
		return document.Span{}, "", false
	}
	idx.readCaveats()
	first := len(idx.caveats.spans)
	for st := range contentStems(op, cl.from, verb) {
		if i, ok := idx.caveats.byStem[st]; ok && i < first {
			first = i
		}
	}
	if first == len(idx.caveats.spans) {
		return document.Span{}, "", false
	}
	loc := idx.caveats.spans[first]
	a, b := idx.doc.WordsIn(document.Span{Start: loc[0], End: loc[1]})
	s := idx.caveats.sentences[first]
	// The caveat's words whole, with five words either side: "too early to say how much of the
	// reduction is due to the closure".
	excerpt := idx.doc.Excerpt(max(s.FirstWord, a-5), phraseEnd(idx.doc, b-1, min(s.EndWord, b+5), s.EndWord))
	return s.Span, fmt.Sprintf("says '%s', an association or an unproven link; the opinion states a cause: '%s'",
		excerpt, clauseExcerpt(op, cl)), true
}

// sharingCounts returns, for every source sentence that holds at least one of stems, how many of
// them it holds, read off the retrieval index: a quick first cut before a closer look at a few
// sentences.
func (idx *index) sharingCounts(stems map[string]bool) map[int]int {
	counts := map[int]int{}
	for st := range stems {
		for _, win := range idx.postings[st] {
			if w := idx.windows[win]; w.single {
				counts[w.sentence]++
			}
		}
	}
	return counts
}
