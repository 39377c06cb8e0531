package document

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		want     string
		invalid  int
		controls int
		err      error
	}{
		{name: "plain", in: []byte("Hello world."), want: "Hello world."},
		{name: "utf8 bom", in: []byte("\xEF\xBB\xBFHello"), want: "Hello"},
		{name: "utf16 le bom", in: []byte{0xFF, 0xFE, 'H', 0, 'i', 0}, want: "Hi"},
		{name: "utf16 be bom", in: []byte{0xFE, 0xFF, 0, 'H', 0, 'i'}, want: "Hi"},
		{name: "crlf and cr", in: []byte("a\r\nb\rc"), want: "a\nb\nc"},
		{name: "invalid utf8", in: []byte("caf\xe9 ok"), want: "caf\uFFFD ok", invalid: 1},
		{name: "escape sequence", in: []byte("red \x1b[31mtext\x1b[0m"), want: "red \u241b[31mtext\u241b[0m", controls: 2},
		{name: "bell and del", in: []byte("a\x07b\x7f"), want: "a\u2407b\u2421", controls: 2},
		{name: "c1 control", in: []byte("a\xc2\x9bb"), want: "a\uFFFDb", controls: 1},
		{name: "tab kept", in: []byte("a\tb"), want: "a\tb"},
		{name: "nul is binary", in: []byte("abc\x00def"), err: ErrBinary},
		{name: "mostly control bytes", in: []byte("\x01\x02\x03\x04\x05\x06\x07\x08abc"), err: ErrBinary},
	}
	for _, tt := range tests {
		got, stats, err := Decode(tt.in)
		if !errors.Is(err, tt.err) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.err)
			continue
		}
		if err != nil {
			continue
		}
		if got != tt.want || stats.InvalidSequences != tt.invalid || stats.ControlChars != tt.controls {
			t.Errorf("%s: Decode = %q %+v, want %q invalid=%d controls=%d", tt.name, got, stats, tt.want, tt.invalid, tt.controls)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "abbreviations do not end sentences",
			text: "The U.S. Coalition met Dr. Smith at 5 a.m. on Oct. 2 in Harlow. J. R. Vance was there. It rained.",
			want: []string{"The U.S. Coalition met Dr. Smith at 5 a.m. on Oct. 2 in Harlow.", "J. R. Vance was there.", "It rained."},
		},
		{
			name: "closing quotes and brackets stay with their sentence",
			text: "He said \"it is over.\" She left (quietly.) Then \"Really?\" he asked.",
			want: []string{"He said \"it is over.\"", "She left (quietly.)", "Then \"Really?\" he asked."},
		},
		{
			name: "a sentence that ends with a decimal, a thousands figure or a percentage",
			text: "The national average was 12.5. Around 85,000 hectares were lost. Then 1,240. Prices rose 4.5%. See section 3.2 below.",
			want: []string{"The national average was 12.5.", "Around 85,000 hectares were lost.", "Then 1,240.", "Prices rose 4.5%.", "See section 3.2 below."},
		},
		{
			name: "curly quotes",
			text: "“We took them out,” the driver said. “All of them.” Nobody answered.",
			want: []string{"“We took them out,” the driver said.", "“All of them.”", "Nobody answered."},
		},
		{
			name: "paragraph ends a sentence",
			text: "A headline without a period\n\nThe body starts here. It ends here.",
			want: []string{"A headline without a period", "The body starts here.", "It ends here."},
		},
		{
			name: "an everyday word the model took for an abbreviation",
			text: "People started getting ill. Coincidence? He said no. Then he left.",
			want: []string{"People started getting ill.", "Coincidence?", "He said no.", "Then he left."},
		},
		{
			name: "country abbreviation at the end of a sentence",
			text: "They moved to the U.S. The weather was better.",
			want: []string{"They moved to the U.S.", "The weather was better."},
		},
		{
			name: "a sentence that ends with a year or another whole number",
			text: "It goes back to 2019. The regulator was slow. Turnout was 45. “Too low,” she said.",
			want: []string{"It goes back to 2019.", "The regulator was slow.", "Turnout was 45.", "“Too low,” she said."},
		},
		{
			name: "a sentence that ends with a lone capital letter",
			text: "Fewer than seven in ten now reach even a grade C. These are not rounding errors. John F. Kennedy met J. R. Vance. Take plan B. It works.",
			want: []string{"Fewer than seven in ten now reach even a grade C.", "These are not rounding errors.", "John F. Kennedy met J. R. Vance.", "Take plan B.", "It works."},
		},
		{
			name: "list numbers and numbers inside a sentence stay",
			text: "Steps:\n1. Open the valve.\n2. Wait. Section 4.2 covers it and 3. is wrong.",
			want: []string{"Steps:", "1. Open the valve.", "2. Wait.", "Section 4.2 covers it and 3. is wrong."},
		},
		{
			name: "each item of a list is a sentence of its own",
			text: "The panel recommends that:\n- the stand be reduced to 2,500;\n- the club cap wages at 75 per cent - or lower;\n* a fine be considered.",
			want: []string{"The panel recommends that:", "- the stand be reduced to 2,500;", "- the club cap wages at 75 per cent - or lower;", "* a fine be considered."},
		},
	}
	for _, tt := range tests {
		d, err := Load("t.txt", []byte(tt.text), Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, s := range d.Sentences {
			got = append(got, d.Slice(s.Span))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want string // surface/norm pairs
	}{
		{"Don’t CAFÉ", "Don’t/don't CAFÉ/cafe"},
		{"4,000 people, 3.5%", "4,000/4000 people/people 3.5/3.5"},
		{"the U.S. army", "the/the U.S./u.s army/army"},
		{"state-run media", "state/state run/run media/media"},
		{"recon-\nstruction work", "recon-\nstruction/reconstruction work/work"},
		{"so-\nCalled", "so/so Called/called"},
		{"a \u0301\u0308 mark", "a/a mark/mark"}, // combining marks alone are not a word
	}
	for _, tt := range tests {
		d, err := Load("t.txt", []byte(tt.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, w := range d.Words {
			got = append(got, d.Slice(w.Span)+"/"+w.Norm)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, strings.Join(got, " "), tt.want)
		}
	}
}

func TestLoadFormats(t *testing.T) {
	tests := []struct {
		name, file, in string
		title          string
		text           string // a substring the analysed text must hold
		notText        string // a substring it must not hold
		blockQuotes    int
	}{
		{
			name: "plain text title", file: "a.txt",
			in:    "Council Votes to Close Library\n\nThe council voted on Monday.",
			title: "Council Votes to Close Library", text: "The council voted on Monday.",
		},
		{
			name: "markdown", file: "a.md",
			in:    "# The Title\n\nSome **bold** and _italic_ text with a [link](http://x.test).\n\n> A quoted line\n> that goes on.\n\n- item one\n",
			title: "The Title", text: "Some bold and italic text with a link.", notText: "http://x.test", blockQuotes: 1,
		},
		{
			name: "plain text block quote", file: "a.txt",
			in:   "Intro line here.\n\n> Quoted words\n> continue here.\n\nOutro.",
			text: "Quoted words", blockQuotes: 1,
		},
		{
			name: "html article", file: "a.html",
			in: `<!doctype html><html><head><title>Page Title</title><script>var x = 1;</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Headline Here</h1><div class="ad-slot">Buy shoes now</div><p>The first paragraph of the article body has enough words to count as content for the reader.</p>
<blockquote>A quotation in the article.</blockquote><p>The second paragraph continues with more text &amp; an entity.</p></article>
<footer>Copyright notice</footer></body></html>`,
			title: "Page Title", text: "more text & an entity", notText: "Buy shoes", blockQuotes: 1,
		},
	}
	for _, tt := range tests {
		d, err := Load(tt.file, []byte(tt.in), Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if tt.title != "" && d.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.name, d.Title, tt.title)
		}
		if !strings.Contains(d.Text, tt.text) {
			t.Errorf("%s: text %q does not hold %q", tt.name, d.Text, tt.text)
		}
		if tt.notText != "" && strings.Contains(d.Text, tt.notText) {
			t.Errorf("%s: text %q holds %q", tt.name, d.Text, tt.notText)
		}
		if len(d.BlockQuotes) != tt.blockQuotes {
			t.Errorf("%s: %d block quotes, want %d", tt.name, len(d.BlockQuotes), tt.blockQuotes)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, file, in string
		err            error
	}{
		{"empty", "a.txt", "", ErrEmpty},
		{"blank", "a.txt", " \n\n\t ", ErrEmpty},
		{"punctuation only", "a.txt", "... !!! ---", ErrEmpty},
		{"empty after extraction", "a.html", "<html><body><script>x()</script></body></html>", ErrEmpty},
		{"binary", "a.bin", "\x00\x01\x02PK", ErrBinary},
	}
	for _, tt := range tests {
		if _, err := Load(tt.file, []byte(tt.in), Options{}); !errors.Is(err, tt.err) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.err)
		}
	}
}

