package ui

import (
	"reflect"
	"testing"
)

func TestWrapText(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width int
		want  []string
	}{
		{"fits", "one two", 10, []string{"one two"}},
		{"breaks between words", "one two three", 7, []string{"one two", "three"}},
		{"drops spaces at a break", "one   two", 3, []string{"one", "two"}},
		{"keeps inner spaces", "a  b", 10, []string{"a  b"}},
		{"newlines end lines", "one\ntwo", 10, []string{"one", "two"}},
		{"blank lines stay", "one\n\ntwo\n", 10, []string{"one", "", "two", ""}},
		{"long word is cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"long word after a word", "ab cdefghij", 4, []string{"ab", "cdef", "ghij"}},
		{"wide characters", "漢字漢字漢", 4, []string{"漢字", "漢字", "漢"}},
		{"a control is one cell", "a\x1bb c", 3, []string{"a\x1bb", "c"}},
		{"empty", "", 5, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range wrapText(tt.text, tt.width) {
				got = append(got, tt.text[l.start:l.end])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("wrapText(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
			}
		})
	}
}

func TestLineOf(t *testing.T) {
	text := "one two three\nfour"
	lines := wrapText(text, 7) // "one two", "three", "four"
	for off, want := range map[int]int{0: 0, 4: 0, 7: 0, 8: 1, 13: 1, 14: 2, 18: 2} {
		if got := lineOf(lines, off); got != want {
			t.Errorf("lineOf(%d) = %d, want %d", off, got, want)
		}
	}
}
