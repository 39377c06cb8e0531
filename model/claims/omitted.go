package claims

import (
	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

var caveatWords = map[string]bool{
	"however": true, "but": true, "although": true, "though": true, "caution": true,
	"cautioned": true, "warned": true, "caveat": true, "limitation": true, "limitations": true,
	"uncertain": true, "unclear": true, "cannot": true, "not": true, "may": true, "might": true,
	"denied": true, "disputed": true, "rejected": true, "margin": true, "error": true,
}

// omitted lists the source sentences that carry a figure or a caveat and that no used passage
// covers: the content a reader of the opinion alone never sees.
func omitted(src *document.Document, used []document.Span) []report.Finding {
	var out []report.Finding
	for _, s := range src.Sentences {
		if s.EndWord-s.FirstWord < 5 || s.Paragraph == 0 {
			continue
		}
		covered := 0
		for _, u := range used {
			covered += s.Overlap(u)
		}
		if covered*3 > s.Len() {
			continue
		}
		figure, caveat := false, false
		for w := s.FirstWord; w < s.EndWord; w++ {
			n := src.Words[w].Norm
			if n != "" && n[0] >= '0' && n[0] <= '9' {
				figure = true
			}
			if caveatWords[n] {
				caveat = true
			}
		}
		var why string
		switch {
		case figure && caveat:
			why = "A figure and a caveat the opinion leaves out."
		case caveat:
			why = "A caveat or counterpoint the opinion leaves out."
		case figure:
			why = "A figure the opinion leaves out."
		default:
			continue
		}
		out = append(out, report.Finding{
			Kind: report.Omitted, Side: report.Source, Start: s.Start, End: s.End, Text: src.Slice(s.Span),
			Explanation: why,
		})
	}
	return out
}
