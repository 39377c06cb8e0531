package framing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchParagraphs mix framing of every kind with plain reporting.
var benchParagraphs = []string{
	"The council approved the budget on Tuesday by seven votes to two, after a debate that lasted three hours.",
	"The so-called \"recovery\" is a sham! Why did the minister brush the warnings aside? As we all know, the fact that nobody resigned says everything.",
	"Residents said the depot would bring lorries past the school. The report estimated 180 to 240 movements a day.",
	"Make no mistake: this is an absolutely disgraceful decision, and the council must reverse it before it's too late.",
	"Eating processed meat causes bowel cancer in older adults. The study was NOT designed to show that.",
	"One has to wonder who benefits. Critics slammed the plan, which could lead one to believe the figures were changed.",
}

func benchOpinion(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(benchParagraphs[i%len(benchParagraphs)])
		b.WriteString("\n\n")
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	op := load(b, "opinion.txt", benchOpinion(1<<20))
	d := builtin()
	b.SetBytes(int64(len(op.Text)))
	b.ResetTimer()
	for b.Loop() {
		d.Find(op, Context{})
	}
}

func BenchmarkFindWithSource(b *testing.B) {
	op := load(b, "opinion.txt", benchOpinion(1<<20))
	src := load(b, "source.txt", strings.Repeat("Eating processed meat may be linked to bowel cancer in older adults, researchers said. The council approved the budget on Tuesday. ", 400))
	d := builtin()
	b.SetBytes(int64(len(op.Text)))
	b.ResetTimer()
	for b.Loop() {
		d.Find(op, Context{Source: src})
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(nil, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFindCorpus runs the detector on the corpus opinions, repeated to 1 MB: framing at the
// density real opinion writing has.
func BenchmarkFindCorpus(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/pairs/*/opinion.txt")
	if len(files) == 0 {
		b.Skip("no corpus")
	}
	var text strings.Builder
	for text.Len() < 1<<20 {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			text.Write(data)
			text.WriteString("\n\n")
		}
	}
	op := load(b, "opinion.txt", text.String())
	d := builtin()
	b.SetBytes(int64(len(op.Text)))
	b.ResetTimer()
	for b.Loop() {
		d.Find(op, Context{})
	}
}
