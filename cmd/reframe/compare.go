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

// articleRow is one article's figures against the source, or why it could not be read.
type articleRow struct {
	docRef
	Summary *report.Summary `json:"summary,omitempty"` // the report's summary for this article
	Error   string          `json:"error,omitempty"`   // why the article could not be read
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
				err = write(env.stdout, cmp)
			} else {
				err = writeFileAtomic(output, func(w io.Writer) error { return write(w, cmp) })
			}
			if err != nil {
				return err
			}
			return cmp.failures()
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
// shared analyser. A source that cannot be read is the error; an article that cannot be read
// gets a row that says why, and the others are still compared.
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
				return result{row: articleRow{docRef: docRef{Name: opinions[i]}, Error: err.Error()}}
			}
			return result{row: analyseRow(analyzer, doc, source)}
		},
		func(i int, r result) error {
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
	return articleRow{docRef: docRef{Name: opinion.Name, Title: opinion.Title}, Summary: &r.Summary}
}

// failures returns an input error naming the articles that could not be read, or nil.
func (c *comparison) failures() error {
	var failed []string
	for _, a := range c.Articles {
		if a.Error != "" {
			failed = append(failed, a.Name)
		}
	}
	if len(failed) == 0 {
		return nil
	}
	return &inputError{name: "compare", err: fmt.Errorf("%d of %d articles could not be read; their rows say why", len(failed), len(c.Articles))}
}
