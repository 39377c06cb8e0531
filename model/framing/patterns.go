package framing

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// patterns finds the framing that no word list captures: rhetorical questions, exclamations,
// scare quotes and capitals for emphasis.
func (r *run) patterns() []candidate {
	var out []candidate
	out = append(out, r.questions()...)
	out = append(out, r.scareQuotes()...)
	out = append(out, r.capitals()...)
	out = append(out, r.asides()...)
	out = append(out, r.repetitions()...)
	out = append(out, r.commonKnowledge()...)
	out = append(out, r.insertions()...)
	out = append(out, r.droppedHedges()...)
	out = append(out, r.hedgeSwaps()...)
	out = append(out, r.labels()...)
	return out
}

// mergePatterns adds the pattern candidates to the lexical ones, leaving out a pattern that
// overlaps a lexical candidate of the same subkind (the word list is more specific) or an earlier
// pattern of the same subkind.
func mergePatterns(lex, pats []candidate) []candidate {
	taken := map[report.Subkind][]document.Span{} // per subkind, sorted by start, not overlapping
	for _, c := range lex {
		taken[c.subkind] = append(taken[c.subkind], c.span)
	}
	for _, spans := range taken {
		slices.SortFunc(spans, func(a, b document.Span) int { return cmp.Compare(a.Start, b.Start) })
	}
	sorted := slices.Clone(pats)
	slices.SortStableFunc(sorted, func(a, b candidate) int { return cmp.Compare(a.span.Start, b.span.Start) })
	lastEnd := map[report.Subkind]int{} // end of the last pattern kept, per subkind
	out := lex
	for _, p := range sorted {
		if end, ok := lastEnd[p.subkind]; ok && p.span.Start < end {
			continue
		}
		spans := taken[p.subkind]
		i := sort.Search(len(spans), func(i int) bool { return spans[i].End > p.span.Start })
		dup := false
		// Lexical spans of one subkind do not overlap, so ends grow with starts.
		for ; i < len(spans) && spans[i].Start < p.span.End; i++ {
			if spans[i].Overlap(p.span) > 0 {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, p)
			lastEnd[p.subkind] = p.span.End
		}
	}
	return out
}

// questions finds rhetorical questions and exclamations: sentences of the writer's own that end
// in '?' or '!', not a quoted speaker's, not copied from the source, and not a question the
// source itself asks.
func (r *run) questions() []candidate {
	var out []candidate
	for _, s := range r.op.Sentences {
		mark, at := finalMark(r.op.Text, s.Span)
		if mark != '?' && mark != '!' {
			continue
		}
		if r.quotes.inside(at) || r.op.InBlockQuote(s.Span) {
			continue
		}
		span := document.Span{Start: s.Start, End: at + 1}
		sub := report.RhetoricalQuestion
		if mark == '!' {
			sub = report.Appeal
		}
		if r.src != nil && r.copiedShare(s.FirstWord, s.EndWord) >= 0.5 {
			r.echoes = append(r.echoes, Echo{Span: span, Subkind: sub, Phrase: string(mark)})
			continue
		}
		if r.src != nil && r.src.asks(foldWords(r.op.Words[s.FirstWord:s.EndWord]), mark) {
			continue
		}
		c := candidate{span: span, subkind: sub}
		if mark == '?' {
			c.explanation = "Rhetorical question: it invites a conclusion without stating or supporting it."
		} else {
			c.explanation = "Exclamation: the exclamation mark adds emotion, not information, and presses the reader to share it."
		}
		out = append(out, c)
	}
	return out
}

// finalMark returns the last character of a span before any closing quotes, brackets and space,
// and its offset.
func finalMark(text string, s document.Span) (rune, int) {
	end := s.End
	for end > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[s.Start:end])
		if !unicode.IsSpace(r) && !strings.ContainsRune("\"'”’)]»", r) {
			return r, end - size
		}
		end -= size
	}
	return 0, s.Start
}
