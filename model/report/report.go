// Package report defines the result of an analysis: the documents as analysed, the findings on
// each side, and the summary figures. Its JSON form is the contract researchers rely on; field
// names may be added to, never renamed.
package report

import (
	"cmp"
	"slices"
	"strconv"
)

// Version is the version of the JSON report contract.
const Version = 1

// Report is the full result of analysing an opinion article against a source.
type Report struct {
	Version  int       `json:"version"`  // contract version, always Version
	Opinion  Doc       `json:"opinion"`  // the opinion article as analysed
	Source   *Doc      `json:"source"`   // the source as analysed; nil in framing-only mode
	Findings []Finding `json:"findings"` // sorted by side, then position
	Summary  Summary   `json:"summary"`  // headline figures
}

// Doc is a document as the analysis saw it: offsets in findings index into Text.
type Doc struct {
	Name   string `json:"name"`             // the input as the user named it (path, URL or "-")
	Title  string `json:"title"`            // detected title, may be empty
	Byline string `json:"byline,omitempty"` // author line of a web page, when one was found
	Text   string `json:"text"`             // the text exactly as analysed, after loading and sanitising
}

// Finding is one span of one document with a kind, an explanation and its evidence.
type Finding struct {
	ID          string     `json:"id"`               // stable identifier within the report: f1, f2, ...
	Kind        Kind       `json:"kind"`             // quote, paraphrase, framing, unsupported, used, omitted
	Subkind     Subkind    `json:"subkind"`          // refines the kind; empty for paraphrase, used, omitted
	Side        Side       `json:"side"`             // the document the span indexes into
	Start       int        `json:"start"`            // byte offset, inclusive
	End         int        `json:"end"`              // byte offset, exclusive
	Text        string     `json:"text"`             // equals the side's text[Start:End]
	Marked      *bool      `json:"marked,omitempty"` // quotes only: shown as a quotation by the opinion
	Explanation string     `json:"explanation"`      // one line a student can understand
	Evidence    []Evidence `json:"evidence"`         // linked spans in the other document, best first
	Edits       []Edit     `json:"edits,omitempty"`  // word-level edits of an edited quote or a contradiction
	Links       []string   `json:"links,omitempty"`  // IDs of findings on the other side this one pairs with
}

// Evidence is a span of the other document that supports or bears on a finding.
type Evidence struct {
	Side  Side    `json:"side"`  // the document the span indexes into
	Start int     `json:"start"` // byte offset, inclusive
	End   int     `json:"end"`   // byte offset, exclusive
	Text  string  `json:"text"`  // equals the side's text[Start:End]
	Score float64 `json:"score"` // similarity in [0, 1]
}

// RoundScore rounds a similarity score to three decimals, the precision every evidence score is
// reported with, so that scores print the same on every platform.
func RoundScore(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

// Edit is one word-level change between a source passage and its reuse.
type Edit struct {
	Op   EditOp `json:"op"`   // insert, delete or replace
	From string `json:"from"` // source words; empty for insert
	To   string `json:"to"`   // opinion words; empty for delete
}

// EditOp names a kind of word-level edit.
type EditOp string

// The word-level edit operations.
const (
	Insert  EditOp = "insert"  // words the opinion added
	Delete  EditOp = "delete"  // source words the opinion dropped
	Replace EditOp = "replace" // source words the opinion changed
	Elide   EditOp = "elide"   // source words dropped and shown with an ellipsis
)

// Summary holds the headline figures of a report.
type Summary struct {
	OpinionWords       int            `json:"opinion_words"`         // words in the opinion
	SourceWords        int            `json:"source_words"`          // words in the source, 0 without one
	QuotedShare        float64        `json:"quoted_share"`          // share of opinion words inside quotes
	MarkedQuotedShare  float64        `json:"marked_quoted_share"`   // share of opinion words inside marked quotes
	ParaphrasedShare   float64        `json:"paraphrased_share"`     // share of opinion words inside paraphrases
	FramingPer100Words float64        `json:"framing_per_100_words"` // framing findings per 100 opinion words
	Unsupported        int            `json:"unsupported"`           // unsupported findings of every subkind
	ContradictsSource  int            `json:"contradicts_source"`    // unsupported findings that contradict the source
	SourceUsedShare    float64        `json:"source_used_share"`     // share of source words the opinion quotes or paraphrases
	Counts             map[string]int `json:"counts"`                // findings per "kind" and "kind/subkind"
}

// Sort orders findings by side (opinion first), then start, then longer spans first, then kind
// and subkind, and numbers them f1, f2, ... in that order. Links are renumbered to match.
func Sort(findings []Finding) {
	slices.SortStableFunc(findings, compare)
	renamed := make(map[string]string, len(findings))
	for i := range findings {
		id := "f" + strconv.Itoa(i+1)
		if findings[i].ID != "" {
			renamed[findings[i].ID] = id
		}
		findings[i].ID = id
	}
	for i := range findings {
		for j, link := range findings[i].Links {
			if id, ok := renamed[link]; ok {
				findings[i].Links[j] = id
			}
		}
	}
}

func compare(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.Side.order(), b.Side.order()),
		cmp.Compare(a.Start, b.Start),
		cmp.Compare(b.End, a.End),
		cmp.Compare(a.Kind.order(), b.Kind.order()),
		cmp.Compare(a.Subkind, b.Subkind),
		cmp.Compare(a.Text, b.Text),
	)
}