// FuzzLoad checks the loader's invariants on any input: no panic, spans in bounds and ordered,
// every word with a normal form, no control character but newline and tab in the text, and the
// same result twice.
func FuzzLoad(f *testing.F) {
	f.Add("Plain text. With two sentences.", "a.txt")
	f.Add("# Title\n\n> quote\n\n*emph* [l](u)", "a.md")
	f.Add("<html><body><p>Hi &amp; bye</p></body></html>", "a.html")
	f.Add("recon-\nstruction U.S. “quote” \x1b[31m", "a.txt")
	f.Add("42 \u0301 tonnes", "a.txt")
	f.Fuzz(func(t *testing.T, in, name string) {
		d, err := Load(name, []byte(in), Options{})
		if err != nil {
			return
		}
		for _, r := range d.Text {
			if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				t.Fatalf("control character %U survived loading", r)
			}
		}
		prev := 0
		for _, w := range d.Words {
			if w.Start < prev || w.End <= w.Start || w.End > len(d.Text) {
				t.Fatalf("word span %v out of order or bounds", w.Span)
			}
			if w.Norm == "" {
				t.Fatalf("word %q at %v has an empty normal form", d.Slice(w.Span), w.Span)
			}
			prev = w.End
		}
		for _, s := range d.Sentences {
			if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
				t.Fatalf("sentence span %v out of bounds", s.Span)
			}
		}
		again, _ := Load(name, []byte(in), Options{})
		if again.Text != d.Text || len(again.Words) != len(d.Words) || again.Title != d.Title {
			t.Fatal("loading twice gave different documents")
		}
	})
}

