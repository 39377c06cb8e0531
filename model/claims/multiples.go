package claims

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// multipleWords name a multiple of another figure: "double the national average", "tripled".
var multipleWords = map[string]float64{"double": 2, "doubled": 2, "doubles": 2, "twice": 2,
	"triple": 3, "tripled": 3, "triples": 3, "treble": 3, "trebled": 3, "quadruple": 4, "quadrupled": 4}

// multipleClaim is a multiple a clause states: its value, whether it is a floor (+1, "more than
// ten times"), a ceiling (-1, "nearly double") or plain (0), and where it is written.
type multipleClaim struct {
	value      float64
	bound      int
	first, end int // its words
}

// claimedMultiple finds the multiple a clause states, if any: "nearly double the national
// average", "more than ten times the usual figure", "twice as many". "Double" must be followed by
// a determiner or "as", so that "double room" and "double-digit" are not read as multiples.
func claimedMultiple(op *document.Document, cl clause) (multipleClaim, bool) {
	for w := cl.from; w < cl.to; w++ {
		n := op.Words[w].Norm
		m := multipleClaim{first: w, end: w + 1}
		if v, ok := multipleWords[n]; ok {
			next := ""
			if w+1 < cl.to {
				next = op.Words[w+1].Norm
			}
			// "double the average", "twice as many", or a verb of change: "detections nearly
			// doubled" (but not "doubled as a shelter" or "doubled back").
			verb := strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "les")
			if !(quantityLike[next] || periodOwn(op, w+1, cl.to) || next == "as" && !verb || verb && (!notMultipleAfter[next] || overAPeriod(op, w+1, cl.to))) {
				continue
			}
			m.value = v
		} else if n == "times" && w > cl.from {
			prev := op.Words[w-1].Norm
			v := document.NumberValue(prev)
			if f, err := strconv.ParseFloat(prev, 64); err == nil {
				v = f
			}
			// "ten times the usual figure", "three times as long"; not "changed eleven times after
			// the review" (a count of events) or "three times a week" (a frequency).
			if v < 2 || w+1 >= cl.to || !multipleAfter[op.Words[w+1].Norm] && !periodOwn(op, w+1, cl.to) {
				continue
			}
			m.value, m.first = v, w-1
		} else {
			continue
		}
		if m.first > cl.from {
			_, m.bound = approximation(op, m.first, cl.from)
		}
		return m, true
	}
	return multipleClaim{}, false
}

// periodOwn reports whether words from w name what a period had: "last year's figure", "the
// previous month's". After "three times" or "twice" they make a multiple; "three times last
// year" alone counts events.
func periodOwn(d *document.Document, w, to int) bool {
	if w < to && d.Words[w].Norm == "the" {
		w++
	}
	if w+1 >= to || !periodPickers[d.Words[w].Norm] {
		return false
	}
	next := d.Words[w+1].Norm
	return strings.HasSuffix(next, "'s") || strings.HasSuffix(next, "s'")
}

// periodPickers pick out a period: "last year's", "the previous quarter's".
var periodPickers = setOfWords("last", "this", "previous", "that")

// notMultipleAfter, after "doubled" or "tripled", make it no multiple: "doubled as a shelter",
// "doubled back", "doubled over".
var notMultipleAfter = setOfWords("as", "back", "over", "up", "down")

// overAPeriod reports whether the "over" at word w opens a length of time ("tripled over five
// years", "doubled over the past decade"), not a posture ("doubled over in pain").
func overAPeriod(d *document.Document, w, to int) bool {
	if d.Words[w].Norm != "over" {
		return false
	}
	for k := w + 1; k < min(to, w+4); k++ {
		if timeUnits[d.Words[k].Stem] {
			return true
		}
	}
	return false
}

// quantityLike are the words that may follow "double" when it names a multiple of a figure.
var quantityLike = setOfWords("the", "that", "this", "its", "their", "his", "her", "our", "what", "those")

// fits reports whether a ratio is the multiple claimed: a ceiling ("nearly double") allows from
// 85 per cent of it up to it (1.7 is nearly double; 2.45 is not nearly triple), a floor ("more
// than ten times") from just under it to twice it (a writer with a hundredfold would say so), and
// a plain multiple from 85 per cent of it to a fifth more.
func (m multipleClaim) fits(r float64) bool {
	switch m.bound {
	case -1:
		return r >= 0.85*m.value && r <= 1.05*m.value
	case +1:
		return r >= 0.97*m.value && r <= 2*m.value
	}
	return r >= 0.85*m.value && r <= 1.2*m.value
}

