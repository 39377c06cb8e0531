package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/reframe-dev/reframe/model"
	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/render"
	"github.com/reframe-dev/reframe/model/report"
)

// analysisFlags are the options every analysing command takes.
type analysisFlags struct {
	lexicon  string
	format   string        // input format: auto, text, markdown, html
	offline  bool          // refuse URL inputs
	timeout  time.Duration // for fetching one URL
	maxBytes int64         // largest page fetched
}

func (o *analysisFlags) register(c *cobra.Command) {
	c.Flags().StringVar(&o.lexicon, "lexicon", "", "extra framing lexicon `FILE` (one entry a line: phrase | subkind | note)")
	c.Flags().StringVar(&o.format, "input-format", "auto", "read inputs as auto, text, markdown or html")
	c.Flags().BoolVar(&o.offline, "offline", false, "never use the network: refuse http(s) inputs")
	c.Flags().DurationVar(&o.timeout, "timeout", defaultTimeout, "give up fetching a URL after this `duration`")
	c.Flags().Int64Var(&o.maxBytes, "max-bytes", defaultMaxBytes, "refuse fetched pages larger than this many `bytes`")
}

func newReportCommand(env *environment) *cobra.Command {
	opts := &analysisFlags{}
	var format, output string
	c := &cobra.Command{
		Use:   "report [--format text|markdown|json|html] [-o FILE] OPINION [SOURCE]",
		Short: "Print the analysis as text, Markdown, JSON or HTML",
		Long: `report analyses OPINION against SOURCE and prints the report. With no SOURCE the opinion
is analysed for framing only.`,
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := render.ParseFormat(format); err != nil {
				return &usageError{err: err, usage: cmd.UseLine()}
			}
			if err := checkOutput(output, cmd.UseLine(), args...); err != nil {
				return err
			}
			r, err := analyseArgs(env, opts, args)
			if err != nil {
				return err
			}
			return writeReport(env, r, format, output)
		},
	}
	opts.register(c)
	c.Flags().StringVarP(&format, "format", "f", "text", "output `format`: text, markdown, json or html")
	c.Flags().StringVarP(&output, "output", "o", "", "write to `FILE` instead of stdout")
	return c
}

// loadedArgs are the documents named on the command line, ready to analyse.
type loadedArgs struct {
	opinion, source *document.Document
	options         model.Options
}

// loadArgs reads and loads the inputs named on the command line.
func loadArgs(env *environment, opts *analysisFlags, args []string) (*loadedArgs, error) {
	if len(args) == 2 && args[0] == "-" && args[1] == "-" {
		return nil, &usageError{err: fmt.Errorf("only one input can be read from stdin"), usage: "reframe report OPINION [SOURCE]"}
	}
	mopts, err := opts.modelOptions()
	if err != nil {
		return nil, err
	}
	loader, err := newLoader(env, opts)
	if err != nil {
		return nil, err
	}
	in := &loadedArgs{options: mopts}
	if in.opinion, err = loader.load(args[0]); err != nil {
		return nil, err
	}
	if len(args) == 2 {
		if in.source, err = loader.load(args[1]); err != nil {
			return nil, err
		}
	}
	return in, nil
}

// analyse runs the analysis on the loaded documents.
func (in *loadedArgs) analyse() (*report.Report, error) {
	r, err := model.Analyze(in.opinion, in.source, in.options)
	if err != nil {
		return nil, err
	}
	return &r, nil
}

// analyseArgs loads the inputs named on the command line and analyses them.
func analyseArgs(env *environment, opts *analysisFlags, args []string) (*report.Report, error) {
	in, err := loadArgs(env, opts, args)
	if err != nil {
		return nil, err
	}
	return in.analyse()
}

func (o *analysisFlags) modelOptions() (model.Options, error) {
	var opts model.Options
	if o.lexicon != "" {
		data, err := os.ReadFile(o.lexicon)
		if err != nil {
			return opts, &inputError{name: o.lexicon, err: describeReadError(err)}
		}
		opts.Lexicon = data
		opts.LexiconName = o.lexicon
	}
	return opts, nil
}

// writeReport renders a report to stdout or, atomically, to a file.
func writeReport(env *environment, r *report.Report, format, output string) error {
	f, err := render.ParseFormat(format)
	if err != nil {
		return &usageError{err: err, usage: "reframe report --format text|markdown|json|html OPINION [SOURCE]"}
	}
	if output == "" || output == "-" {
		return render.Write(env.stdout, r, f)
	}
	return writeFileAtomic(output, func(w io.Writer) error { return render.Write(w, r, f) })
}

// writeFileAtomic writes through a temporary file in the same folder, then renames it into place,
// so a reader never sees half a file and a failure leaves any old file untouched.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	// CreateTemp makes the file private; a report is meant to be shared like any other file.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
