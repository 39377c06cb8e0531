package align

import (
	"strings"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// wordEdits computes the word-level edits that turn source words [s0, s1) into opinion words
// [o0, o1), with document.DiffWords. A deletion where the opinion shows an ellipsis is an elision.
func wordEdits(opinion, source *document.Document, o0, o1, s0, s1 int) []report.Edit {
	steps := document.DiffWords(source.Words[s0:s1], opinion.Words[o0:o1])
	var edits []report.Edit
	si, oi := s0, o0
	for i := 0; i < len(steps); i++ {
		n := steps[i].N
		switch steps[i].Op {
		case document.Same:
			si += n
			oi += n
		case document.Delete:
			from := surface(source, si, si+n)
			op := report.Delete
			if oi > o0 && oi < o1 && hasEllipsis(opinion.Text[opinion.Words[oi-1].End:opinion.Words[oi].Start]) {
				op = report.Elide
			}
			si += n
			if i+1 < len(steps) && steps[i+1].Op == document.Insert {
				m := steps[i+1].N
				edits = append(edits, report.Edit{Op: report.Replace, From: from, To: surface(opinion, oi, oi+m)})
				oi += m
				i++
				continue
			}
			edits = append(edits, report.Edit{Op: op, From: from})
		case document.Insert:
			to := surface(opinion, oi, oi+n)
			oi += n
			if i+1 < len(steps) && steps[i+1].Op == document.Delete {
				m := steps[i+1].N
				edits = append(edits, report.Edit{Op: report.Replace, From: surface(source, si, si+m), To: to})
				si += m
				i++
				continue
			}
			edits = append(edits, report.Edit{Op: report.Insert, To: to})
		}
	}
	return edits
}

// surface returns the text of words [from, to) of a document, on one line.
func surface(d *document.Document, from, to int) string {
	if from >= to {
		return ""
	}
	return strings.Join(strings.Fields(d.Text[d.Words[from].Start:d.Words[to-1].End]), " ")
}
