package align

import (
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
			from := excerptWithParts(source, si, si+n)
			op := report.Delete
			if oi > o0 && oi < o1 && hasEllipsis(opinion.Text[opinion.Words[oi-1].End:opinion.Words[oi].Start]) {
				op = report.Elide
			}
			si += n
			if i+1 < len(steps) && steps[i+1].Op == document.Insert {
				m := steps[i+1].N
				edits = append(edits, report.Edit{Op: report.Replace, From: from, To: excerptWithParts(opinion, oi, oi+m)})
				oi += m
				i++
				continue
			}
			edits = append(edits, report.Edit{Op: op, From: from})
		case document.Insert:
			to := excerptWithParts(opinion, oi, oi+n)
			oi += n
			if i+1 < len(steps) && steps[i+1].Op == document.Delete {
				m := steps[i+1].N
				edits = append(edits, report.Edit{Op: report.Replace, From: excerptWithParts(source, si, si+m), To: to})
				si += m
				i++
				continue
			}
			edits = append(edits, report.Edit{Op: report.Insert, To: to})
		}
	}
	return edits
}

// excerptWithParts returns the text of words [from, to) of d, marking with a hyphen a word part of a
// hyphenated word: an edit that takes the "e" of "e-scooters" shows "e-", one that takes the
// "capable" of "gigabit-capable" shows "-capable".
func excerptWithParts(d *document.Document, from, to int) string {
	text := d.Excerpt(from, to)
	if from > 0 && hyphenJoined(d, from-1) {
		text = "-" + text
	}
	if hyphenJoined(d, to-1) {
		text += "-"
	}
	return text
}

// hyphenJoined reports whether word i and the next are one hyphenated word.
func hyphenJoined(d *document.Document, i int) bool {
	return i+1 < len(d.Words) && d.Text[d.Words[i].End:d.Words[i+1].Start] == "-"
}
