package claims

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

var caveatWords = map[string]bool{
	"however": true, "but": true, "although": true, "though": true, "caution": true,
	"cautioned": true, "warned": true, "caveat": true, "limitation": true, "limitations": true,
	"uncertain": true, "unclear": true, "may": true, "might": true, "margin": true, "error": true,
}

// counterpoints are the stems of the verbs that give the other side's account ("disputes that
// account", "denies", "accounts differ"), in any inflection.
var counterpoints = stemSet("deny", "dispute", "reject", "contest", "differ", "insist", "counter")

// omitted lists the source content the opinion leaves out: each sentence that carries a figure
// or a caveat and that no used passage covers, and, in a sentence the opinion does use, the
// stretch of five or more words it leaves out when that stretch carries a caveat ("..., but
// 27,000 more than a year earlier"): the content a reader of the opinion alone never sees.
func omitted(src *document.Document, used []document.Span) []report.Finding {
	var out []report.Finding
	touched, covered := usage(src, used)
	for i, s := range src.Sentences {
		if s.EndWord-s.FirstWord < 5 || s.Paragraph == 0 || boilerplate(src, i) || advice(src, s) || aboutTheDocument(src, s) || scopeStatement(src, s) {
			continue
		}
		from, to, part := s.FirstWord, s.EndWord, covered[i]*3 > s.Len()
		if part {
			from, to = leftOut(src, s, touched)
			if to-from < 5 {
				continue
			}
		}
		why := salient(src, from, to)
		if why == "" || part && why == figureOnly {
			// A figure left out of a passage the opinion uses is a detail of what it restates
			// ("..., up from $349.7 million"); a caveat left out of it changes what it says.
			continue
		}
		if part {
			why += " It is left out of a passage the opinion uses."
		}
		span := src.WordSpan(from, to)
		if !part {
			span = s.Span
		}
		out = append(out, report.Finding{
			Kind: report.Omitted, Side: report.Source, Start: span.Start, End: span.End, Text: src.Slice(span),
			Explanation: why,
		})
	}
	return out
}

// usage reads the used passages once: which source words they touch, and how many bytes of each
// sentence they cover (summed over the passages), so that each sentence is then checked in time
// proportional to its own length rather than to the number of passages.
func usage(src *document.Document, used []document.Span) (touched []bool, covered []int) {
	touched = make([]bool, len(src.Words))
	covered = make([]int, len(src.Sentences))
	for _, u := range used {
		first, _ := slices.BinarySearchFunc(src.Words, u.Start, func(w document.Word, offset int) int {
			return cmp.Compare(w.End, offset+1) // the first word ending after the passage starts
		})
		last := -1
		for k := first; k < len(src.Words) && src.Words[k].Start < u.End; k++ {
			touched[k] = true
			if si := src.Words[k].Sentence; si != last {
				covered[si] += src.Sentences[si].Overlap(u)
				last = si
			}
		}
	}
	return touched, covered
}

// salient says why source words [from, to) matter to a reader, or "" when they hold neither a
// figure nor a caveat. A date is not a figure: "on 14 March" and "in 2024" say when, not how many.
func salient(src *document.Document, from, to int) string {
	figure, caveat, point := false, false, false
	for _, q := range quantities(src, from, to) {
		figure = figure || (q.figure() && !dated(src, q.word))
		// A numbered point of a list: "1. The appeal is allowed", "3. The club must ...".
		point = point || q.label && src.ListNumber(q.word, q.word)
	}
	for w := from; w < to; w++ {
		if src.IsMonth(w) {
			continue // "in May"
		}
		caveat = caveat || caveatWords[src.Words[w].Norm] || hedges[src.Words[w].Norm] || negations[src.Words[w].Norm] ||
			counterpoints[src.Words[w].Stem]
	}
	switch {
	case figure && caveat:
		return "A figure and a caveat the opinion leaves out."
	case caveat:
		return "A caveat or counterpoint the opinion leaves out."
	case figure:
		return figureOnly
	case point:
		return "A numbered point of the source that the opinion leaves out."
	}
	return ""
}

