package align

import (
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/reframe-dev/reframe/model/document"
)

// benchVocabulary is a fixed vocabulary of news-like words; the first ones are frequent function
// words, drawn more often, as in real prose.
var benchVocabulary = strings.Fields(`the the the of of and and to to a a in in that is was for on with as by
at from it said has have were are be not but which their this would could more also after about
government minister report committee council policy study data researchers officials city
region hospital patients vaccine school teachers students budget taxes housing market prices
energy climate water river harbour bridge police court judge trial election voters party
campaign spending reform agency company workers union wages jobs growth inflation bank rates
percent million billion thousand year years month week decade since during before against under
new old large small higher lower national local public private early late recent major former
found showed warned announced rejected approved increased reduced raised cut delayed proposed
claimed argued suggested expected estimated reported confirmed denied promised planned launched
northern southern eastern western rural urban coastal central regional federal independent
analysis survey figures estimate increase decline shortage crisis plan programme project law
rule decision statement evidence support opposition concern pressure risk cost benefit impact`)

// benchLexicon extends the news-like words with 30,000 made-up content words, drawn with Zipf's
// law as the words of real prose are: a long document keeps meeting new words, so chance matches
// between two documents do not grow with the square of their length as they would with a small
// vocabulary.
var benchLexicon = func() []string {
	syllables := strings.Fields("ba ke lo mi nu ra se ti vo wa dre gan hol kir lun mar nes por quen sal tor ven")
	words := append([]string(nil), benchVocabulary...)
	r := rand.New(rand.NewPCG(7, 11))
	seen := map[string]bool{}
	for len(words) < 30000 {
		var w strings.Builder
		for n := 2 + r.IntN(3); n > 0; n-- {
			w.WriteString(syllables[r.IntN(len(syllables))])
		}
		if !seen[w.String()] {
			seen[w.String()] = true
			words = append(words, w.String())
		}
	}
	return words
}()

// benchFunctionWords are the grammatical words that make up about half of English prose.
var benchFunctionWords = strings.Fields(`the the the the of of of and and to to a a in in that is was
for on with as by at from it has have were are be not but which their this would could its an
they he she we had been will there all one more when who after into than`)

// benchSentence draws one sentence of 6-14 words: about half are function words, the rest content
// words drawn by Zipf's law from the lexicon (the news-like words first, then the made-up ones).
func benchSentence(r *rand.Rand) []string {
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(benchLexicon)-1))
	n := 6 + r.IntN(9)
	words := make([]string, n)
	for i := range words {
		if r.IntN(2) == 0 {
			words[i] = benchFunctionWords[r.IntN(len(benchFunctionWords))]
		} else {
			words[i] = benchLexicon[zipf.Uint64()]
		}
	}
	return words
}

// benchWords draws n words of prose, sentence by sentence.
func benchWords(r *rand.Rand, n int) []string {
	var out []string
	for len(out) < n {
		out = append(out, benchSentence(r)...)
	}
	return out[:n]
}

// renderProse joins words into sentences and paragraphs: a full stop every ~10 words and a blank
// line every ~5 sentences.
func renderProse(r *rand.Rand, words []string) string {
	var b strings.Builder
	upper, sentences := true, 0
	next := 6 + r.IntN(9)
	for i, w := range words {
		if upper {
			w = strings.ToUpper(w[:1]) + w[1:]
			upper = false
		}
		b.WriteString(w)
		next--
		switch {
		case i == len(words)-1:
			b.WriteString(".")
		case next == 0:
			b.WriteString(".")
			upper, next = true, 6+r.IntN(9)
			sentences++
			if sentences%5 == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteString(" ")
			}
		default:
			b.WriteString(" ")
		}
	}
	return b.String()
}

