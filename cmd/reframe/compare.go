package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/reframe-dev/reframe/model"
	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// comparison is the result of analysing several articles against one source.
type comparison struct {
	Version  int          `json:"version"`  // contract version, as in the report
	Source   docRef       `json:"source"`   // the shared source
	Articles []articleRow `json:"articles"` // in the order named on the command line
}

// docRef names a document without its text.
type docRef struct {
	Name  string `json:"name"`  // the input as named on the command line
	Title string `json:"title"` // detected title, may be empty
}

// articleRow is one article's figures against the source.
type articleRow struct {
	docRef
	Summary report.Summary `json:"summary"` // the report's summary for this article
}

func newCompareCommand(env *environment) *cobra.Command {
	opts := &analysisFlags{}
	var format, output string
	c := &cobra.Command{
		Use:   "compare [--format text|markdown|json] [-o FILE] SOURCE OPINION...",
		Short: "Compare how several articles use one source, in one table",
		Long: `compare analyses each OPINION against the one SOURCE and prints a table with a row per
article: the share quoted and paraphrased from the source, framing per 100 words, unsupported and
contradicting assertions, and the share of the source the article uses.`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			write, ok := comparisonWriters[format]
			if !ok {
				return &usageError{err: fmt.Errorf("unknown format %q (want text, markdown or json)", format), usage: cmd.UseLine()}
			}
			if err := checkStdinOnce(args, cmd.UseLine()); err != nil {
				return err
			}
			if err := checkOutput(output, cmd.UseLine(), args...); err != nil {
				return err
			}
			cmp, err := compareArgs(env, opts, args[0], args[1:])
			if err != nil {
				return err
			}
			if output == "" || output == "-" {
				return write(env.stdout, cmp)
			}
			return writeFileAtomic(output, func(w io.Writer) error { return write(w, cmp) })
		},
	}
	opts.register(c)
	c.Flags().StringVarP(&format, "format", "f", "text", "output `format`: text, markdown or json")
	c.Flags().StringVarP(&output, "output", "o", "", "write to `FILE` instead of stdout")
	return c
}

// checkStdinOnce refuses more than one input read from stdin.
func checkStdinOnce(args []string, usage string) error {
	n := 0
	for _, a := range args {
		if a == "-" {
			n++
		}
	}
	if n > 1 {
		return &usageError{err: errors.New("only one input can be read from stdin"), usage: usage}
	}
	return nil
}

// compareArgs loads the source once and analyses every opinion against it, in parallel with one
// shared analyser. The first input that fails, in command-line order, is the error.
func compareArgs(env *environment, opts *analysisFlags, sourceName string, opinions []string) (*comparison, error) {
	mopts, err := opts.modelOptions()
	if err != nil {
		return nil, err
	}
	ld, err := newLoader(env, opts)
	if err != nil {
		return nil, err
	}
	source, err := ld.load(sourceName)
	if err != nil {
		return nil, err
	}
	analyzer, err := model.NewAnalyzer(mopts)
	if err != nil {
		return nil, err
	}
	type result struct {
		row articleRow
		err error
	}
	cmp := &comparison{Version: report.Version, Source: docRef{Name: source.Name, Title: source.Title}}
	if ld.spinner {
		// One line for all the articles: spinners of parallel fetches would overwrite each other.
		ld.spinner = false
		s := startSpinner(env.stderr, fmt.Sprintf("reading and analysing %d articles", len(opinions)), 100*time.Millisecond)
		defer s.Stop()
	}
	err = parallel(context.Background(), len(opinions), runtime.NumCPU(),
		func(i int) result {
			doc, err := ld.load(opinions[i])
			if err != nil {
				return result{err: err}
			}
			return result{row: analyseRow(analyzer, doc, source)}
		},
		func(i int, r result) error {
			if r.err != nil {
				return r.err
			}
			cmp.Articles = append(cmp.Articles, r.row)
			return nil
		})
	if err != nil {
		return nil, err
	}
	return cmp, nil
}

func analyseRow(analyzer *model.Analyzer, opinion, source *document.Document) articleRow {
	r := analyzer.Analyze(opinion, source)
	return articleRow{docRef: docRef{Name: opinion.Name, Title: opinion.Title}, Summary: r.Summary}
}
