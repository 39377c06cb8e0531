package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/reframe-dev/reframe/model/report"
)

func TestParseList(t *testing.T) {
	dir := filepath.FromSlash("/lists")
	tests := []struct {
		name    string
		list    string
		want    []pair // err fields compared by message only
		wantErr string
	}{
		{
			name: "pairs.jsonl",
			list: `{"id": "a", "opinion": "a/op.txt", "source": "https://example.org/s"}` + "\n\n" +
				`{"id": 7, "opinion": "/abs/op.txt", "source": "../s.txt", "genre": "ignored"}` + "\n",
			want: []pair{
				{id: "a", opinion: filepath.Join(dir, "a/op.txt"), source: "https://example.org/s", line: 1},
				{id: "7", opinion: "/abs/op.txt", source: filepath.Join(dir, "../s.txt"), line: 3},
			},
		},
		{
			name: "pairs.csv",
			list: "source,id,opinion,notes\ns.txt,a,op.txt,x\n\n\"s 2.txt\", b ,\"op, 2.txt\"\n",
			want: []pair{
				{id: "a", opinion: filepath.Join(dir, "op.txt"), source: filepath.Join(dir, "s.txt"), line: 2},
				{id: "b", opinion: filepath.Join(dir, "op, 2.txt"), source: filepath.Join(dir, "s 2.txt"), line: 4},
			},
		},
		{
			name: "list-without-extension",
			list: "\xEF\xBB\xBF" + `{"id": "a", "opinion": "op.txt", "source": "s.txt"}`,
			want: []pair{{id: "a", opinion: filepath.Join(dir, "op.txt"), source: filepath.Join(dir, "s.txt"), line: 1}},
		},
		{
			name: "csv-without-extension",
			list: "id,opinion,source\na,op.txt,s.txt\n",
			want: []pair{{id: "a", opinion: filepath.Join(dir, "op.txt"), source: filepath.Join(dir, "s.txt"), line: 2}},
		},
		{
			name: "unusable pairs are kept, with their error",
			list: `{"id": "a", "opinion": "op.txt"}` + "\n" + `{"id": "b", "opinion": "-", "source": "s.txt"}`,
			want: []pair{
				{id: "a", opinion: filepath.Join(dir, "op.txt"), line: 1, err: errors.New("line 1 of the list has no source; give a path or URL")},
				{id: "b", opinion: "-", source: filepath.Join(dir, "s.txt"), line: 2, err: errors.New("line 2 of the list names stdin as the opinion; give a path or URL")},
			},
		},
		{
			name: "bad.jsonl",
			list: `{"id": "a", "opinion": "o", "source": "s"}` + "\n" + `{"opinion": "o", "source": "s"}` + "\n" +
				`not json` + "\n" + `{"id": "a", "opinion": "o", "source": "s"}` + "\n" + `{"id": "c", "opinion": 3, "source": "s"}` + "\n" +
				`{"id": "", "opinion": "o", "source": "s"}` + "\n" + `["a"]` + "\n",
			wantErr: `line 2: the id must be a non-empty string or a number; ` +
				`line 3: not valid JSON (invalid character 'o' in literal null (expecting 'u')); ` +
				`line 4: id "a" is already used on line 1; ` +
				`line 5: opinion must be a string, not a number; ` +
				`line 6: the id must be a non-empty string or a number; and 1 more; fix the list and run again`,
		},
		{
			name:    "array.jsonl",
			list:    `["a", "o.txt", "s.txt"]`,
			wantErr: `line 1: an array, not an object with id, opinion and source; fix the list and run again`,
		},
		{
			name:    "no-columns.csv",
			list:    "name,opinion\na,op.txt\n",
			wantErr: `line 1: the header has no "id" column (it needs id, opinion and source); line 1: the header has no "source" column (it needs id, opinion and source); fix the list and run again`,
		},
		{
			name:    "dup.csv",
			list:    "id,opinion,source\na,o,s\n,o,s\na,o,s\n",
			wantErr: `line 3: no id; line 4: id "a" is already used on line 2; fix the list and run again`,
		},
		{
			name:    "quotes.csv",
			list:    "id,opinion,source\na,\"o,s\n",
			wantErr: `line 2: not valid CSV (extraneous or missing " in quoted-field); fix the list and run again`,
		},
		{name: "empty.jsonl", list: "\n\n", wantErr: "the list has no pairs"},
		{name: "empty.csv", list: "", wantErr: "the list has no pairs"},
		{name: "header-only.csv", list: "id,opinion,source\n", wantErr: "the list has no pairs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseList(tt.name, []byte(tt.list), dir)
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Fatalf("error:\n got: %v\nwant: %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if pairsString(got) != pairsString(tt.want) {
				t.Errorf("pairs:\n got: %+v\nwant: %+v", got, tt.want)
			}
		})
	}
}