// multipleConflict describes a multiple the clause puts on a source figure that the source's
// figures do not bear out: "17.2 per 1,000 workers, nearly double the national average" against
// the source's 17.2 and 12.5, or "85,000 hectares, more than ten times the usual figure" against
// 85,000 and about 9,000. The clause's figure must be one of the source's; the multiple is then
// measured against every other figure of the passage, and it conflicts only when none fits. It
// returns the first word of the multiple and the source sentence that gives the figures.
func (idx *index) multipleConflict(op *document.Document, cl clause, from, to int, clauseQ, srcQ []quantity) (string, int, document.Span, bool) {
	src := idx.doc
	m, ok := claimedMultiple(op, cl)
	if !ok {
		return "", 0, document.Span{}, false
	}
	if why, span, ok := idx.ownChange(op, cl, m, clauseQ); ok {
		if why == "" {
			return "", 0, document.Span{}, false
		}
		return why, m.first, span, true
	}
	// The figure the multiple is put on: the last one before it, not a denominator ("per 1,000").
	var c quantity
	found := false
	for _, q := range clauseQ {
		if q.figure() && q.word < m.first && !(q.word > 0 && op.Words[q.word-1].Norm == "per") {
			c, found = q, true
		}
	}
	if !found {
		// "That is nearly triple what they were using five years ago": the figure is the one
		// the sentence before gave, and the source's figures are those of its paragraph.
		q, ok := antecedentFigure(op, cl, m)
		if !ok {
			return idx.multipleOfChange(op, cl, m, from, to)
		}
		if why, span, handled := idx.multipleOfComparison(op, cl, m); handled {
			if why == "" {
				return "", 0, document.Span{}, false
			}
			return why, m.first, span, true
		}
		c, srcQ = q, idx.paragraphFigures(q)
		if len(srcQ) == 0 {
			return "", 0, document.Span{}, false
		}
	}
	for _, p := range srcQ {
		if !p.figure() || p.pct != c.pct || !agree(c, p) || p.value <= 0 {
			continue
		}
		bases := smallerFigures(src, srcQ, p)
		if len(bases) == 0 && p.unit != "" {
			// "14 hectares of parkland, twice the size of what goes" against "about 9 hectares"
			// in another sentence: the source's other figures of the same unit.
			var same []quantity
			for _, qs := range idx.sentenceFigures() {
				for _, q := range qs {
					if q.unit != "" && sameUnit(q.unit, p.unit) {
						same = append(same, q)
					}
				}
			}
			bases = smallerFigures(src, same, p)
		}
		why, ok := multipleOn(op, src, cl, m, p, bases)
		if !ok {
			return "", 0, document.Span{}, false
		}
		return why, m.first, src.Sentences[src.Words[p.word].Sentence].Span, true
	}
	return "", 0, document.Span{}, false
}

// multipleOn measures a claimed multiple of source figure p against the smaller figures it may
// be a multiple of. It reports why the multiple does not fit, or false when one of them fits it
// (or there is none). The base the opinion names ("the national average") is the one whose words
// it shares; among equals, the one nearest the claimed multiple.
func multipleOn(op, src *document.Document, cl clause, m multipleClaim, p quantity, bases []quantity) (string, bool) {
	named := contentStems(op, m.end, cl.to)
	var nearest quantity
	nearestR, nearestDist, nearestNamed := 0.0, math.Inf(1), -1
	for _, q := range bases {
		r := p.value / q.value
		if m.fits(r) {
			return "", false
		}
		s := src.Sentences[src.Words[q.word].Sentence]
		n := len(heldStems(src, max(s.FirstWord, q.word-6), min(s.EndWord, q.word+6), named))
		if d := math.Abs(math.Log(r / m.value)); n > nearestNamed || n == nearestNamed && d < nearestDist {
			nearest, nearestR, nearestDist, nearestNamed = q, r, d, n
		}
	}
	if math.IsInf(nearestDist, 1) {
		return "", false
	}
	return fmt.Sprintf("gives %s against %s, %.1f times as much; the opinion says '%s'",
		withUnit(src, p), withUnit(src, nearest), nearestR, op.Slice(document.Span{Start: op.Words[max(cl.from, m.first-2)].Start, End: op.Words[min(cl.to, m.end+3)-1].End})), true
}

