package claims

import "testing"

// TestWordsAroundEndsAtPhrase: an excerpt runs on to the end of its phrase, a punctuation mark
// within six words; without one it does not end on a little word such as "of" or "the".
func TestWordsAroundEndsAtPhrase(t *testing.T) {
	for _, tt := range []struct {
		text, at string
		want     string
	}{
		{"The Directorate found no evidence of a risk to national food supply. Stocks are high.", "no",
			"Directorate found no evidence of a risk to national food supply"},
		{"Revenue rose 24 per cent to $301.4 million, driven by new orders.", "24",
			"Revenue rose 24 per cent to $301.4 million"},
		{"The board may extend the scheme to the rest of the northern districts of the old county in time for the winter.", "may",
			"The board may extend the scheme"},
	} {
		d := load(t, tt.text)
		i := -1
		for k := range d.Words {
			if d.Words[k].Norm == tt.at {
				i = k
				break
			}
		}
		if got := wordsAround(d, i, 0, len(d.Words), 2, 4); got != tt.want {
			t.Errorf("wordsAround(%q at %q) = %q, want %q", tt.text, tt.at, got, tt.want)
		}
	}
}