// pairsString shows pairs with their errors' messages, to compare them.
func pairsString(pairs []pair) string {
	var b strings.Builder
	for _, p := range pairs {
		fmt.Fprintf(&b, "{%q %q %q line %d err %v} ", p.id, p.opinion, p.source, p.line, p.err)
	}
	return b.String()
}

// TestParallel checks that results come out in input order whatever order they finish in, and
// that a failing emit stops the run.
func TestParallel(t *testing.T) {
	delays := []int{5, 0, 3, 1, 4, 0, 2, 0, 0, 1}
	for _, jobs := range []int{1, 3, 16} {
		var got []int
		err := parallel(context.Background(), len(delays), jobs,
			func(i int) int {
				time.Sleep(time.Duration(delays[i]) * time.Millisecond)
				return i * 10
			},
			func(i, v int) error {
				if v != i*10 {
					t.Errorf("emit(%d, %d)", i, v)
				}
				got = append(got, i)
				return nil
			})
		if err != nil {
			t.Fatal(err)
		}
		if want := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}; !reflect.DeepEqual(got, want) {
			t.Errorf("jobs %d: order %v", jobs, got)
		}
	}
	stop := errors.New("disk full")
	calls := 0
	err := parallel(context.Background(), 1000, 4, func(i int) int { return i }, func(i, v int) error {
		calls++
		if i == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 3 {
		t.Errorf("after a failing emit: err %v, %d calls", err, calls)
	}
	if err := parallel(context.Background(), 0, 4, func(i int) int { return i }, func(int, int) error { return nil }); err != nil {
		t.Error(err)
	}
}

func TestProgressLine(t *testing.T) {
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var buf bytes.Buffer
	p := newProgress(&buf, 4)
	p.start, p.now = start, func() time.Time { return start.Add(2 * time.Second) }
	p.add(false)
	p.add(true)
	want := "[" + strings.Repeat("█", 15) + strings.Repeat("░", 15) + "] 2/4 pairs · 1 failed · 1.0 pairs/s"
	if got := p.line(); got != want {
		t.Errorf("line:\n got: %s\nwant: %s", got, want)
	}
	p.finish()
	if out := buf.String(); strings.Contains(out, "\n") || !strings.HasSuffix(out, "\r\x1b[K") {
		t.Errorf("progress output %q", out)
	}
	var none *progress // what a batch uses when stderr is not a terminal
	none.add(true)
	none.finish()
}

// corpusPairs returns the pairs of the corpus in testdata/pairs that have both documents.
func corpusPairs(tb testing.TB) []pair {
	tb.Helper()
	dirs, err := filepath.Glob(filepath.Join("..", "..", "testdata", "pairs", "*"))
	if err != nil {
		tb.Fatal(err)
	}
	var pairs []pair
	for _, dir := range dirs {
		op, src := filepath.Join(dir, "opinion.txt"), filepath.Join(dir, "source.txt")
		if fileExists(op) && fileExists(src) {
			pairs = append(pairs, pair{id: filepath.Base(dir), opinion: op, source: src})
		}
	}
	if len(pairs) == 0 {
		tb.Skip("no pairs in testdata/pairs")
	}
	return pairs
}

func fileExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.IsDir()
}

