package claims

import (
	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// followOn judges a clause too short to find a passage by itself ("and almost all of them said
// no") against the passage of the finding just before it in the same sentence, which the clause
// continues. Only its figures and shares are compared: a clause this short says little else that
// can be checked.
func followOn(op, src *document.Document, cl clause, previous report.Finding) (report.Finding, bool) {
	if !cl.checkable || len(previous.Evidence) == 0 || previous.End > cl.span.Start ||
		op.SentenceAt(previous.Start) != cl.sentence {
		return report.Finding{}, false
	}
	ev := previous.Evidence[0]
	passage := document.Span{Start: ev.Start, End: ev.End}
	from, to := src.WordsIn(passage)
	cq, pq, ok := conflict(quantities(op, cl.from, cl.to), quantities(src, from, to))
	if !ok {
		return report.Finding{}, false
	}
	return figureContradicted(op, src, cl, passage, cq, pq, []report.Evidence{ev}), true
}