// figureOnly is why a stretch holding a figure and no caveat matters.
const figureOnly = "A figure the opinion leaves out."

// advice reports whether source sentence s tells the reader what to do ("Please do not rely on
// them.", "If you are unsure, call the health line."): guidance, not a finding or a caveat the
// opinion's account of the source leaves out.
func advice(src *document.Document, s document.Sentence) bool {
	for w := s.FirstWord; w < s.EndWord; w++ {
		switch src.Words[w].Norm {
		case "you", "your", "you're", "yourself":
			return true
		}
	}
	first := src.Words[s.FirstWord].Norm
	return first == "please" || first == "do" && s.FirstWord+1 < s.EndWord && src.Words[s.FirstWord+1].Norm == "not" || first == "don't"
}

// dated reports whether the number at word i is a day of the month ("14 March", "March 14"): a
// month next to it.
func dated(d *document.Document, i int) bool {
	return d.IsMonth(i+1) || d.IsMonth(i-1)
}

// documentPhrases, folded as document.Fold folds them, speak about the document rather than what
// it reports: its legal notices ("This release contains forward-looking statements"), its standing
// ("the full judgment is the only authoritative document") and where to find it ("The full paper
// is available from").
var documentPhrases = []string{"forward looking statement", "undertakes no obligation", "no obligation to update",
	"authoritative document", "this summary is provided",
	"is available from", "is available at", "is available on", "are available from", "are available at",
	"for more information", "for further information"}

// documentCues are the words one of documentPhrases needs: a sentence without any is not read.
var documentCues = setOfWords("forward", "obligation", "authoritative", "summary", "available", "information")

// aboutTheDocument reports whether source sentence s speaks about the document itself: furniture,
// not a finding, a figure or a caveat of the matter the opinion writes about.
func aboutTheDocument(src *document.Document, s document.Sentence) bool {
	words := src.Words[s.FirstWord:s.EndWord]
	if !slices.ContainsFunc(words, func(w document.Word) bool { return documentCues[w.Norm] }) {
		return false
	}
	norms := make([]string, len(words))
	for i, w := range words {
		norms[i] = w.Norm
	}
	text := " " + strings.Join(norms, " ") + " "
	for _, p := range documentPhrases {
		if strings.Contains(text, p) {
			return true
		}
	}
	return false
}

// scopeStatement reports whether source sentence s says what the document covers rather than
// what it found: "This report covers the twelve months to 31 December", "It examines visitor
// numbers, costs and staffing across the four museums".
func scopeStatement(src *document.Document, s document.Sentence) bool {
	norm := func(k int) string { return normIn(src, k, 0, s.EndWord) }
	w := s.FirstWord
	switch norm(w) {
	case "this", "the":
		if w+1 >= s.EndWord || !documentNouns[src.Words[w+1].Stem] {
			return false
		}
		w += 2
	case "it":
		w++
	default:
		return false
	}
	return scopeVerbs[norm(w)] || norm(w) == "sets" && norm(w+1) == "out" || norm(w) == "looks" && norm(w+1) == "at"
}

// scopeVerbs say what a document is about.
var scopeVerbs = setOfWords("covers", "examines", "describes", "summarises", "summarizes", "presents",
	"outlines", "considers", "reviews", "assesses")

// boilerplate reports whether source sentence i is furniture rather than content: a heading or a
// dateline (a line of its own that does not end like a sentence), or a labelled line of its own
// ("Next update: 10 June", "Health line: 0300 555 0142").
func boilerplate(src *document.Document, i int) bool {
	if isHeading(src, i) {
		return true
	}
	s := src.Sentences[i]
	alone := (i == 0 || src.Sentences[i-1].Paragraph != s.Paragraph) &&
		(i+1 == len(src.Sentences) || src.Sentences[i+1].Paragraph != s.Paragraph)
	label, _, found := strings.Cut(src.Slice(s.Span), ":")
	return alone && found && len(strings.Fields(label)) <= 3
}

