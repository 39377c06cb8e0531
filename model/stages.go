package model

import (
	"slices"
	"sort"
	"strings"

	"github.com/reframe-dev/reframe/model/align"
	"github.com/reframe-dev/reframe/model/claims"
	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/framing"
	"github.com/reframe-dev/reframe/model/report"
)

// buildStages compiles the analysis stages in the order they run: alignment first (quotes and
// their source passages), then claims (support for each assertion), then framing, which uses both
// to tell the writer's words from the source's.
func buildStages(opts Options) ([]stage, error) {
	var stages []stage
	aligner := align.New(align.Defaults)
	stages = append(stages, func(in *Input, found []report.Finding) []report.Finding {
		res := aligner.Find(in.Opinion, in.Source)
		in.Copied = res.Copied
		return append(found, res.Findings...)
	})
	checker := claims.New(claims.Defaults)
	stages = append(stages, func(in *Input, found []report.Finding) []report.Finding {
		var quotes, used, judged []report.Finding
		for _, f := range found {
			switch f.Kind {
			case report.Quote:
				quotes = append(quotes, f)
			case report.Used:
				used = append(used, f)
			case report.Unsupported:
				judged = append(judged, f)
			}
		}
		slices.SortFunc(quotes, func(a, b report.Finding) int { return a.Start - b.Start })
		res := checker.Check(claims.Input{Opinion: in.Opinion, Source: in.Source, Quotes: quotes, Used: used, Judged: judged})
		in.Counterpart, in.Clause = res.Counterpart, res.Clause
		return append(found, res.Findings...)
	})
	// BEGIN framing stage (owned by the framing package's author)
	det, err := framing.New(opts.Lexicon, opts.LexiconName)
	if err != nil {
		return nil, err
	}
	stages = append(stages, func(in *Input, found []report.Finding) []report.Finding {
		fs, echoes := det.Find(in.Opinion, framing.Context{Source: in.Source, Copied: in.Copied,
			Counterpart: in.Counterpart, Contradicted: judgedPassage(found, report.Unsupported, report.ContradictsSource),
			Restated: judgedPassage(found, report.Paraphrase, "")})
		noteEchoes(in.Opinion, found, echoes)
		return append(found, fs...)
	})
	// END framing stage
	stages = append(stages, certaintyClaims, characterisations)
	return stages, nil
}

// judgedPassage returns, for an opinion offset, the source passage of the claims stage's finding
// of one kind and subkind (a contradiction, a paraphrase) in the claim holding it.
func judgedPassage(found []report.Finding, kind report.Kind, subkind report.Subkind) func(offset int) (document.Span, bool) {
	var judged []report.Finding
	for _, f := range found {
		if f.Kind == kind && f.Subkind == subkind && f.Side == report.Opinion &&
			len(f.Evidence) > 0 && f.Evidence[0].Side == report.Source {
			judged = append(judged, f)
		}
	}
	slices.SortFunc(judged, func(a, b report.Finding) int { return a.Start - b.Start })
	return func(offset int) (document.Span, bool) {
		// The last claim starting at or before the offset is the only one that may hold it:
		// claims do not nest.
		i := sort.Search(len(judged), func(i int) bool { return judged[i].Start > offset }) - 1
		if i < 0 || offset >= judged[i].End {
			return document.Span{}, false
		}
		ev := judged[i].Evidence[0]
		return document.Span{Start: ev.Start, End: ev.End}, true
	}
}

