// Command reframe puts an opinion article beside the report it cites and shows how the source
// was reframed: passages copied from it, framing the writer added, and assertions the source does
// not support. See README.md for usage.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/reframe-dev/reframe/model/framing"
)

// Exit codes, as product.md defines them.
const (
	exitOK    = 0
	exitError = 1 // an unexpected failure: writing output, say
	exitUsage = 2 // wrong arguments or flags
	exitInput = 3 // an input could not be read or understood
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit code. Every error becomes one line on
// stderr; nothing panics through to the user.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "reframe: internal error: %v (please report this with the inputs that caused it)\n", r)
			code = exitError
		}
	}()
	env := &environment{stdin: stdin, stdout: stdout, stderr: stderr}
	cmd := newRootCommand(env)
	cmd.SetArgs(args)
	cmd.SetIn(stdin)
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)
	err := cmd.Execute()
	if err == nil {
		return exitOK
	}
	var usage *usageError
	var input *inputError
	var lexicon framing.ErrorList
	switch {
	case errors.As(err, &usage):
		printError(stderr, err)
		fmt.Fprintf(stderr, "usage: %s (see 'reframe --help')\n", usage.usage)
		return exitUsage
	case errors.As(err, &input), errors.As(err, &lexicon):
		printError(stderr, err)
		return exitInput
	}
	printError(stderr, err)
	return exitError
}

// printError writes an error, one "reframe: " line for each problem it lists (a lexicon with three
// bad lines reports all three).
func printError(w io.Writer, err error) {
	for line := range strings.SplitSeq(err.Error(), "\n") {
		fmt.Fprintf(w, "reframe: %s\n", line)
	}
}

// usageError is a mistake in the command line.
type usageError struct {
	err   error
	usage string
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// inputError is an input that could not be read or understood.
type inputError struct {
	name string
	err  error
}

func (e *inputError) Error() string { return fmt.Sprintf("%s: %v", e.name, e.err) }
func (e *inputError) Unwrap() error { return e.err }

// environment is what the commands read from and write to, so tests can replace it.
type environment struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}
