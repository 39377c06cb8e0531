package render

import "testing"

func TestInert(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text\nand a tab\t.", "plain text\nand a tab\t."},
		{"esc \x1b[31m red", "esc \u241b[31m red"},
		{"8-bit csi \x9b31m", "8-bit csi \uFFFD31m"},
		{"c1 \u009b control", "c1 \uFFFD control"},
		{"bell \x07", "bell \u2407"},
	}
	for _, tt := range tests {
		if got := Inert(tt.in); got != tt.want {
			t.Errorf("Inert(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
