package main

import (
	"os"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
)

func newRootCommand(env *environment) *cobra.Command {
	opts := &analysisFlags{}
	reader := &readerFlags{}
	root := &cobra.Command{
		Use:   "reframe OPINION [SOURCE]",
		Short: "Show how an opinion article reframes the report it cites",
		Long: `reframe puts an opinion article beside the report it cites and shows how the source was
reframed: passages copied from it (verbatim or edited, marked as quotes or not), framing the writer
added, and assertions the source does not support or contradicts.

With a terminal on stdout it opens the reader; otherwise it prints the text report.
An input is a file path, - for stdin, or an http(s):// URL.`,
		Args:          cobra.RangeArgs(1, 2),
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if isTerminal(env.stdout) {
				// Inputs are read here, so a bad one fails before the screen changes.
				in, err := loadArgs(env, opts, args)
				if err != nil {
					return err
				}
				return openReader(env, reader, in.analyse)
			}
			r, err := analyseArgs(env, opts, args)
			if err != nil {
				return err
			}
			return writeReport(env, r, "text", "")
		},
	}
	opts.register(root)
	reader.register(root)
	root.AddCommand(newReportCommand(env), newDemoCommand(env), newBatchCommand(env), newCompareCommand(env))
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &usageError{err: err, usage: c.UseLine()}
	})
	wrapArgs(root)
	return root
}

// wrapArgs turns argument-count errors of every command into usage errors.
func wrapArgs(c *cobra.Command) {
	if check := c.Args; check != nil {
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := check(cmd, args); err != nil {
				return &usageError{err: err, usage: cmd.UseLine()}
			}
			return nil
		}
	}
	for _, sub := range c.Commands() {
		wrapArgs(sub)
	}
}

func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