// multipleOfContradicted judges the half of a clause that puts a multiple on the figure its other
// half gave, when the source contradicted that figure: the multiple is measured on the source's
// own figure. "A staggering 1,500 people spent more than 12 hours in the department, more than
// three times last year's figure" against "1,142 patients ..., compared with 486": 1,500 is not
// the source's figure, and 1,142 is 2.3 times 486, not more than three times.
func multipleOfContradicted(in Input, half clause, other report.Finding) (report.Finding, bool) {
	if other.Subkind != report.ContradictsSource || len(other.Evidence) == 0 || other.Evidence[0].Side != report.Source {
		return report.Finding{}, false
	}
	op, src := in.Opinion, in.Source
	m, ok := claimedMultiple(op, half)
	if !ok || slices.ContainsFunc(quantities(op, half.from, m.first), func(q quantity) bool { return q.figure() }) {
		return report.Finding{}, false // the half names its own figure
	}
	ev := document.Span{Start: other.Evidence[0].Start, End: other.Evidence[0].End}
	from, to := src.WordsIn(ev)
	if from >= to {
		return report.Finding{}, false
	}
	first, last := src.Sentences[src.Words[from].Sentence], src.Sentences[src.Words[to-1].Sentence]
	srcQ := quantities(src, first.FirstWord, last.EndWord)
	otherFrom, otherTo := op.WordsIn(document.Span{Start: other.Start, End: other.End})
	cq, pq, ok := conflict(quantities(op, otherFrom, otherTo), srcQ)
	if !ok || !cq.figure() || !pq.figure() || pq.value <= 0 {
		return report.Finding{}, false
	}
	why, ok := multipleOn(op, src, half, m, pq, smallerFigures(src, srcQ, pq))
	if !ok {
		return report.Finding{}, false
	}
	span := document.Span{Start: first.Start, End: last.End}
	f := clauseFinding(op, half)
	return contradicted(f, src.ParagraphAt(span.Start)+1, why, sourceEvidence(src, span, other.Evidence[0].Score)), true
}

// ownChange measures a multiple against the change the clause itself gives, when both of its
// figures are the source's: "Cancellations nearly tripled, from 168 to 412" against the source's
// 412 and 168. It reports whether the clause gives such a change, and if so, why the multiple
// does not fit it ("" when it fits) and the source sentence of the later figure.
func (idx *index) ownChange(op *document.Document, cl clause, m multipleClaim, clauseQ []quantity) (string, document.Span, bool) {
	for _, q := range clauseQ {
		for _, p := range clauseQ {
			if !q.figure() || !p.figure() || q.pct != p.pct || q.value <= 0 || !fromTo(op, q, p) {
				continue
			}
			from, to := idx.sentencesWithFigure(q), idx.sentencesWithFigure(p)
			if len(from) == 0 || len(to) == 0 {
				return "", document.Span{}, false
			}
			r := math.Max(p.value, q.value) / math.Min(p.value, q.value)
			if m.fits(r) {
				return "", document.Span{}, true
			}
			return fmt.Sprintf("gives %s and %s, %.1f times as much; the opinion says '%s'", q.text, p.text, r,
					op.Slice(document.Span{Start: op.Words[max(cl.from, m.first-2)].Start, End: op.Words[min(cl.to, m.end+3)-1].End})),
				idx.doc.Sentences[to[0]].Span, true
		}
	}
	return "", document.Span{}, false
}

// antecedentFigure returns the figure a multiple refers back to when its clause opens with a
// demonstrative and a copula ("That is nearly triple ...", "This is twice ..."): the last figure
// of the sentence before.
func antecedentFigure(op *document.Document, cl clause, m multipleClaim) (quantity, bool) {
	prev, ok := sentenceBefore(op, cl)
	if !ok || m.first > cl.from+4 {
		return quantity{}, false
	}
	var last quantity
	found := false
	for _, q := range quantities(op, prev.FirstWord, prev.EndWord) {
		if q.figure() && !q.pct && q.unit != "" {
			last, found = q, true
		}
	}
	return last, found
}

// sentenceBefore returns the sentence a clause refers back to when the clause opens its sentence
// with a demonstrative and a copula ("That is ...", "This is ..."): the sentence before it.
func sentenceBefore(op *document.Document, cl clause) (document.Sentence, bool) {
	if cl.from+1 >= cl.to || !demonstratives[op.Words[cl.from].Norm] || !copulas[op.Words[cl.from+1].Norm] {
		return document.Sentence{}, false
	}
	s := op.Words[cl.from].Sentence
	if s == 0 || op.Sentences[s].FirstWord != cl.from {
		return document.Sentence{}, false
	}
	return op.Sentences[s-1], true
}

