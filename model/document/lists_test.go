package document

import (
	"strings"
	"testing"
)

func TestListLead(t *testing.T) {
	tests := []struct {
		name, text, item, want string
	}{
		{"a dashed list", "Review\n\nThe company must:\n\n- service the trucks by June;\n- add rest breaks.", "add rest", "The company must:"},
		{"a numbered list", "Review\n\nThe panel recommends that:\n1. the club cut capacity;\n2. the club file a plan.", "the club file", "The panel recommends that:"},
		{"a bulleted list", "Review\n\nWe ask the board to:\n• publish its costs.", "publish", "We ask the board to:"},
		{"no list marker", "Review\n\nThe company must:\n\nIt serviced the trucks by June.", "It serviced", ""},
		{"plain prose", "Review\n\nThe company must act. It serviced the trucks by June.", "It serviced", ""},
	}
	for _, tt := range tests {
		doc, err := Load("t.txt", []byte(tt.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		at := strings.Index(doc.Text, tt.item)
		lead, ok := doc.ListLead(Span{Start: at, End: at + len(tt.item)})
		got := ""
		if ok {
			got = strings.TrimSpace(doc.Slice(lead))
		}
		if got != tt.want {
			t.Errorf("%s: lead %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestListNumber(t *testing.T) {
	doc, err := Load("t.txt", []byte("Decision\n\n1. The appeal is allowed.\n2) The council pays.\nIn 2024, 3. was used.\n4.2 Officers propose it.\n2.5 per cent rose."), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i, w := range doc.Words {
		if doc.ListNumber(i, i) {
			got = append(got, w.Norm)
		}
	}
	if strings.Join(got, " ") != "1 2 4.2" {
		t.Errorf("list numbers %v, want [1 2 4.2]", got)
	}
}
