package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/reframe-dev/reframe/model"
)

// batchFlags are the options of the batch command.
type batchFlags struct {
	output string // -o FILE; empty for stdout
	jobs   int    // pairs analysed at once
	resume bool   // skip the ids already in the output file
}

func newBatchCommand(env *environment) *cobra.Command {
	opts := &analysisFlags{}
	flags := &batchFlags{}
	c := &cobra.Command{
		Use:   "batch [--jobs N] [-o FILE [--resume]] LIST",
		Short: "Analyse many pairs listed in a JSONL or CSV file, one JSON line per pair",
		Long: `batch analyses every pair in LIST on all cores and writes one JSON line per pair, in list order:
{"id", "summary", "findings"}, or {"id", "error"} for a pair that could not be read. One bad pair
never stops the batch.

LIST is JSON Lines, one {"id": ..., "opinion": ..., "source": ...} a line, or CSV with a header row
naming the columns id, opinion and source. Opinions and sources are paths or http(s) URLs; relative
paths are relative to the folder LIST is in. With -o, each line is written as soon as it is ready,
so an interrupted run keeps its results, and --resume skips the ids already in the file.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBatch(env, cmd.UseLine(), opts, flags, args[0])
		},
	}
	opts.register(c)
	c.Flags().StringVarP(&flags.output, "output", "o", "", "write the JSON lines to `FILE` instead of stdout")
	c.Flags().IntVarP(&flags.jobs, "jobs", "j", runtime.NumCPU(), "analyse up to `N` pairs at once")
	c.Flags().BoolVar(&flags.resume, "resume", false, "skip the pairs whose id is already in the -o file")
	return c
}

func runBatch(env *environment, usage string, opts *analysisFlags, flags *batchFlags, list string) error {
	if flags.jobs < 1 {
		return &usageError{err: fmt.Errorf("--jobs must be at least 1, not %d", flags.jobs), usage: usage}
	}
	toStdout := flags.output == "" || flags.output == "-"
	if flags.resume && toStdout {
		return &usageError{err: errors.New("--resume needs -o FILE: the results to resume are read from it"), usage: usage}
	}
	pairs, err := readBatchList(env, list)
	if err != nil {
		return err
	}
	inputs := []string{list}
	for _, p := range pairs {
		inputs = append(inputs, p.opinion, p.source)
	}
	if err := checkOutput(flags.output, usage, inputs...); err != nil {
		return err
	}
	ld, err := newLoader(env, opts)
	if err != nil {
		return err
	}
	ld.spinner = false // the progress bar has the line
	mopts, err := opts.modelOptions()
	if err != nil {
		return err
	}
	analyzer, err := model.NewAnalyzer(mopts)
	if err != nil {
		if opts.lexicon != "" {
			return &inputError{name: opts.lexicon, err: err}
		}
		return err
	}

	out := env.stdout
	if !toStdout {
		f, done, err := openBatchOutput(flags.output, flags.resume)
		if err != nil {
			return err
		}
		defer f.Close()
		out = f
		pairs = skipDone(pairs, done)
	}

	runner := &pairRunner{loader: ld, analyzer: analyzer}
	var bar *progress
	if isTerminal(env.stderr) {
		bar = newProgress(env.stderr, len(pairs))
	}
	type outcome struct {
		line   []byte
		failed bool
	}
	var failed []string
	err = parallel(context.Background(), len(pairs), flags.jobs,
		func(i int) outcome {
			line, bad := runner.run(pairs[i])
			return outcome{line, bad}
		},
		func(i int, o outcome) error {
			if toStdout {
				bar.clear()
			}
			if _, err := out.Write(o.line); err != nil {
				return fmt.Errorf("writing results: %w", err)
			}
			if o.failed {
				failed = append(failed, pairs[i].id)
			}
			bar.add(o.failed)
			return nil
		})
	bar.finish()
	if err != nil {
		return err
	}
	if len(failed) > 0 {
		return &inputError{name: displayName(list), err: fmt.Errorf("%d of %d pairs failed (%s); their output lines say why", len(failed), len(pairs), idList(failed))}
	}
	return nil
}

// readBatchList reads and parses the list, "-" for stdin.
func readBatchList(env *environment, list string) ([]pair, error) {
	var data []byte
	var err error
	dir := filepath.Dir(list)
	if list == "-" {
		dir = "."
		data, err = io.ReadAll(io.LimitReader(env.stdin, maxInputBytes))
	} else if info, statErr := os.Stat(list); statErr == nil && info.IsDir() {
		err = errors.New("is a directory; pass the list file")
	} else {
		data, err = os.ReadFile(list)
		if err != nil {
			err = describeReadError(err)
		}
	}
	if err != nil {
		return nil, &inputError{name: displayName(list), err: err}
	}
	pairs, err := parseList(list, data, dir)
	if err != nil {
		return nil, &inputError{name: displayName(list), err: err}
	}
	return pairs, nil
}

// openBatchOutput opens the -o file: truncated for a new run, or, to resume, read for the ids it
// already holds and then opened for appending. A last line cut short by an interrupted run is
// dropped, to be run again.
func openBatchOutput(path string, resume bool) (*os.File, map[string]bool, error) {
	if !resume {
		f, err := os.Create(path)
		if err != nil {
			return nil, nil, fmt.Errorf("writing %s: %w", path, describeReadError(err))
		}
		return f, nil, nil
	}
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, nil, &inputError{name: path, err: describeReadError(err)}
	}
	done := map[string]bool{}
	lines := bytes.SplitAfter(data, []byte("\n"))
	last := len(lines) - 1
	for last >= 0 && len(bytes.TrimSpace(lines[last])) == 0 {
		last--
	}
	keep := 0 // bytes of the lines kept
	for n, l := range lines[:last+1] {
		var line struct {
			ID *string `json:"id"`
		}
		raw := bytes.TrimSpace(l)
		if len(raw) > 0 && (json.Unmarshal(raw, &line) != nil || line.ID == nil) {
			if n == last && bytes.HasPrefix(raw, []byte(`{"id":`)) {
				break // cut short by an interrupted run: drop it, the pair runs again
			}
			return nil, nil, &inputError{name: path, err: fmt.Errorf("line %d is not a reframe batch result; choose another -o file or drop --resume", n+1)}
		}
		if line.ID != nil {
			done[*line.ID] = true
		}
		keep += len(l)
	}
	if keep < len(data) {
		if err := os.Truncate(path, int64(keep)); err != nil {
			return nil, nil, fmt.Errorf("writing %s: %w", path, err)
		}
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, nil, fmt.Errorf("writing %s: %w", path, describeReadError(err))
	}
	if keep > 0 && data[keep-1] != '\n' {
		// A complete last line without its newline: end it, so the next line starts on its own.
		if _, err := f.Write([]byte("\n")); err != nil {
			f.Close()
			return nil, nil, fmt.Errorf("writing %s: %w", path, err)
		}
	}
	return f, done, nil
}

// skipDone drops the pairs whose results are already written.
func skipDone(pairs []pair, done map[string]bool) []pair {
	if len(done) == 0 {
		return pairs
	}
	var todo []pair
	for _, p := range pairs {
		if !done[p.id] {
			todo = append(todo, p)
		}
	}
	return todo
}

// idList shows a few ids: "a, b, c and 4 more".
func idList(ids []string) string {
	const shown = 5
	switch {
	case len(ids) == 1:
		return "id " + ids[0]
	case len(ids) <= shown:
		return "ids " + strings.Join(ids, ", ")
	}
	return fmt.Sprintf("ids %s and %d more", strings.Join(ids[:shown], ", "), len(ids)-shown)
}
