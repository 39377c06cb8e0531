package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// KeyBar is the bottom line: the keys that matter now, or the search prompt while typing.
type KeyBar struct {
	styles   *Styles
	help     help.Model
	bindings []key.Binding
	typing   bool   // the search prompt is open
	query    string // the query typed so far
	hint     []key.Binding
}

// SetStyles replaces the styles, after a theme change.
func (k *KeyBar) SetStyles(s *Styles) {
	k.styles = s
	k.help = help.New()
	k.help.Styles = s.Help
	k.help.ShortSeparator = " · "
	k.help.Ellipsis = "…"
}

// SetBindings sets the keys shown.
func (k *KeyBar) SetBindings(b []key.Binding) { k.bindings = b }

// SetPrompt opens the search prompt with a query and the keys that end it, or closes it.
func (k *KeyBar) SetPrompt(typing bool, query string, hint []key.Binding) {
	k.typing, k.query, k.hint = typing, query, hint
}

// Render draws the bar on one line.
func (k *KeyBar) Render(width, height int) string {
	if height <= 0 {
		return ""
	}
	if k.typing {
		k.help.SetWidth(max(width/2, 1))
		hint := k.help.ShortHelpView(k.hint)
		prompt := k.styles.FrameFocus.Render(" /") + inertLine(k.query) + "█"
		room := width - displayWidth(hint) - 1
		return pad(truncate(prompt, room), room) + " " + hint
	}
	k.help.SetWidth(max(width-2, 1))
	return pad(" "+k.help.ShortHelpView(k.bindings), width)
}
