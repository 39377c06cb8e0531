package framing

import (
	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// Detector finds framing in opinion articles. Build one with New and reuse it: it is read-only
// after construction and safe for concurrent use.
type Detector struct {
	lx *lexicon // the compiled lexicon
}

// New compiles the built-in lexicon and the user's extra lexicon (nil for none), whose entries
// override built-in ones with the same phrase. extraName names the extra lexicon in errors. A
// lexicon with bad lines gives an ErrorList with one "FILE:LINE: problem" error per bad line.
func New(extra []byte, extraName string) (*Detector, error) {
	lx, err := compileLexicon(extra, extraName)
	if err != nil {
		return nil, err
	}
	return &Detector{lx: lx}, nil
}

// Context is what the other analyses know about an opinion article. The zero value means
// framing-only mode: no source.
type Context struct {
	Source *document.Document // the report the opinion cites; nil in framing-only mode
	// Copied holds, per opinion word, whether it reproduces a source word inside an aligned or
	// quoted passage. When nil (or of the wrong length) and Source is set, the detector finds
	// runs of five or more words shared with the source itself.
	Copied []bool
	// Counterpart returns the source passage aligned with, or supporting, an opinion sentence.
	// For a sentence it gives no passage for (or when it is nil) and Source is set, the detector
	// picks the source sentence that shares the most distinctive words with it, if any shares
	// enough.
	Counterpart func(sentence int) (document.Span, bool)
	// Contradicted returns the source passage that the claims check found contradicting the
	// opinion's claim at an offset, if any: when that passage hedges, certain wording in the
	// claim is a certainty shift, whatever passage the sentence as a whole restates.
	Contradicted func(offset int) (document.Span, bool)
	// Restated returns the source passage that the claims check found the opinion's claim at an
	// offset restating, if any. A sentence whose clauses go different ways ("Availability has
	// collapsed from 84 to 71 per cent, and that is why our engines are late") may have no
	// counterpart as a whole, while its first clause plainly retells a passage.
	Restated func(offset int) (document.Span, bool)
}

// Echo is a lexicon match inside text the writer copied from the source, or restated from the
// source passage that uses the same words: the source's own language, not framing the writer
// added.
type Echo struct {
	document.Span                // where it is in the opinion
	Subkind       report.Subkind // what it would have been
	Phrase        string         // the lexicon phrase that matched
}

// Find returns the framing findings of an opinion article, in document order, and the echoes of
// source language that it did not report. Findings carry no ID: the pipeline numbers them.
func (d *Detector) Find(opinion *document.Document, ctx Context) (findings []report.Finding, echoes []Echo) {
	if opinion == nil {
		return nil, nil
	}
	r := newRun(d.lx, opinion, ctx)
	return r.find()
}
