package document

import "testing"

func TestNumberWords(t *testing.T) {
	for _, tt := range []struct {
		word     string
		value    float64
		isNumber bool
		share    float64
	}{
		{"seven", 7, true, 0},
		{"dozen", 12, true, 0},
		{"half", 0.5, true, 50},
		{"hundreds", 0, true, 0},
		{"third", 0, false, 33.3},
		{"thirds", 0, false, 66.7},
		{"several", 0, false, 0},
		{"Seven", 0, false, 0}, // folded forms only
	} {
		if got := NumberValue(tt.word); got != tt.value {
			t.Errorf("NumberValue(%q) = %v, want %v", tt.word, got, tt.value)
		}
		if got := IsNumberWord(tt.word); got != tt.isNumber {
			t.Errorf("IsNumberWord(%q) = %v, want %v", tt.word, got, tt.isNumber)
		}
		if got := FractionShare(tt.word); got != tt.share {
			t.Errorf("FractionShare(%q) = %v, want %v", tt.word, got, tt.share)
		}
	}
	words := NumberWords()
	for i := 1; i < len(words); i++ {
		if words[i-1] >= words[i] {
			t.Fatalf("NumberWords not sorted and unique at %q, %q", words[i-1], words[i])
		}
	}
}