// leftOut returns the longest run of words of sentence s that no used passage touches, narrowed
// to whole clauses: it starts at the sentence's start or after a punctuation mark, and ends at
// its end or before one, so that it never shows half a phrase ("But the deal also allowed many
// hundreds").
func leftOut(src *document.Document, s document.Sentence, touched []bool) (from, to int) {
	from, to = untouched(s, touched)
	pause := func(w int) bool {
		return strings.ContainsAny(src.Text[src.Words[w-1].End:src.Words[w].Start], ",;:—–()")
	}
	for from < to && from > s.FirstWord && !pause(from) {
		from++
	}
	for to > from && to < s.EndWord && !pause(to) {
		to--
	}
	return from, to
}

// untouched returns the longest run of words of sentence s that no used passage touches.
func untouched(s document.Sentence, touched []bool) (from, to int) {
	start := -1
	for w := s.FirstWord; w <= s.EndWord; w++ {
		free := w < s.EndWord && !touched[w]
		switch {
		case free && start < 0:
			start = w
		case !free && start >= 0:
			if w-start > to-from {
				from, to = start, w
			}
			start = -1
		}
	}
	return from, to
}

// restatedPart narrows the passage a paraphrase was found in (a sentence, or a window of two) to
// what the paraphrase restates: the clauses of the passage that share two content words with it
// and two fifths of their own. The other sentence of a window is not used just for standing
// beside one that is, nor is the ", but ..." clause of a sentence whose first half is restated.
func restatedPart(op, src *document.Document, f report.Finding) document.Span {
	ev := f.Evidence[0]
	passage := document.Span{Start: ev.Start, End: ev.End}
	opFrom, opTo := op.WordsIn(document.Span{Start: f.Start, End: f.End})
	have := contentStems(op, opFrom, opTo)
	var part document.Span
	restates := func(a, b int) {
		own, shared := map[string]bool{}, 0
		for k := a; k < b; k++ {
			if st := contentStem(src.Words[k]); st != "" && !own[st] {
				own[st] = true
				if have[st] {
					shared++
				}
			}
		}
		if shared >= 2 && 5*shared >= 2*len(own) {
			if part.End == 0 {
				part.Start = max(src.Words[a].Start, passage.Start)
			}
			part.End = min(src.Words[b-1].End, passage.End)
		}
	}
	from, to := src.WordsIn(passage)
	for w := from; w < to; {
		s := src.Sentences[src.Words[w].Sentence]
		a := max(s.FirstWord, from)
		for _, c := range clauseStarts(src, s) {
			if c > a && c < to {
				restates(a, c)
				a = c
			}
		}
		restates(a, min(s.EndWord, to))
		w = s.EndWord
	}
	if part.End == 0 {
		// No clause of the passage shares enough to be restated whole: the opinion restates its
		// figure, in other words ("a point or two of the drop" for "this may account for between
		// 1 and 2 percentage points of the fall"), and only the words it shares are used; the
		// rest, a hedge with it, is still the source's to report as left out.
		return sharedStretch(op, src, opFrom, opTo, have, passage)
	}
	return part
}

// sharedStretch returns the stretch of passage from the first to the last word whose content
// stem (one of have, the stems of opinion words [opFrom, opTo)) or number those words hold; the
// whole passage when none is held.
func sharedStretch(op, src *document.Document, opFrom, opTo int, have map[string]bool, passage document.Span) document.Span {
	held := maps.Clone(have)
	for _, q := range quantities(op, opFrom, opTo) {
		held[strconv.FormatFloat(q.value, 'f', -1, 64)] = true
	}
	from, to := src.WordsIn(passage)
	first, last := -1, -1
	for k := from; k < to; k++ {
		if held[src.Words[k].Stem] || held[src.Words[k].Norm] {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return passage
	}
	return src.WordSpan(first, last+1)
}
