package model

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/reframe-dev/reframe/model/document"
)

// benchPair builds a pair of about size bytes a side from the corpus sentences, shuffled with a
// fixed seed and lightly varied (numbers and names changed per copy), the opinion reusing about a
// third of the source. It is realistic prose at scale, not a copy of one article repeated.
func benchPair(b *testing.B, size int) (*document.Document, *document.Document) {
	b.Helper()
	var sentences []string
	files, _ := filepath.Glob("../testdata/pairs/*/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d, err := document.Load(f, data, document.Options{Format: document.Text})
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range d.Sentences {
			sentences = append(sentences, d.Slice(s.Span))
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var src, op strings.Builder
	for i := 0; src.Len() < size || op.Len() < size; i++ {
		s := sentences[rng.IntN(len(sentences))]
		s = strings.ReplaceAll(s, "the ", fmt.Sprintf("the %d ", i%997)) // vary each copy
		if src.Len() < size {
			src.WriteString(s)
			src.WriteString(" ")
		}
		if op.Len() < size {
			if rng.IntN(3) == 0 {
				op.WriteString(s)
			} else {
				op.WriteString(sentences[rng.IntN(len(sentences))])
			}
			op.WriteString(" ")
		}
		if i%6 == 5 {
			src.WriteString("\n\n")
			op.WriteString("\n\n")
		}
	}
	o, err := document.Load("opinion.txt", []byte(op.String()), document.Options{Format: document.Text})
	if err != nil {
		b.Fatal(err)
	}
	s, err := document.Load("source.txt", []byte(src.String()), document.Options{Format: document.Text})
	if err != nil {
		b.Fatal(err)
	}
	return o, s
}

var benchPairs sync.Map

// BenchmarkAnalyze runs the whole analysis (alignment, claims, framing) on pairs of 10 KB,
// 100 KB and 1 MB a side; loading is not timed.
func BenchmarkAnalyze(b *testing.B) {
	a, err := NewAnalyzer(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []int{10 << 10, 100 << 10, 1 << 20} {
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			v, ok := benchPairs.Load(size)
			if !ok {
				o, s := benchPair(b, size)
				v = [2]*document.Document{o, s}
				benchPairs.Store(size, v)
			}
			docs := v.([2]*document.Document)
			b.SetBytes(int64(len(docs[0].Text) + len(docs[1].Text)))
			b.ResetTimer()
			for b.Loop() {
				a.Analyze(docs[0], docs[1])
			}
		})
	}
}
