package framing

import (
	"slices"
	"strings"
	"testing"
)

// TestHeadlineWording: the headline's words that the source never uses are the writer's framing;
// the source's words, names the body uses, figures and a plain news headline are not.
func TestHeadlineWording(t *testing.T) {
	const source = `Museum review

The council's review of its museums recommends merging Tanners' Hall into the Kellsbridge museum. Visitor numbers at Tanners' Hall fell by 18 per cent over three years. Late opening on Fridays was tried in 2023.`
	tests := []struct {
		name, title string
		want        []string // the headline findings, in order
	}{
		{"wording of the writer's own", "Death by Spreadsheet: The Council's Plot to Erase Tanners' Hall", []string{"Death", "Erase"}}, // "by Spreadsheet" and "Plot" are the lexicon's
		{"the source's own words", "The Council's Review Recommends Merging Tanners' Hall", nil},
		{"a name the body uses", "Ferrand and the Tanners' Hall Review", nil},
		{"figures", "Visitor Numbers at Tanners' Hall Fell 18 Per Cent in Three Years", nil},
		{"a compound with a word of the source's", "Late-night Fridays at Tanners' Hall", nil},
		{"a plain news headline", "Museum review finds visitor numbers fell at Tanners' Hall", nil},
	}
	for _, tt := range tests {
		opinion := tt.title + "\n\nThe hall should stay open, says Councillor Ferrand. The review came out on Monday, and Tanners' Hall is on the list.\n"
		fs, _ := findIn(t, builtin(), opinion, source)
		var got []string
		for _, f := range fs {
			if strings.HasPrefix(f.Explanation, "Headline wording") {
				got = append(got, f.Text)
				if !strings.Contains(f.Explanation, "'"+f.Text+"'") {
					t.Errorf("%s: explanation %q does not quote %q", tt.name, f.Explanation, f.Text)
				}
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: headline findings %q, want %q", tt.name, got, tt.want)
		}
	}
	// Without a source there is nothing to tell the writer's words from the report's; a title of
	// a word or two is a label.
	for _, c := range []struct{ opinion, source string }{
		{"Death by Spreadsheet at Tanners' Hall\n\nThe review came out on Monday.\n", ""},
		{"Spreadsheets\n\nThe review came out on Monday.\n", source},
	} {
		fs, _ := findIn(t, builtin(), c.opinion, c.source)
		for _, f := range fs {
			if strings.HasPrefix(f.Explanation, "Headline wording") {
				t.Errorf("%q: headline finding %q", c.opinion, f.Text)
			}
		}
	}
}
