package render

import (
	"strings"

	"github.com/reframe-dev/reframe/model/report"
)

// The sample pair is invented for these tests. Between them, its findings use every kind and
// subkind the renderers style, nest (a quote inside an unsupported sentence, framing inside a
// quote), cross (a paraphrase and an attribution that overlap without nesting), share a start,
// and carry text that needs escaping in every format.
const (
	sampleOpinion = `The Bombshell Report on Harbour Town

Officials finally admitted that "the harbour dredging released 40 tonnes of silt into the bay". Isn't it obvious who is to blame?

The reckless dredging released 4 tonnes of silt into the bay, the council said. The council said the works would end in March & cost <b>£2m</b>, according to the Daily Tide.

Some fish deaths were reported near the outfall. Thousands of fish died. A resident told us "we knew all along".
`
	sampleSource = `Harbour works update

The harbour dredging released 4 tonnes of silt into the bay, the council said. The works are expected to end in March. Some fish deaths were reported near the outfall. Tests found no lasting harm to water quality.
`
)

// sampleReport builds the report of the sample pair by hand, so that golden files do not move
// when the analysis changes.
func sampleReport() *report.Report {
	yes, no := true, false
	op := func(id string, kind report.Kind, sub report.Subkind, text string, nth int, expl string) report.Finding {
		start, end := locate(sampleOpinion, text, nth)
		return report.Finding{ID: id, Kind: kind, Subkind: sub, Side: report.Opinion, Start: start, End: end,
			Text: text, Explanation: expl, Evidence: []report.Evidence{}}
	}
	src := func(id string, kind report.Kind, text string, expl string, links ...string) report.Finding {
		start, end := locate(sampleSource, text, 1)
		return report.Finding{ID: id, Kind: kind, Side: report.Source, Start: start, End: end,
			Text: text, Explanation: expl, Evidence: []report.Evidence{}, Links: links}
	}
	evidence := func(text string, score float64) []report.Evidence {
		start, end := locate(sampleSource, text, 1)
		return []report.Evidence{{Side: report.Source, Start: start, End: end, Text: text, Score: score}}
	}

	misquote := op("mq", report.Quote, report.Misquote, "the harbour dredging released 40 tonnes of silt into the bay", 1,
		"Shown as a quotation, but the source says 4 tonnes, not 40.")
	misquote.Marked = &yes
	misquote.Edits = []report.Edit{{Op: report.Replace, From: "4", To: "40"}}
	misquote.Evidence = evidence("The harbour dredging released 4 tonnes of silt into the bay", 0.91)
	misquote.Links = []string{"used1"}

	edited := op("ed", report.Quote, report.Edited, "The reckless dredging released 4 tonnes of silt into the bay, the council said.", 1,
		"Copied from the source without quotation marks, with one word changed.")
	edited.Marked = &no
	edited.Edits = []report.Edit{{Op: report.Replace, From: "harbour", To: "reckless"}}
	edited.Evidence = evidence("The harbour dredging released 4 tonnes of silt into the bay, the council said.", 0.94)
	edited.Links = []string{"used1"}

	verbatim := op("vb", report.Quote, report.Verbatim, "Some fish deaths were reported near the outfall.", 1,
		"Copied word for word from the source, without quotation marks.")
	verbatim.Marked = &no
	verbatim.Evidence = evidence("Some fish deaths were reported near the outfall.", 1)
	verbatim.Links = []string{"used2"}

	unsourced := op("us", report.Quote, report.Unsourced, "we knew all along", 1,
		"Shown as a quotation, but nothing like it is in the source: it cannot be checked here.")
	unsourced.Marked = &yes

	contra := op("ct", report.Unsupported, report.ContradictsSource,
		`Officials finally admitted that "the harbour dredging released 40 tonnes of silt into the bay".`, 1,
		"The source gives 4 tonnes; this sentence says 40.")
	contra.Edits = []report.Edit{{Op: report.Replace, From: "4", To: "40"}}
	contra.Evidence = evidence("The harbour dredging released 4 tonnes of silt into the bay", 0.88)

	para := op("pa", report.Paraphrase, "", "the works would end in March", 1,
		"Restates the source in other words.")
	para.Evidence = evidence("The works are expected to end in March.", 0.71)

	findings := []report.Finding{
		op("lo1", report.Framing, report.LoadedLanguage, "Bombshell", 1,
			"'Bombshell' is loaded language: it signals importance without adding information."),
		contra,
		op("cs", report.Framing, report.CertaintyShift, "finally admitted", 1,
			"'Finally admitted' presents as a confession what the source reports as a routine update.\x1b[2J"),
		misquote,
		op("rq", report.Framing, report.RhetoricalQuestion, "Isn't it obvious who is to blame?", 1,
			"A rhetorical question: it implies its answer instead of stating and supporting it."),
		edited,
		op("lo2", report.Framing, report.LoadedLanguage, "reckless", 1,
			"'Reckless' is the writer's judgement, inserted into the source's words."),
		para,
		op("ae", report.Unsupported, report.AttributedElsewhere, "end in March & cost <b>£2m</b>, according to the Daily Tide.", 1,
			"Credited to the Daily Tide, not to this source: it cannot be checked here."),
		verbatim,
		op("ns", report.Unsupported, report.NotInSource, "Thousands of fish died.", 1,
			"The source mentions some fish deaths near the outfall, not thousands."),
		op("in", report.Framing, report.Intensifier, "Thousands", 1,
			"'Thousands' inflates the source's 'some'."),
		unsourced,
		src("used1", report.Used, "The harbour dredging released 4 tonnes of silt into the bay, the council said.",
			"The opinion reuses this passage.", "mq", "ed"),
		src("used2", report.Used, "Some fish deaths were reported near the outfall.", "The opinion reuses this passage.", "vb"),
		src("om", report.Omitted, "Tests found no lasting harm to water quality.",
			"A caveat the opinion leaves out: the source found no lasting harm."),
	}
	report.Sort(findings)
	return &report.Report{
		Version:  report.Version,
		Opinion:  report.Doc{Name: "opinion.html", Title: "The Bombshell Report on Harbour Town", Byline: "By A. Writer", Text: sampleOpinion},
		Source:   &report.Doc{Name: "https://example.org/harbour?a=1&b=2", Title: "Harbour works update", Text: sampleSource},
		Findings: findings,
		Summary: report.Summary{
			OpinionWords: 78, SourceWords: 40, QuotedShare: 0.4231, MarkedQuotedShare: 0.1923, ParaphrasedShare: 0.0641,
			FramingPer100Words: 6.4103, Unsupported: 3, ContradictsSource: 1, SourceUsedShare: 0.5,
			Counts: map[string]int{"quote": 4, "framing": 5, "unsupported": 3, "paraphrase": 1, "used": 2, "omitted": 1},
		},
	}
}

// locate returns the span of the nth occurrence of sub in text, and panics if there is none: the
// sample is fixed, so a miss is a mistake in this file.
func locate(text, sub string, nth int) (int, int) {
	from := 0
	for range nth {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			panic("sample: no occurrence of " + sub)
		}
		from += i + len(sub)
	}
	return from - len(sub), from
}
