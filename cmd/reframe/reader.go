package main

import (
	"context"
	"os"

	"github.com/spf13/cobra"

	"github.com/reframe-dev/reframe/model/report"
	"github.com/reframe-dev/reframe/ui"
)

// readerFlags are the options of the terminal reader.
type readerFlags struct {
	color ui.ColorMode // auto, always or never
	theme ui.Theme     // auto, dark or light
}

func (f *readerFlags) register(c *cobra.Command) {
	c.Flags().Var(&f.color, "color", "colour in the reader: auto, always or never (NO_COLOR is honoured in auto)")
	c.Flags().Var(&f.theme, "theme", "reader colours for a dark or light terminal: auto, dark or light")
}

// openReader runs the terminal reader. analyse produces the report; the reader runs it in the
// background behind a spinner.
func openReader(env *environment, flags *readerFlags, analyse func() (*report.Report, error)) error {
	opts := ui.Options{Color: flags.color, Theme: flags.theme, Output: env.stdout}
	if f, ok := env.stdin.(*os.File); ok && isTerminal(f) {
		// Keys come from stdin only when it is the terminal; otherwise (an article piped in on
		// stdin) the reader opens the terminal itself.
		opts.Input = f
	}
	return ui.Run(context.Background(), analyse, opts)
}