// TestLoadConcurrent loads documents with accented words from many goroutines at once: batch
// runs do this, and under -race it fails if loading shares mutable state between calls.
func TestLoadConcurrent(t *testing.T) {
	texts := []string{
		"Café owners in Señora Müller’s district said the U.S. plan was naïve.",
		"The résumé of Dr. Zoë Brontë lists Oct. 2 as the start date.",
		"Piñata makers and crème brûlée bakers met at 9 a.m. in São Paulo.",
	}
	want := make([]string, len(texts))
	for i, text := range texts {
		doc, err := Load("t.txt", []byte(text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		want[i] = wordNorms(doc)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 16 {
		wg.Go(func() {
			for round := range 20 {
				i := (g + round) % len(texts)
				doc, err := Load("t.txt", []byte(texts[i]), Options{})
				if err != nil {
					errs <- err.Error()
					return
				}
				if got := wordNorms(doc); got != want[i] {
					errs <- fmt.Sprintf("text %d: got %q, want %q", i, got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func wordNorms(doc *Document) string {
	var b strings.Builder
	for _, w := range doc.Words {
		b.WriteString(w.Norm)
		b.WriteByte(' ')
	}
	return b.String()
}

func TestStemIrregularVerbs(t *testing.T) {
	same := [][2]string{{"wrote", "write"}, {"written", "writes"}, {"told", "tell"}, {"sold", "selling"},
		{"brought", "bring"}, {"taken", "take"}, {"paid", "pay"}, {"fled", "flee"}}
	for _, p := range same {
		if Stem(p[0]) != Stem(p[1]) {
			t.Errorf("Stem(%q) = %q, Stem(%q) = %q: want the same stem", p[0], Stem(p[0]), p[1], Stem(p[1]))
		}
	}
	// Forms that are as often another word keep their own stem.
	apart := [][2]string{{"left", "leave"}, {"found", "find"}, {"rose", "rise"}, {"saw", "see"}, {"felt", "feel"}}
	for _, p := range apart {
		if Stem(p[0]) == Stem(p[1]) {
			t.Errorf("Stem(%q) = Stem(%q) = %q: want them apart", p[0], p[1], Stem(p[0]))
		}
	}
}

func TestIsMonth(t *testing.T) {
	tests := []struct {
		text string
		word int
		want bool
	}{
		{"The plant closed on 3 May after the storm.", 5, true},
		{"The plant closed in May after the storm.", 4, true},
		{"May 2024 was wet.", 0, true},
		{"March was wet in the north.", 0, true},
		{"May I add a word?", 0, false},
		{"The plant may close after the storm.", 2, false},
		{"The protesters march on Sunday.", 2, false},
		{"The plant closed on Monday.", 4, false},
	}
	for _, tt := range tests {
		d, err := Load("t.txt", []byte(tt.text), Options{Format: Text})
		if err != nil {
			t.Fatal(err)
		}
		if got := d.IsMonth(tt.word); got != tt.want {
			t.Errorf("%q word %d (%q): IsMonth = %v, want %v", tt.text, tt.word, d.Words[tt.word].Norm, got, tt.want)
		}
		fields := strings.Fields(tt.text)
		if got := MonthIn(fields, tt.word); got != tt.want {
			t.Errorf("%q field %d: MonthIn = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

func TestTitleLineOverText(t *testing.T) {
	tests := []struct {
		text, title string
		paragraphs  int
	}{
		{"THE CAMERA CASH MACHINE: What Ardlow Police's Own Report Really Says\nFriends, I spent the weekend reading the report.\n\nFirst, the good news.", "THE CAMERA CASH MACHINE: What Ardlow Police's Own Report Really Says", 3},
		{"The council met on Tuesday to discuss\nThe budget for next year, which rises.\n\nIt passed.", "", 2},
		{"Dust and Denial\n\nAnyone who has walked a field knows.", "Dust and Denial", 2},
	}
	for _, tt := range tests {
		d, err := Load("t.txt", []byte(tt.text), Options{Format: Text})
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != tt.title || len(d.Paragraphs) != tt.paragraphs {
			t.Errorf("%q: title %q and %d paragraphs, want %q and %d", tt.text, d.Title, len(d.Paragraphs), tt.title, tt.paragraphs)
		}
	}
}
