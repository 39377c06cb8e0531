package report

// Side names the document a span indexes into.
type Side string

// The two sides of an analysis.
const (
	Opinion Side = "opinion" // the article that reframes
	Source  Side = "source"  // the report it cites
)

func (s Side) order() int {
	if s == Opinion {
		return 0
	}
	return 1
}

// Other returns the opposite side.
func (s Side) Other() Side {
	if s == Opinion {
		return Source
	}
	return Opinion
}

// String returns the side's name.
func (s Side) String() string { return string(s) }

// Kind is the broad class of a finding.
type Kind string

// The kinds of findings, opinion side first.
const (
	Quote       Kind = "quote"       // a passage reproduced from the source
	Paraphrase  Kind = "paraphrase"  // source content restated in other words
	Framing     Kind = "framing"     // evaluation or rhetoric the writer added
	Unsupported Kind = "unsupported" // an assertion this source does not support
	Used        Kind = "used"        // source side: a passage the opinion reuses
	Omitted     Kind = "omitted"     // source side: salient content the opinion leaves out
)

// Kinds lists every kind in display order.
var Kinds = []Kind{Quote, Paraphrase, Framing, Unsupported, Used, Omitted}

func (k Kind) order() int {
	for i, kind := range Kinds {
		if kind == k {
			return i
		}
	}
	return len(Kinds)
}

// String returns the kind's name.
func (k Kind) String() string { return string(k) }

// Subkind refines a kind.
type Subkind string

// Quote subkinds.
const (
	Verbatim  Subkind = "verbatim"  // word for word
	Edited    Subkind = "edited"    // with small word-level changes
	Misquote  Subkind = "misquote"  // marked as a quotation but materially different
	Unsourced Subkind = "unsourced" // marked as a quotation with no counterpart in the source
)

// Framing subkinds.
const (
	LoadedLanguage     Subkind = "loaded-language"     // emotive or evaluative words
	Intensifier        Subkind = "intensifier"         // absolutes and amplifiers
	Speculation        Subkind = "speculation"         // insinuation presented as a question of wonder
	RhetoricalQuestion Subkind = "rhetorical-question" // a question that implies its own answer
	Distancing         Subkind = "distancing"          // so-called, scare quotes
	Presupposition     Subkind = "presupposition"      // wording that takes a contested point as given
	Normative          Subkind = "normative"           // must, should, deserve
	Appeal             Subkind = "appeal"              // to common sense, fear, identity
	CertaintyShift     Subkind = "certainty-shift"     // certainty where the source hedged, or the reverse
)

// FramingSubkinds lists the framing subkinds in display order.
var FramingSubkinds = []Subkind{LoadedLanguage, Intensifier, Speculation, RhetoricalQuestion,
	Distancing, Presupposition, Normative, Appeal, CertaintyShift}

// Unsupported subkinds.
const (
	NotInSource         Subkind = "not-in-source"        // nothing in the source supports it
	ContradictsSource   Subkind = "contradicts-source"   // the matching source passage says otherwise
	AttributedElsewhere Subkind = "attributed-elsewhere" // credited to another source, not checkable here
)

// String returns the subkind's name.
func (s Subkind) String() string { return string(s) }

// Label returns "kind" or "kind/subkind".
func (f Finding) Label() string {
	if f.Subkind == "" {
		return string(f.Kind)
	}
	return string(f.Kind) + "/" + string(f.Subkind)
}
