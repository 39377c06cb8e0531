// Package eval scores an analysis against gold annotations written by people: per kind
// precision, recall and F1, pooled over a corpus and per pair, plus character-level F1 for quotes.
// It is pure: gold and reports in, scores out. Reading the corpus from disk is the caller's job.
package eval

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// Gold is the annotation of one pair, as stored in gold.json.
type Gold struct {
	Name       string     `json:"name"`       // the pair's folder name
	Genre      string     `json:"genre"`      // e.g. "court ruling -> commentary"
	Techniques string     `json:"techniques"` // how the opinion reframes the source
	Items      []GoldItem `json:"items"`      // what a careful reader finds in the opinion
	Omitted    []GoldItem `json:"omitted"`    // salient source content the opinion leaves out
}

// GoldItem is one annotated span.
type GoldItem struct {
	Kind       report.Kind    `json:"kind"`                 // quote, paraphrase, framing, unsupported
	Subkind    report.Subkind `json:"subkind,omitempty"`    // refines the kind
	Marked     *bool          `json:"marked,omitempty"`     // quotes: shown as a quotation
	Text       string         `json:"text,omitempty"`       // exact substring of the opinion
	Source     string         `json:"source,omitempty"`     // exact substring of the source
	Occurrence int            `json:"occurrence,omitempty"` // which occurrence of Text, 1-based
	Note       string         `json:"note,omitempty"`       // free comment
}

// Span is a resolved gold item: its byte range in the analysed opinion text, or in the source
// text for an omission (kind omitted, with Text set to the source excerpt).
type Span struct {
	GoldItem
	document.Span
}

// ParseGold reads a gold.json file's content.
func ParseGold(data []byte) (*Gold, error) {
	var g Gold
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("reading gold: %w", err)
	}
	return &g, nil
}

// Resolve finds every gold item's span in the opinion text, and every omission's in the source
// text (and checks source excerpts against the source text). Every problem is reported, not
// only the first.
func (g *Gold) Resolve(opinion, source string) ([]Span, error) {
	var spans []Span
	var problems []string
	for i, it := range g.Items {
		start := nthIndex(opinion, it.Text, max(it.Occurrence, 1))
		if it.Text == "" || start < 0 {
			problems = append(problems, fmt.Sprintf("item %d (%s): text not found in the opinion: %q", i+1, it.Kind, it.Text))
			continue
		}
		if it.Source != "" && !strings.Contains(source, it.Source) {
			problems = append(problems, fmt.Sprintf("item %d (%s): source excerpt not found in the source: %q", i+1, it.Kind, it.Source))
		}
		spans = append(spans, Span{GoldItem: it, Span: document.Span{Start: start, End: start + len(it.Text)}})
	}
	for i, it := range g.Omitted {
		start := nthIndex(source, it.Source, max(it.Occurrence, 1))
		if it.Source == "" || start < 0 {
			problems = append(problems, fmt.Sprintf("omitted %d: not found in the source: %q", i+1, it.Source))
			continue
		}
		// An omission is scored on the source side: its span is in the source text.
		it.Kind, it.Text = report.Omitted, it.Source
		spans = append(spans, Span{GoldItem: it, Span: document.Span{Start: start, End: start + len(it.Source)}})
	}
	if len(problems) > 0 {
		return spans, fmt.Errorf("%s: %s", g.Name, strings.Join(problems, "; "))
	}
	return spans, nil
}

func nthIndex(s, sub string, n int) int {
	if sub == "" {
		return -1
	}
	offset := 0
	for {
		i := strings.Index(s[offset:], sub)
		if i < 0 {
			return -1
		}
		n--
		if n == 0 {
			return offset + i
		}
		offset += i + 1
	}
}