// noteEchoes tells, in the explanation of each quote, the loaded language it keeps from the
// source: the source's own, not framing the writer added ("'disaster' is the source's own word,
// not the writer's framing").
func noteEchoes(op *document.Document, found []report.Finding, echoes []framing.Echo) {
	for i := range found {
		q := &found[i]
		if q.Kind != report.Quote || q.Side != report.Opinion || q.Subkind == report.Unsourced {
			continue
		}
		var words []string
		// Echoes come in document order: start at the first that may lie in the quote.
		first := sort.Search(len(echoes), func(k int) bool { return echoes[k].Start >= q.Start })
		for _, e := range echoes[first:] {
			if e.Start >= q.End {
				break
			}
			if e.Subkind == framing.Hedge || e.Subkind == report.CertaintyShift || e.End > q.End {
				continue // how sure the source is: the claims check compares that, it is no loaded language
			}
			if w := "'" + op.Slice(e.Span) + "'"; !slices.Contains(words, w) {
				words = append(words, w)
			}
		}
		switch n := len(words); n {
		case 0:
		case 1:
			q.Explanation += " " + words[0] + " is the source's own wording, not framing the writer added."
		default:
			q.Explanation += " " + strings.Join(words[:n-1], ", ") + " and " + words[n-1] + " are the source's own wording, not framing the writer added."
		}
	}
}

// addsHedge reports whether a certainty shift is the writer hedging what the source states: its
// only edit inserts the hedge.
func addsHedge(shift report.Finding) bool {
	return len(shift.Edits) == 1 && shift.Edits[0].Op == report.Insert
}

// certaintyClaims turns a certainty shift (framing: the opinion states as certain what the source
// hedged) into the contradiction of the claim it sits in: the source supports the content, not the
// degree of certainty. A paraphrase holding the shift becomes a contradiction, and so does a
// clause judged not in the source (the source does speak to it: it hedges it). A checkable clause
// that the claims stage left unjudged, because its wording shares too little with the source,
// gets a finding of its own, with the shift's hedged source passage as evidence.
func certaintyClaims(in *Input, found []report.Finding) []report.Finding {
	var added []report.Finding
	for _, shift := range found {
		if shift.Kind != report.Framing || shift.Subkind != report.CertaintyShift || addsHedge(shift) {
			continue // a hedge the writer added makes the claim less certain than the source, not more
		}
		if strings.HasSuffix(shift.Explanation, framing.UnclaimedProof+".") {
			continue // proof claimed where the source hedged nothing: the wording overstates, the claim stands
		}
		judged := false
		for i := range found {
			p := &found[i]
			if p.Side == report.Opinion && p.Kind == report.Unsupported && p.Start >= shift.End &&
				strings.TrimSpace(in.Opinion.Text[shift.End:p.Start]) == ":" {
				// "The samples settle the matter: the overflows drove bacteria up": the claim the
				// shift is about follows it, and is judged already.
				judged = true
			}
			if p.Side != report.Opinion || shift.Start < p.Start || shift.End > p.End {
				continue
			}
			switch {
			case p.Kind == report.Paraphrase:
				p.Kind, p.Subkind = report.Unsupported, report.ContradictsSource
				p.Explanation = "Restates the source but with more certainty than it has. " + shift.Explanation
				judged = true
			case p.Kind == report.Unsupported && p.Subkind == report.NotInSource:
				p.Subkind = report.ContradictsSource
				p.Explanation = "States as certain what the source hedges. " + shift.Explanation
				p.Evidence = slices.Clone(shift.Evidence)
				judged = true
			case p.Kind == report.Unsupported, p.Kind == report.Quote:
				judged = true
			}
		}
		if judged || in.Clause == nil {
			continue
		}
		clause, ok := in.Clause(shift.Start)
		if !ok || slices.ContainsFunc(added, func(f report.Finding) bool { return f.Start == clause.Start }) {
			continue
		}
		added = append(added, report.Finding{
			Kind: report.Unsupported, Subkind: report.ContradictsSource, Side: report.Opinion,
			Start: clause.Start, End: clause.End, Text: in.Opinion.Slice(clause),
			Explanation: "States as certain what the source hedges. " + shift.Explanation,
			Evidence:    slices.Clone(shift.Evidence),
		})
	}
	return append(found, added...)
}

