package main

import (
	"github.com/spf13/cobra"

	"github.com/reframe-dev/reframe"
	"github.com/reframe-dev/reframe/model"
	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

func newDemoCommand(env *environment) *cobra.Command {
	var format string
	reader := &readerFlags{}
	c := &cobra.Command{
		Use:   "demo",
		Short: "Open the bundled example pair (no files needed)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opinion, err := document.Load("demo/opinion.txt", reframe.DemoOpinion, document.Options{Format: document.Text})
			if err != nil {
				return err
			}
			source, err := document.Load("demo/source.txt", reframe.DemoSource, document.Options{Format: document.Text})
			if err != nil {
				return err
			}
			analyse := func() (*report.Report, error) {
				r, err := model.Analyze(opinion, source, model.Options{})
				return &r, err
			}
			if format == "" && isTerminal(env.stdout) {
				return openReader(env, reader, analyse)
			}
			r, err := analyse()
			if err != nil {
				return err
			}
			if format == "" {
				format = "text"
			}
			return writeReport(env, r, format, "")
		},
	}
	reader.register(c)
	c.Flags().StringVarP(&format, "format", "f", "", "print the report in this `format` instead of opening the reader")
	return c
}