// multipleOfComparison measures a multiple that refers back to a comparison of two figures of
// one unit in the sentence before ("the average wait was 29 weeks, compared with 11 weeks in
// 2022. That is nearly three times as long.") by the source's figures for the two: the source
// sentence that gives the smaller figure (11 weeks) and its larger figure of the same unit (19
// weeks, whether or not the opinion gave it right). It reports whether the sentence before makes
// such a comparison the source can be read for, and if so why the multiple does not fit ("" when
// it fits) and the source sentence.
func (idx *index) multipleOfComparison(op *document.Document, cl clause, m multipleClaim) (string, document.Span, bool) {
	if _, ok := antecedentFigure(op, cl, m); !ok {
		return "", document.Span{}, false
	}
	prev := op.Sentences[op.Words[cl.from].Sentence-1]
	var figures []quantity
	for _, q := range quantities(op, prev.FirstWord, prev.EndWord) {
		if q.figure() && !q.pct && q.unit != "" && q.value > 0 {
			figures = append(figures, q)
		}
	}
	if len(figures) != 2 || !sameUnit(figures[0].unit, figures[1].unit) || figures[0].value == figures[1].value {
		return "", document.Span{}, false
	}
	b := figures[0]
	if figures[1].value < b.value {
		b = figures[1]
	}
	for si, qs := range idx.sentenceFigures() {
		base := slices.IndexFunc(qs, func(p quantity) bool { return p.figure() && sameUnit(p.unit, b.unit) && agree(b, p) })
		if base < 0 {
			continue
		}
		for _, p := range qs {
			if p.figure() && !p.pct && sameUnit(p.unit, b.unit) && p.value > qs[base].value {
				why, _ := multipleOn(op, idx.doc, cl, m, p, []quantity{qs[base]})
				return why, idx.doc.Sentences[si].Span, true
			}
		}
	}
	return "", document.Span{}, false
}

// demonstratives and copulas open a clause that refers back to the sentence before.
var (
	demonstratives = setOfWords("that", "this", "it")
	copulas        = setOfWords("is", "was", "that's", "it's")
)

// paragraphFigures returns the figures counting what q counts in the source paragraph that gives
// a figure agreeing with q, or nil.
func (idx *index) paragraphFigures(q quantity) []quantity {
	figures := idx.sentenceFigures()
	for si, qs := range figures {
		for _, p := range qs {
			if !p.figure() || p.pct || p.unit == "" || !sameUnit(p.unit, q.unit) || !agree(q, p) {
				continue
			}
			var out []quantity
			para := idx.doc.Sentences[si].Paragraph
			for sj, s := range idx.doc.Sentences {
				if s.Paragraph != para {
					continue
				}
				for _, f := range figures[sj] {
					if f.unit != "" && sameUnit(f.unit, q.unit) {
						out = append(out, f)
					}
				}
			}
			return out
		}
	}
	return nil
}

// smallerFigures returns the figures of qs that p could be a multiple of: other figures of the
// same kind (both shares or neither), smaller than p, and not a rate's denominator ("per 1,000").
func smallerFigures(src *document.Document, qs []quantity, p quantity) []quantity {
	var out []quantity
	for _, q := range qs {
		if q.word == p.word || !q.figure() || q.pct != p.pct || q.value <= 0 || q.value >= p.value ||
			q.word > 0 && src.Words[q.word-1].Norm == "per" {
			continue
		}
		out = append(out, q)
	}
	return out
}

// withUnit returns a figure as written with the word after it, when that word is its unit: "9
// hectares", "17.2 per".
func withUnit(d *document.Document, q quantity) string {
	s := d.Sentences[d.Words[q.word].Sentence]
	end := q.word + 1
	for end < s.EndWord && end < q.word+3 && !strings.ContainsAny(d.Text[d.Words[end-1].End:d.Words[end].Start], ",;:") {
		if d.Words[end].Stem == q.unit || q.unit == "money" && currencies[d.Words[end].Stem] {
			return d.Excerpt(q.word, end+1)
		}
		end++
	}
	return q.text
}

