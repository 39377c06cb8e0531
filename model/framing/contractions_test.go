package framing

import (
	"slices"
	"testing"

	"github.com/reframe-dev/reframe/model/report"
)

func TestContractionVariants(t *testing.T) {
	tests := []struct {
		phrase string
		want   []string
	}{
		{"it is telling", []string{"it's telling"}},
		{"it's telling", []string{"it is telling"}},
		{"would not be surprised", []string{"wouldn't be surprised"}},
		{"they don't want you to know", []string{"they do not want you to know"}},
		{"we are told it is fine", []string{"we're told it's fine"}},
		{"we would not be shocked", []string{"we wouldn't be shocked"}},
		{"cannot", []string{"can't"}},
		{"don't/doesn't add up", nil}, // alternatives are left as written
		{"=it is telling", nil},       // so are exact forms
		{"bombshell", nil},            // nothing to rewrite
		{"what is * hiding", []string{"what's * hiding"}},
	}
	for _, tt := range tests {
		if got := contractionVariants(tt.phrase); !slices.Equal(got, tt.want) {
			t.Errorf("contractionVariants(%q) = %q, want %q", tt.phrase, got, tt.want)
		}
	}
}

func TestContractedTwinsMatch(t *testing.T) {
	d, err := New([]byte("we would not be shocked | speculation\nthey're hiding | speculation\n"), "mine.txt")
	if err != nil {
		t.Fatal(err)
	}
	fs, _ := findIn(t, d, "We wouldn't be shocked if they are hiding the rest.", "")
	if g := gots(fs); !sameGots(g, []got{{"We wouldn't be shocked", report.Speculation}, {"they are hiding", report.Speculation}}) {
		t.Errorf("got %v, want both twins found", g)
	}
}
