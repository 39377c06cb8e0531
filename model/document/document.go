// Package document turns the bytes of an article into the text the analysis works on: decoded,
// sanitised, stripped of markup, and segmented into paragraphs, sentences and words with byte
// offsets into that text. It is pure: bytes in, a Document out, no I/O.
package document

import (
	"sort"
	"strings"
)

// Span is a half-open byte range [Start, End) of a document's text.
type Span struct {
	Start int // byte offset, inclusive
	End   int // byte offset, exclusive
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Overlap returns how many bytes two spans share.
func (s Span) Overlap(o Span) int {
	return max(0, min(s.End, o.End)-max(s.Start, o.Start))
}

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Sentence is a sentence of a document.
type Sentence struct {
	Span
	Paragraph int // index of the paragraph that holds it
	FirstWord int // index of its first word in Document.Words
	EndWord   int // index one past its last word
}

// Word is a word of a document with its normalised form and stem.
type Word struct {
	Span
	Norm     string // folded: lower case, quotes, dashes and diacritics folded, digit groups joined
	Stem     string // Snowball English stem of Norm
	Sentence int    // index of the sentence that holds it
}

// Document is an article ready for analysis. All offsets index into Text.
type Document struct {
	Name        string     // the input as the user named it
	Title       string     // detected title, may be empty
	Byline      string     // author line found in HTML, may be empty
	Format      Format     // the format it was read as
	Text        string     // the sanitised text the analysis works on
	Paragraphs  []Span     // paragraphs, in order, trimmed of surrounding blank space
	BlockQuotes []Span     // paragraphs the document shows as block quotations
	Sentences   []Sentence // sentences, in order
	Words       []Word     // words, in order
	Stats       Stats      // what loading had to repair
}

// Stats counts the repairs made while loading a document.
type Stats struct {
	InvalidSequences int // invalid byte sequences replaced with U+FFFD
	ControlChars     int // control characters replaced with a visible placeholder
}

// Excerpt returns the text of words [from, to) on one line, its runs of spaces and line breaks
// folded to one space; "" when the range is empty.
func (d *Document) Excerpt(from, to int) string {
	if from >= to {
		return ""
	}
	return strings.Join(strings.Fields(d.Text[d.Words[from].Start:d.Words[to-1].End]), " ")
}

// WordSpan returns the text span from the start of word from to the end of word to-1: the
// inverse of WordsIn. The range must hold at least one word.
func (d *Document) WordSpan(from, to int) Span {
	return Span{Start: d.Words[from].Start, End: d.Words[to-1].End}
}

// WordsIn returns the index range [from, to) of the words that lie inside span.
func (d *Document) WordsIn(span Span) (from, to int) {
	from = searchWords(d.Words, span.Start)
	to = from
	for to < len(d.Words) && d.Words[to].End <= span.End {
		to++
	}
	return from, to
}

// searchWords returns the index of the first word that starts at or after offset.
func searchWords(words []Word, offset int) int {
	lo, hi := 0, len(words)
	for lo < hi {
		mid := (lo + hi) / 2
		if words[mid].Start < offset {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// ParagraphAt returns the index of the paragraph holding offset, or -1.
func (d *Document) ParagraphAt(offset int) int {
	lo, hi := 0, len(d.Paragraphs)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.Paragraphs[mid].End <= offset {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(d.Paragraphs) && d.Paragraphs[lo].Start <= offset {
		return lo
	}
	return -1
}

// SentenceAt returns the index of the sentence holding offset, or -1.
func (d *Document) SentenceAt(offset int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.Sentences[mid].End <= offset {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= offset {
		return lo
	}
	return -1
}

// InBlockQuote reports whether span lies inside one of the document's block quotations.
func (d *Document) InBlockQuote(span Span) bool {
	i := sort.Search(len(d.BlockQuotes), func(i int) bool { return d.BlockQuotes[i].End >= span.End })
	return i < len(d.BlockQuotes) && d.BlockQuotes[i].Contains(span)
}

// Slice returns the text of a span.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }
