package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
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