// benchPair generates a source and an opinion of about size bytes each. The opinion reuses about
// 30% of the source in passages of 8-40 words, in source order, with an occasional word
// replaced, inserted or dropped, interleaved with new text.
func benchPair(size int) (opinion, source string) {
	r := rand.New(rand.NewPCG(uint64(size), 0x5eed))
	const bytesPerWord = 5.5 // average word plus separator in this vocabulary
	nWords := int(float64(size) / bytesPerWord)
	src := benchWords(r, nWords)
	var op []string
	s := 0
	for len(op) < nWords && s < len(src) {
		// New text, then a reused passage: ~70% new words overall.
		n := 8 + r.IntN(33)
		op = append(op, benchWords(r, n*7/3)...)
		s += r.IntN(n * 2)
		if s+n > len(src) {
			break
		}
		passage := append([]string(nil), src[s:s+n]...)
		s += n
		for e := r.IntN(3); e > 0; e-- {
			i := r.IntN(len(passage))
			w := benchVocabulary[r.IntN(len(benchVocabulary))]
			switch r.IntN(3) {
			case 0:
				passage[i] = w
			case 1:
				passage = append(passage[:i], append([]string{w}, passage[i:]...)...)
			default:
				passage = append(passage[:i], passage[i+1:]...)
			}
		}
		op = append(op, passage...)
	}
	return renderProse(r, op), renderProse(r, src)
}

type benchDocs struct {
	opinionText, sourceText string
	opinion, source         *document.Document
}

func loadBenchDocs(size int) func() benchDocs {
	return sync.OnceValue(func() benchDocs {
		o, s := benchPair(size)
		od, err := document.Load("opinion", []byte(o), document.Options{Format: document.Text})
		if err != nil {
			panic(err)
		}
		sd, err := document.Load("source", []byte(s), document.Options{Format: document.Text})
		if err != nil {
			panic(err)
		}
		return benchDocs{opinionText: o, sourceText: s, opinion: od, source: sd}
	})
}

var benchSizes = []struct {
	name string
	docs func() benchDocs
}{
	{"10KB", loadBenchDocs(10 << 10)},
	{"100KB", loadBenchDocs(100 << 10)},
	{"1MB", loadBenchDocs(1 << 20)},
}

func BenchmarkAlign(b *testing.B) {
	a := New(Defaults)
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			d := size.docs()
			total := len(d.opinionText) + len(d.sourceText)
			b.SetBytes(int64(total))
			b.ResetTimer()
			var quotes int
			for b.Loop() {
				quotes = len(a.Find(d.opinion, d.source).Passages)
			}
			b.ReportMetric(float64(quotes), "passages")
		})
	}
}

func BenchmarkDiffMainBaseline(b *testing.B) {
	for _, size := range benchSizes[:2] {
		b.Run(size.name, func(b *testing.B) {
			d := size.docs()
			b.SetBytes(int64(len(d.opinionText) + len(d.sourceText)))
			dmp := diffmatchpatch.New()
			dmp.DiffTimeout = 0 // no cut-off: the full diff
			b.ResetTimer()
			for b.Loop() {
				dmp.DiffMain(d.opinionText, d.sourceText, false)
			}
		})
	}
}

// TestBenchPair checks the generator: deterministic, close to the asked size, and the opinion
// reuses a good share of the source.
func TestBenchPair(t *testing.T) {
	o1, s1 := benchPair(10 << 10)
	o2, s2 := benchPair(10 << 10)
	if o1 != o2 || s1 != s2 {
		t.Fatal("generator is not deterministic")
	}
	for _, n := range []int{len(o1), len(s1)} {
		if n < 8<<10 || n > 14<<10 {
			t.Errorf("generated %d bytes for 10 KB", n)
		}
	}
	d := loadBenchDocs(10 << 10)()
	start := time.Now()
	res := New(Defaults).Find(d.opinion, d.source)
	copied := 0
	for _, c := range res.Copied {
		if c {
			copied++
		}
	}
	share := float64(copied) / float64(len(d.opinion.Words))
	t.Logf("10KB: %d passages, %.0f%% of opinion words copied, %v", len(res.Passages), 100*share, time.Since(start))
	if share < 0.15 || share > 0.5 {
		t.Errorf("copied share %.2f, want about 0.3", share)
	}
	checkInvariants(t, d.opinion, d.source, res)
}