// characterisations drops the "not in source" judgement of a clause that carries the writer's
// own evaluative wording (loaded language, an appeal, a normative or insinuating phrase) and no
// figure: "the drivers got their fat envelopes" is the writer's characterisation, which the
// framing findings inside it explain, rather than a report of fact to look up in the source. An
// emotive word alone does not make a clause a characterisation, nor does a word chosen over the
// source's wording in a clause that retells it.
// Contradictions and claims credited elsewhere are kept.
func characterisations(_ *Input, found []report.Finding) []report.Finding {
	var judgements []report.Finding // read before found is edited in place
	// Wondering that opens a clause ("One does wonder how many of the objectors ...") asks what
	// follows; it does not state it. ("Funny how the counters happened to fail" still states that
	// they failed.)
	var wonders []report.Finding
	for _, f := range found {
		if f.Kind == report.Framing && evaluative[f.Subkind] && !framing.Emotive(f) && !framing.Retold(f) && !sentenceAdverb(f.Text) {
			judgements = append(judgements, f)
		}
		if f.Kind == report.Framing && f.Subkind == report.Speculation && wondering(f.Text) {
			wonders = append(wonders, f)
		}
	}
	return slices.DeleteFunc(found, func(f report.Finding) bool {
		if f.Kind != report.Unsupported || f.Subkind != report.NotInSource {
			return false
		}
		if slices.ContainsFunc(wonders, func(w report.Finding) bool {
			return w.Start >= f.Start && w.End < f.End && w.Start-f.Start <= len(f.Text) && onlyOpeners(f.Text[:w.Start-f.Start])
		}) {
			return true
		}
		return !hasFigure(f.Text) && slices.ContainsFunc(judgements, func(j report.Finding) bool {
			return j.Start >= f.Start && j.End <= f.End && !announces(f, j)
		})
	})
}

// announces reports whether framing j opens clause f and a colon ends it: "Make no mistake: the
// council will close the pool" vouches for what follows the colon; it does not make it the
// writer's judgement.
func announces(f, j report.Finding) bool {
	rest := f.Text[j.End-f.Start:]
	return onlyOpeners(f.Text[:j.Start-f.Start]) && strings.HasPrefix(strings.TrimSpace(rest), ":")
}

// evaluative are the framing devices that make a clause the writer's judgement. Insinuation and
// presupposition ("finally", "the fact that", "one has to wonder whether") frame a statement
// without making it one: a clause that holds them may still assert something to check (measured:
// unsupported F1 0.729 -> 0.734 on the development pairs, 0.568 -> 0.570 held out).
var evaluative = map[report.Subkind]bool{
	report.LoadedLanguage: true, report.Appeal: true, report.Normative: true,
}

// wondering reports whether a speculation asks or suspects rather than states: "one has to
// wonder", "one has to ask", "it is hard not to suspect", "it is hard to believe". "In case you
// were wondering" announces a statement instead.
func wondering(text string) bool {
	lower := strings.ToLower(text)
	return (strings.Contains(lower, "wonder") || strings.Contains(lower, " ask") ||
		strings.Contains(lower, " suspect") || strings.Contains(lower, "hard to believe")) && !strings.Contains(lower, "in case")
}

// onlyOpeners reports whether the words of a clause before its wondering are only a conjunction
// and a dummy subject ("It is hard not to suspect", "And one has to wonder"): then the wondering
// opens the clause.
func onlyOpeners(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch strings.Trim(w, ",") {
		case "and", "but", "so", "yet", "it", "is", "it's", "was", "one", "you", "i", "we":
		default:
			return false
		}
	}
	return true
}

// hasFigure reports whether text holds a digit.
func hasFigure(text string) bool {
	return strings.ContainsAny(text, "0123456789")
}

// sentenceAdverb reports whether framing text is one adverb in -ly ("predictably", "conveniently"):
// the writer's comment on a statement, which leaves the statement a report of fact.
func sentenceAdverb(text string) bool {
	return !strings.ContainsAny(text, " -") && strings.HasSuffix(strings.ToLower(text), "ly")
}