// writeList writes pairs as a JSONL list with absolute paths.
func writeList(tb testing.TB, pairs []pair) string {
	tb.Helper()
	var b strings.Builder
	for _, p := range pairs {
		op, _ := filepath.Abs(p.opinion)
		src, _ := filepath.Abs(p.source)
		line, _ := json.Marshal(map[string]string{"id": p.id, "opinion": op, "source": src})
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(tb.TempDir(), "pairs.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// runCLI runs the command line in-process and returns stdout, failing on a non-zero exit.
func runCLI(tb testing.TB, args ...string) []byte {
	tb.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, strings.NewReader(""), &stdout, &stderr); code != exitOK {
		tb.Fatalf("reframe %s: exit %d: %s", strings.Join(args, " "), code, stderr.String())
	}
	return stdout.Bytes()
}

// TestBatchMatchesReport checks that every batch line holds the same summary and findings as a
// single 'report --format json' run on the same pair, with one analyser shared by all workers.
func TestBatchMatchesReport(t *testing.T) {
	pairs := corpusPairs(t)
	list := writeList(t, pairs)
	out := runCLI(t, "batch", "--jobs", "4", list)
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(pairs) {
		t.Fatalf("%d lines for %d pairs", len(lines), len(pairs))
	}
	for i, p := range pairs {
		var got struct {
			ID       string           `json:"id"`
			Error    string           `json:"error"`
			Summary  report.Summary   `json:"summary"`
			Findings []report.Finding `json:"findings"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &got); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if got.ID != p.id || got.Error != "" {
			t.Fatalf("line %d: id %q, error %q; want id %q", i+1, got.ID, got.Error, p.id)
		}
		var want report.Report
		if err := json.Unmarshal(runCLI(t, "report", "--format", "json", p.opinion, p.source), &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Summary, want.Summary) {
			t.Errorf("%s: batch summary differs from the report's:\n batch: %+v\nreport: %+v", p.id, got.Summary, want.Summary)
		}
		if !reflect.DeepEqual(got.Findings, want.Findings) {
			t.Errorf("%s: batch findings differ from the report's", p.id)
		}
	}
	// Deterministic whatever the number of workers.
	if again := runCLI(t, "batch", "--jobs", "1", list); !bytes.Equal(again, out) {
		t.Error("batch output with one worker differs from four")
	}
}

// BenchmarkBatch runs the whole corpus through 'reframe batch' on all cores and reports pairs
// analysed per second (loading and writing included).
func BenchmarkBatch(b *testing.B) {
	pairs := corpusPairs(b)
	list := writeList(b, pairs)
	b.ResetTimer()
	for b.Loop() {
		var stderr bytes.Buffer
		if code := run([]string{"batch", list}, strings.NewReader(""), io.Discard, &stderr); code != exitOK {
			b.Fatalf("exit %d: %s", code, stderr.String())
		}
	}
	b.ReportMetric(float64(len(pairs)*b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// TestOpenBatchOutputResume checks what --resume keeps of an output file, and what it refuses.
func TestOpenBatchOutputResume(t *testing.T) {
	tests := []struct {
		name     string
		existing *string // nil: no file yet
		wantDone []string
		wantKept string // the file's content before new lines are appended
		wantErr  string
	}{
		{name: "no file", wantDone: nil, wantKept: ""},
		{name: "empty", existing: ptr(""), wantKept: ""},
		{name: "complete lines", existing: ptr(`{"id":"a","summary":{}}` + "\n" + `{"id":"b","error":"x"}` + "\n"),
			wantDone: []string{"a", "b"}, wantKept: `{"id":"a","summary":{}}` + "\n" + `{"id":"b","error":"x"}` + "\n"},
		{name: "last line cut short", existing: ptr(`{"id":"a","error":"x"}` + "\n" + `{"id":"b","summ`),
			wantDone: []string{"a"}, wantKept: `{"id":"a","error":"x"}` + "\n"},
		{name: "last line cut short after its newline", existing: ptr(`{"id":"a","error":"x"}` + "\n" + `{"id":"b","summ` + "\n\n"),
			wantDone: []string{"a"}, wantKept: `{"id":"a","error":"x"}` + "\n"},
		{name: "complete last line without newline", existing: ptr(`{"id":"a","error":"x"}`),
			wantDone: []string{"a"}, wantKept: `{"id":"a","error":"x"}` + "\n"},
		{name: "not batch output", existing: ptr("My notes\n"), wantErr: "line 1 is not a reframe batch result"},
		{name: "bad line in the middle", existing: ptr(`{"id":"a","error":"x"}` + "\nnotes\n" + `{"id":"b","error":"x"}` + "\n"),
			wantErr: "line 2 is not a reframe batch result"},
		{name: "object without id", existing: ptr(`{"name":"a"}` + "\n"), wantErr: "line 1 is not a reframe batch result"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "out.jsonl")
			if tt.existing != nil {
				if err := os.WriteFile(path, []byte(*tt.existing), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			f, done, err := openBatchOutput(path, true)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				if data, _ := os.ReadFile(path); string(data) != *tt.existing {
					t.Errorf("a refused file was changed: %q", data)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			f.Close()
			var ids []string
			for id := range done {
				ids = append(ids, id)
			}
			slices.Sort(ids)
			if !slices.Equal(ids, tt.wantDone) {
				t.Errorf("done %v, want %v", ids, tt.wantDone)
			}
			if data, _ := os.ReadFile(path); string(data) != tt.wantKept {
				t.Errorf("kept %q, want %q", data, tt.wantKept)
			}
		})
	}
}

func ptr(s string) *string { return &s }
