package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// exitFileVar names the file where the test binary records the exit code of each reframe run,
// for the exitcode script command.
const exitFileVar = "REFRAME_TEST_EXIT_FILE"

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"reframe": func() {
			code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
			if f := os.Getenv(exitFileVar); f != "" {
				os.WriteFile(f, []byte(strconv.Itoa(code)), 0o644)
			}
			os.Exit(code)
		},
	})
}

// TestScripts runs the command-line scripts in testdata/script: each states the exact output and
// exit code of a command, errors included.
//
// Besides the standard commands, scripts have:
//
//	exitcode N     the last reframe run exited with code N
//	serve DIR      serve DIR on a loopback HTTP server (see newTestServer) and set $SERVER to its URL
//	mkbin FILE     write a small binary file (a PNG header and NUL bytes)
//	expand IN OUT  copy IN to OUT with $VARIABLES replaced by their values (for lists of URLs)
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("NO_COLOR", "1")
			env.Setenv(exitFileVar, filepath.Join(env.WorkDir, ".reframe-exit"))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exitcode": cmdExitCode,
			"serve":    cmdServe,
			"mkbin":    cmdMkbin,
			"expand":   cmdExpand,
		},
	})
}

func cmdExitCode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: exitcode N")
	}
	data, err := os.ReadFile(ts.Getenv(exitFileVar))
	if err != nil {
		ts.Fatalf("no reframe run to check: %v", err)
	}
	if got := strings.TrimSpace(string(data)); got != args[0] {
		ts.Fatalf("reframe exited with code %s, want %s", got, args[0])
	}
}

func cmdServe(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: serve DIR")
	}
	srv := newTestServer(ts.MkAbs(args[0]))
	ts.Defer(srv.Close)
	ts.Setenv("SERVER", srv.URL)
}

func cmdMkbin(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: mkbin FILE")
	}
	data := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), data, 0o644))
}

func cmdExpand(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: expand IN OUT")
	}
	text := os.Expand(ts.ReadFile(args[0]), ts.Getenv)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(text), 0o644))
}

// TestReportHTMLOnCorpus renders the real analysis of every corpus pair as HTML and checks that
// the page is well-formed: every element opened is closed, in order, however the findings overlap.
func TestReportHTMLOnCorpus(t *testing.T) {
	for _, p := range corpusPairs(t) {
		t.Run(p.id, func(t *testing.T) {
			page := runCLI(t, "report", "--format", "html", p.opinion, p.source)
			if err := wellFormedHTML(page); err != nil {
				t.Error(err)
			}
			if bytes.Contains(bytes.ToLower(page), []byte("<script")) {
				t.Error("the page has a script")
			}
		})
	}
}

// wellFormedHTML tokenizes a page and reports the first element closed out of order or left open.
func wellFormedHTML(page []byte) error {
	void := map[atom.Atom]bool{atom.Meta: true, atom.Br: true, atom.Hr: true, atom.Img: true, atom.Link: true, atom.Input: true, atom.Wbr: true}
	z := html.NewTokenizer(bytes.NewReader(page))
	var open []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				return z.Err()
			}
			if len(open) > 0 {
				return fmt.Errorf("left open: %v", open)
			}
			return nil
		case html.StartTagToken:
			if tok := z.Token(); !void[tok.DataAtom] {
				open = append(open, tok.Data)
			}
		case html.EndTagToken:
			tok := z.Token()
			if len(open) == 0 || open[len(open)-1] != tok.Data {
				return fmt.Errorf("</%s> closes %v", tok.Data, open)
			}
			open = open[:len(open)-1]
		}
	}
}
