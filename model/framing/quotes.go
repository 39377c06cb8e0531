package framing

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/document"
)

// quotation is a span of text in quotation marks, marks included.
type quotation struct {
	document.Span
	markLen int  // bytes of the opening mark (the closing one is the same length or shorter)
	closed  bool // false when the paragraph ended before the closing mark
	nested  bool // inside another quotation
}

// quoteIndex holds the quotations of a document.
type quoteIndex struct {
	all   []quotation     // every quotation, in order of opening
	outer []document.Span // the outermost quotations, for inside checks
}

// inside reports whether an offset lies inside quotation marks.
func (q *quoteIndex) inside(offset int) bool {
	i := sort.Search(len(q.outer), func(i int) bool { return q.outer[i].End > offset })
	return i < len(q.outer) && q.outer[i].Start < offset
}

// findQuotes finds the quotations of each paragraph: double quotes straight or curly, guillemets,
// and single quotes told apart from apostrophes by the letters around them. A double quotation
// still open at the end of its paragraph runs to the paragraph's end, as in English prose.
func findQuotes(doc *document.Document) *quoteIndex {
	q := &quoteIndex{}
	for _, p := range doc.Paragraphs {
		q.paragraph(doc.Text, p)
	}
	sort.SliceStable(q.all, func(i, j int) bool { return q.all[i].Start < q.all[j].Start })
	end := -1
	for i := range q.all {
		a := &q.all[i]
		if a.Start < end {
			a.nested = true
			continue
		}
		q.outer = append(q.outer, a.Span)
		end = a.End
	}
	return q
}

func (q *quoteIndex) paragraph(text string, p document.Span) {
	dbl, sgl := -1, -1 // offsets of the open double and single marks, or -1
	dblLen := 0
	for i := p.Start; i < p.End; {
		r, size := utf8.DecodeRuneInString(text[i:p.End])
		prev, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
		next, _ := utf8.DecodeRuneInString(text[i+size : p.End])
		if i == p.Start {
			prev = ' '
		}
		if i+size >= p.End {
			next = ' '
		}
		switch r {
		case '“', '«', '„':
			dbl, dblLen = i, size
		case '”', '»':
			if dbl >= 0 {
				q.add(dbl, i+size, dblLen, true)
				dbl, sgl = -1, -1
			}
		case '"':
			switch {
			case dbl >= 0:
				q.add(dbl, i+size, dblLen, true)
				dbl, sgl = -1, -1
			case !unicode.IsSpace(next):
				dbl, dblLen = i, size
			}
		case '‘':
			if !isWordRune(prev) {
				sgl = i
			}
		case '’', '\'':
			switch {
			case sgl >= 0 && !isWordRune(next) && i > sgl+size:
				q.add(sgl, i+size, size, true)
				sgl = -1
			case r == '\'' && sgl < 0 && !isWordRune(prev) && isWordRune(next):
				sgl = i
			}
		}
		i += size
	}
	if dbl >= 0 {
		q.add(dbl, p.End, dblLen, false)
	}
}

func (q *quoteIndex) add(start, end, markLen int, closed bool) {
	q.all = append(q.all, quotation{Span: document.Span{Start: start, End: end}, markLen: markLen, closed: closed})
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
