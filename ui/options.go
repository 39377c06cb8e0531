package ui

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/colorprofile"
)

// ColorMode says whether the reader uses colour. It implements pflag.Value, so a command line
// can take it as a flag.
type ColorMode int

// The colour modes.
const (
	ColorAuto   ColorMode = iota // colour when the terminal has it and NO_COLOR is unset
	ColorAlways                  // colour even with NO_COLOR, at least 16 colours
	ColorNever                   // attributes (bold, underline, italics, reverse) only
)

var colorModes = []string{"auto", "always", "never"}

// String returns the mode's name.
func (c ColorMode) String() string {
	if c < 0 || int(c) >= len(colorModes) {
		return fmt.Sprintf("ColorMode(%d)", int(c))
	}
	return colorModes[c]
}

// Set parses a mode name.
func (c *ColorMode) Set(s string) error {
	i, err := choose(s, colorModes)
	if err == nil {
		*c = ColorMode(i)
	}
	return err
}

// Type names the flag's value type in usage text.
func (c *ColorMode) Type() string { return "auto|always|never" }

// Theme says whether to draw for a dark or a light terminal background. It implements pflag.Value.
type Theme int

// The themes.
const (
	ThemeAuto  Theme = iota // ask the terminal for its background colour, assume dark until it answers
	ThemeDark               // light text on a dark background
	ThemeLight              // dark text on a light background
)

var themes = []string{"auto", "dark", "light"}

// String returns the theme's name.
func (t Theme) String() string {
	if t < 0 || int(t) >= len(themes) {
		return fmt.Sprintf("Theme(%d)", int(t))
	}
	return themes[t]
}

// Set parses a theme name.
func (t *Theme) Set(s string) error {
	i, err := choose(s, themes)
	if err == nil {
		*t = Theme(i)
	}
	return err
}

// Type names the flag's value type in usage text.
func (t *Theme) Type() string { return "auto|dark|light" }

func choose(s string, names []string) (int, error) {
	for i, n := range names {
		if strings.EqualFold(s, n) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("%q is not one of %s", s, strings.Join(names, ", "))
}

// Options configure the reader. The zero value reads the terminal on stdin and stdout, with
// colour and theme detected.
type Options struct {
	Color  ColorMode // whether to use colour
	Theme  Theme     // dark or light background
	Input  io.Reader // where keys come from; nil for stdin, or the terminal when stdin is not one
	Output io.Writer // where the screen goes; nil for stdout
	Env    []string  // environment (TERM, NO_COLOR, COLORTERM, COLORFGBG); nil for os.Environ()

	profile colorprofile.Profile // tests: a fixed colour profile instead of detection
}

func (o Options) environ() []string {
	if o.Env == nil {
		return os.Environ()
	}
	return o.Env
}

func (o Options) getenv(name string) string {
	env := o.environ()
	for i := len(env) - 1; i >= 0; i-- {
		if k, v, ok := strings.Cut(env[i], "="); ok && k == name {
			return v
		}
	}
	return ""
}

// colorProfile decides how much colour to draw with. NO_COLOR set to anything (no-color.org)
// removes colour in auto mode; --color always puts it back.
func (o Options) colorProfile() colorprofile.Profile {
	if o.profile != colorprofile.Unknown {
		return o.profile
	}
	out := o.Output
	if out == nil {
		out = os.Stdout
	}
	switch o.Color {
	case ColorNever:
		return colorprofile.ASCII
	case ColorAlways:
		var env []string
		for _, kv := range o.environ() {
			if !strings.HasPrefix(kv, "NO_COLOR=") {
				env = append(env, kv)
			}
		}
		return max(colorprofile.Detect(out, append(env, "CLICOLOR_FORCE=1")), colorprofile.ANSI)
	}
	p := colorprofile.Detect(out, o.environ())
	if o.getenv("NO_COLOR") != "" {
		p = min(p, colorprofile.ASCII)
	}
	return p
}

// darkGuess says whether the background is dark before the terminal answers: the theme when
// one is set, else COLORFGBG ("15;0": background colour 0) when the terminal exports it, else dark.
func (o Options) darkGuess() bool {
	switch o.Theme {
	case ThemeDark:
		return true
	case ThemeLight:
		return false
	}
	v := o.getenv("COLORFGBG")
	if i := strings.LastIndexByte(v, ';'); i >= 0 {
		if bg, err := strconv.Atoi(v[i+1:]); err == nil {
			return bg < 7 || bg == 8
		}
	}
	return true
}