// multipleOfChange checks a multiple a clause puts on a change with no figure of its own before the
// multiple: "Speeding detections nearly doubled, to 48,900" against "48,900 ... up from 31,200 ...
// an increase of 57 per cent", "nearly triple what they were using five years ago". The source
// sentence, in the passage or elsewhere, must share two content words with the clause and give
// a change it can be measured against: two figures of one unit, or a rise in per cent. The
// multiple conflicts when none of those changes bears it out.
func (idx *index) multipleOfChange(op *document.Document, cl clause, m multipleClaim, from, to int) (string, int, document.Span, bool) {
	src := idx.doc
	shared := map[string]bool{}
	for w := cl.from; w < cl.to; w++ {
		if st := contentStem(op.Words[w]); st != "" && (w < m.first || w >= m.end) && document.NumberValue(op.Words[w].Norm) == 0 && !isDigit(st) {
			shared[st] = true
		}
	}
	figures := idx.sentenceFigures()
	// "twice as long" measures a length of time, and "twice as many patients" a count of
	// patients: only changes in what the multiple measures count.
	durations := m.end+1 < cl.to && op.Words[m.end].Norm == "as" && op.Words[m.end+1].Norm == "long"
	unit := ""
	if m.end+2 < cl.to && op.Words[m.end].Norm == "as" && (op.Words[m.end+1].Norm == "many" || op.Words[m.end+1].Norm == "much") {
		unit = contentStem(op.Words[m.end+2])
	}
	changes := func(si int) []change {
		all := changesIn(src, figures[si])
		if !durations && unit == "" {
			return all
		}
		var out []change
		for _, c := range all {
			if durations && timeUnits[c.unit] || unit != "" && c.unit != "" && sameUnit(c.unit, unit) {
				out = append(out, c)
			}
		}
		return out
	}
	best, bestShared := -1, 1
	if durations {
		// Lengths of time are few in a source, and a waiting time is seldom worded as the
		// source words it ("wait" against "time spent in the department"): the clause is
		// measured against every change in a length of time, and conflicts when none fits.
		bestShared = -1
	}
	counts := idx.sharingCounts(shared)
	var candidates, bestChanges []change
	for si, s := range src.Sentences {
		n := counts[si]
		if s.FirstWord >= from && s.EndWord <= to {
			n++ // the passage retrieved for the clause, among equals
		}
		cs := changes(si)
		if durations {
			candidates = append(candidates, cs...)
		}
		if n > bestShared && len(cs) > 0 {
			best, bestShared, bestChanges = si, n, cs
		}
	}
	if best < 0 {
		return "", 0, document.Span{}, false
	}
	if !durations {
		candidates = bestChanges
	}
	for _, c := range candidates {
		if m.fits(c.ratio) {
			return "", 0, document.Span{}, false
		}
	}
	// The change shown is one of the sentence that shares most with the clause.
	var nearest change
	nearestDist := math.Inf(1)
	for _, c := range bestChanges {
		if d := math.Abs(math.Log(c.ratio / m.value)); d < nearestDist {
			nearest, nearestDist = c, d
		}
	}
	return fmt.Sprintf("gives %s, %.1f times as much; the opinion says '%s'", nearest.text, nearest.ratio,
			op.Slice(document.Span{Start: op.Words[max(cl.from, m.first-2)].Start, End: op.Words[min(cl.to, m.end+3)-1].End})),
		m.first, src.Sentences[best].Span, true
}

// change is a change a source sentence gives: a ratio and how it is written.
type change struct {
	ratio float64
	text  string
	unit  string // the unit of the two figures, or "" for a rise in per cent
}

// changesIn returns the changes a sentence's figures give: each pair of figures of one unit (the
// larger over the smaller), and each rise in per cent ("an increase of 57 per cent": 1.57).
func changesIn(src *document.Document, qs []quantity) []change {
	var out []change
	for _, p := range qs {
		if p.pct && p.rise && p.value > 0 {
			out = append(out, change{1 + p.value/100, "a rise of " + p.text + " per cent", ""})
		}
		for _, q := range qs {
			if !p.figure() || !q.figure() || p.pct != q.pct || q.value <= 0 || q.value >= p.value || q.word > 0 && src.Words[q.word-1].Norm == "per" {
				continue
			}
			// Two counts of one unit make a change only when they are of a size: "31,200 food
			// parcels" and "14 food banks" share a first word, not what they count.
			if !p.pct && p.unit != "" && q.unit != "" && sameUnit(p.unit, q.unit) && p.value <= 10*q.value || fromTo(src, q, p) {
				out = append(out, change{p.value / q.value, withUnit(src, p) + " against " + withUnit(src, q), p.unit})
			}
		}
	}
	return out
}

// fromTo reports whether two figures are the ends of a change written "from q to p" ("rose from
// 120 to 150", "rose to 150 from 120"): the same thing counted twice, whether or not a unit
// follows either.
func fromTo(src *document.Document, q, p quantity) bool {
	if q.word <= 0 || p.word <= 0 || src.Words[q.word].Sentence != src.Words[p.word].Sentence ||
		src.Words[q.word-1].Norm != "from" || src.Words[p.word-1].Norm != "to" {
		return false
	}
	// "from 120 to 150", "from 2.1 million in 2019 to 1.6 million", or the other way round:
	// "rose to 412 last year from 300".
	return p.word > q.word && p.word-q.word <= 6 || q.word > p.word && q.word-p.word <= 6
}
