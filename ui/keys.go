package ui

import "charm.land/bubbles/v2/key"

// ScrollKeys move the focused pane.
type ScrollKeys struct {
	Up       key.Binding // one line up
	Down     key.Binding // one line down
	PageUp   key.Binding // one page up
	PageDown key.Binding // one page down
	Top      key.Binding // to the start
	Bottom   key.Binding // to the end
}

// FindingKeys move through findings and choose which kinds are shown.
type FindingKeys struct {
	Next        key.Binding // next finding, or next match while a search is active
	Prev        key.Binding // previous finding, or previous match
	Step        key.Binding // Next and Prev as one entry of the short help
	Evidence    key.Binding // scroll the other pane to the evidence, cycling through it
	Sync        key.Binding // toggle synchronised scrolling
	Kinds       key.Binding // the toggles below, as one entry of the short help
	Quote       key.Binding // show or hide quotes
	Paraphrase  key.Binding // show or hide paraphrases
	Framing     key.Binding // show or hide framing
	Unsupported key.Binding // show or hide unsupported claims
	Omitted     key.Binding // show or hide omitted source content
}

// GeneralKeys switch panes, search, explain and quit.
type GeneralKeys struct {
	Focus  key.Binding // switch the focused pane
	Search key.Binding // start a search
	Back   key.Binding // clear the search or selection, close help
	Legend key.Binding // show what every highlight means
	Help   key.Binding // show every key
	Quit   key.Binding // leave the reader
}

// SearchKeys edit the search query.
type SearchKeys struct {
	Confirm key.Binding // keep the query and move over its matches
	Cancel  key.Binding // drop the query
}

// KeyMap is every key binding of the reader, grouped by area. It implements help.KeyMap.
type KeyMap struct {
	Scroll   ScrollKeys
	Findings FindingKeys
	General  GeneralKeys
	Search   SearchKeys
}

// DefaultKeyMap returns the reader's key bindings.
func DefaultKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Scroll: ScrollKeys{
			Up:       b("↑/k", "scroll up", "up", "k"),
			Down:     b("↓/j", "scroll down", "down", "j"),
			PageUp:   b("pgup/b", "page up", "pgup", "b", "ctrl+b", "ctrl+u"),
			PageDown: b("pgdn/space", "page down", "pgdown", "space", "ctrl+f", "ctrl+d"),
			Top:      b("g/home", "go to start", "g", "home"),
			Bottom:   b("G/end", "go to end", "G", "end"),
		},
		Findings: FindingKeys{
			Next:        b("n", "next finding", "n"),
			Prev:        b("N", "previous finding", "N"),
			Step:        b("n/N", "finding", "n", "N"),
			Evidence:    b("enter", "show evidence", "enter"),
			Sync:        b("s", "sync scrolling", "s"),
			Kinds:       b("1-5", "kinds", "1", "2", "3", "4", "5"),
			Quote:       b("1", "quotes", "1"),
			Paraphrase:  b("2", "paraphrases", "2"),
			Framing:     b("3", "framing", "3"),
			Unsupported: b("4", "unsupported", "4"),
			Omitted:     b("5", "omitted", "5"),
		},
		General: GeneralKeys{
			Focus:  b("tab", "switch pane", "tab", "shift+tab"),
			Search: b("/", "search", "/"),
			Back:   b("esc", "clear", "esc"),
			Legend: b("l", "legend", "l"),
			Help:   b("?", "help", "?"),
			Quit:   b("q", "quit", "q", "ctrl+c"),
		},
		Search: SearchKeys{
			Confirm: b("enter", "keep search", "enter"),
			Cancel:  b("esc", "cancel", "esc"),
		},
	}
}

// ShortHelp returns the bindings of the key bar while reading.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Findings.Step, k.General.Focus, k.Findings.Kinds, k.General.Search,
		k.General.Help, k.General.Quit, k.Findings.Sync, k.Findings.Evidence, k.General.Legend}
}

// FullHelp returns every binding in columns: scrolling, findings, kinds, general.
func (k KeyMap) FullHelp() [][]key.Binding {
	s, f, g := k.Scroll, k.Findings, k.General
	return [][]key.Binding{
		{s.Up, s.Down, s.PageUp, s.PageDown, s.Top, s.Bottom},
		{f.Next, f.Prev, f.Evidence, f.Sync, g.Focus, g.Search},
		{f.Quote, f.Paraphrase, f.Framing, f.Unsupported, f.Omitted},
		{g.Back, g.Legend, g.Help, g.Quit},
	}
}
