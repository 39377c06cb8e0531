package align

import (
	"fmt"
	"sort"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// Result is what the alignment gives the rest of the analysis.
type Result struct {
	Findings []report.Finding // quote findings (opinion) and used findings (source)
	Passages []Passage        // the reused passages, in opinion order
	Copied   []bool           // per opinion word: reproduces a source word inside a passage
}

// Find aligns the documents and explains every reused passage. Source may be nil: then only
// quotations are reported, as unsourced ones cannot be judged, nothing is.
func (a *Aligner) Find(opinion, source *document.Document) Result {
	var res Result
	if source == nil {
		return res
	}
	quotes := Quotations(opinion)
	res.Passages = a.Passages(opinion, source, quotes)
	res.Copied = make([]bool, len(opinion.Words))
	markCopied := func(p Passage) {
		for _, r := range p.Runs {
			for w := r.O; w < r.O+r.N; w++ {
				res.Copied[w] = true
			}
		}
	}
	for _, p := range res.Passages {
		markCopied(p)
	}
	// Quotations that are word for word but for a word or two that break every run.
	if near := nearVerbatim(opinion, source, quotes, res.Copied); len(near) > 0 {
		for _, p := range near {
			markCopied(p)
		}
		res.Passages = append(res.Passages, near...)
		sort.SliceStable(res.Passages, func(i, j int) bool { return res.Passages[i].Runs[0].O < res.Passages[j].Runs[0].O })
	}
	for i, p := range res.Passages {
		q, used, change := a.explain(opinion, source, p, quotes)
		q.ID, used.ID = fmt.Sprintf("q%d", i), fmt.Sprintf("u%d", i)
		q.Links, used.Links = []string{used.ID}, []string{q.ID}
		res.Findings = append(res.Findings, q, used)
		if change != nil {
			change.Links = []string{used.ID}
			res.Findings = append(res.Findings, *change)
		}
	}
	res.Findings = append(res.Findings, a.unmatchedQuotations(opinion, source, quotes, res.Copied)...)
	return res
}

// splitAtQuotations cuts a passage where it enters or leaves the opinion's quotations, so that
// marked is true of all of a finding or none of it.
func splitAtQuotations(opinion *document.Document, p Passage, quotes []Quotation) []Passage {
	var out []Passage
	var cur Passage
	curMarked := false
	for _, r := range p.Runs {
		start := r.O
		for w := r.O + 1; w <= r.O+r.N; w++ {
			m := inQuotations(opinion.Words[start].Span, quotes)
			if w < r.O+r.N && inQuotations(opinion.Words[w].Span, quotes) == m {
				continue
			}
			if len(cur.Runs) > 0 && m != curMarked {
				out = append(out, cur)
				cur = Passage{}
			}
			curMarked = m
			cur.Runs = append(cur.Runs, Run{O: start, S: r.S + (start - r.O), N: w - start})
			cur.Matched += w - start
			start = w
		}
	}
	if len(cur.Runs) > 0 {
		out = append(out, cur)
	}
	return out
}

// inQuotations reports whether span s lies inside one of the quotations, which are in document
// order and do not overlap.
func inQuotations(s document.Span, quotes []Quotation) bool {
	i := sort.Search(len(quotes), func(i int) bool { return quotes[i].End >= s.End })
	return i < len(quotes) && quotes[i].Contains(s)
}

// explain turns a passage into a quote finding and the source's used finding.
func (a *Aligner) explain(opinion, source *document.Document, p Passage, quotes []Quotation) (q, used report.Finding, change *report.Finding) {
	o0, o1 := p.OpinionWords()
	s0, s1 := p.SourceWords()
	oSpan := opinion.WordSpan(o0, o1)
	sSpan := source.WordSpan(s0, s1)
	marked := markedShare(opinion, o0, o1, quotes) >= 0.5
	edits := wordEdits(opinion, source, o0, o1, s0, s1)
	score := report.RoundScore(float64(p.Matched) / float64(max(o1-o0, s1-s0)))
	para := source.ParagraphAt(sSpan.Start) + 1

	subkind := report.Verbatim
	if len(edits) > 0 {
		subkind = report.Edited
	}
	material := materialChange(source, edits, s0, s1, marked)
	misquoted := material
	if misquoted == "" {
		misquoted = counterpointCut(source, s1, marked)
	}
	if marked && misquoted != "" {
		subkind = report.Misquote
	}
	q = report.Finding{
		Kind: report.Quote, Subkind: subkind, Side: report.Opinion,
		Start: oSpan.Start, End: oSpan.End, Text: opinion.Slice(oSpan), Marked: &marked,
		Explanation: quoteExplanation(subkind, marked, para, edits, misquoted),
		Evidence:    []report.Evidence{{Side: report.Source, Start: sSpan.Start, End: sSpan.End, Text: source.Slice(sSpan), Score: score}},
		Edits:       edits,
	}
	how := "silently copies"
	if marked {
		how = "quotes"
	}
	how += " this passage"
	if len(edits) > 0 {
		how += fmt.Sprintf(", with %s", plural(len(edits), "edit"))
	}
	used = report.Finding{
		Kind: report.Used, Side: report.Source, Start: sSpan.Start, End: sSpan.End, Text: source.Slice(sSpan),
		Explanation: fmt.Sprintf("The opinion %s (its paragraph %d).", how, opinion.ParagraphAt(oSpan.Start)+1),
		Evidence:    []report.Evidence{{Side: report.Opinion, Start: oSpan.Start, End: oSpan.End, Text: opinion.Slice(oSpan), Score: score}},
	}
	if material != "" {
		// The reuse changes what the source says: an assertion the source contradicts.
		change = &report.Finding{
			Kind: report.Unsupported, Subkind: report.ContradictsSource, Side: report.Opinion,
			Start: oSpan.Start, End: oSpan.End, Text: opinion.Slice(oSpan),
			Explanation: fmt.Sprintf("Reuses the source (paragraph %d) but changes what it says: %s.", para, material),
			Evidence:    q.Evidence,
			Edits:       edits,
		}
	}
	return q, used, change
}

// markedShare is the share of words [o0, o1) inside quotations.
func markedShare(d *document.Document, o0, o1 int, quotes []Quotation) float64 {
	in := 0
	for w := o0; w < o1; w++ {
		if inQuotations(d.Words[w].Span, quotes) {
			in++
		}
	}
	return float64(in) / float64(max(1, o1-o0))
}

func quoteExplanation(subkind report.Subkind, marked bool, para int, edits []report.Edit, material string) string {
	where := fmt.Sprintf("the source (paragraph %d)", para)
	switch subkind {
	case report.Verbatim:
		if marked {
			return fmt.Sprintf("Quoted word for word from %s.", where)
		}
		return fmt.Sprintf("Copied word for word from %s, without quotation marks.", where)
	case report.Misquote:
		return fmt.Sprintf("Shown as a quotation, but it differs in substance from %s: %s.", where, material)
	}
	list := describeEdits(edits, 3)
	if marked {
		return fmt.Sprintf("Quoted from %s with %s: %s.", where, plural(len(edits), "change"), list)
	}
	return fmt.Sprintf("Copied from %s with %s, without quotation marks: %s.", where, plural(len(edits), "change"), list)
}

func describeEdits(edits []report.Edit, limit int) string {
	var parts []string
	for i, e := range edits {
		if i == limit {
			parts = append(parts, fmt.Sprintf("and %d more", len(edits)-limit))
			break
		}
		switch e.Op {
		case report.Insert:
			parts = append(parts, fmt.Sprintf("'%s' added", excerpt(e.To)))
		case report.Delete:
			parts = append(parts, fmt.Sprintf("'%s' dropped", excerpt(e.From)))
		case report.Elide:
			parts = append(parts, fmt.Sprintf("'%s' cut and marked with an ellipsis", excerpt(e.From)))
		default:
			parts = append(parts, fmt.Sprintf("'%s' → '%s'", excerpt(e.From), excerpt(e.To)))
		}
	}
	return strings.Join(parts, ", ")
}

func excerpt(s string) string {
	words := strings.Fields(s)
	if len(words) <= 8 {
		return s
	}
	return strings.Join(words[:4], " ") + " … " + strings.Join(words[len(words)-3:], " ")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "one " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
