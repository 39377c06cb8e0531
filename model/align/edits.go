package align

import (
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// wordEdits computes the word-level edits that turn source words [s0, s1) into opinion words
// [o0, o1), with go-diff run over words (each distinct normalised word mapped to one rune). A
// deletion where the opinion shows an ellipsis is an elision.
func wordEdits(opinion, source *document.Document, o0, o1, s0, s1 int) []report.Edit {
	ids := map[string]rune{}
	encode := func(words []document.Word) []rune {
		out := make([]rune, len(words))
		for i, w := range words {
			id, ok := ids[w.Norm]
			if !ok {
				id = rune(0xE000 + len(ids)) // private use area: never a real word's rune
				if id > 0xF8FF {
					id = rune(0xF0000 + len(ids))
				}
				ids[w.Norm] = id
			}
			out[i] = id
		}
		return out
	}
	src, op := encode(source.Words[s0:s1]), encode(opinion.Words[o0:o1])
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffMainRunes(src, op, false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	var edits []report.Edit
	si, oi := s0, o0
	for i := 0; i < len(diffs); i++ {
		d := diffs[i]
		n := len([]rune(d.Text))
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			si += n
			oi += n
		case diffmatchpatch.DiffDelete:
			from := surface(source, si, si+n)
			op := report.Delete
			if oi > o0 && oi < o1 && hasEllipsis(opinion.Text[opinion.Words[oi-1].End:opinion.Words[oi].Start]) {
				op = report.Elide
			}
			si += n
			if i+1 < len(diffs) && diffs[i+1].Type == diffmatchpatch.DiffInsert {
				m := len([]rune(diffs[i+1].Text))
				edits = append(edits, report.Edit{Op: report.Replace, From: from, To: surface(opinion, oi, oi+m)})
				oi += m
				i++
				continue
			}
			edits = append(edits, report.Edit{Op: op, From: from})
		case diffmatchpatch.DiffInsert:
			to := surface(opinion, oi, oi+n)
			oi += n
			if i+1 < len(diffs) && diffs[i+1].Type == diffmatchpatch.DiffDelete {
				m := len([]rune(diffs[i+1].Text))
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
