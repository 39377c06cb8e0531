package ui

import (
	"fmt"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// maxMatches bounds the matches one search collects.
const maxMatches = 100_000

// search is the state of / search: the query, the pane it searched and the matches in it.
type search struct {
	typing  bool   // the prompt is open
	query   string // the query
	focus   Focus  // the pane searched
	matches []span // matches in that pane's document, in order
	current int    // the current match, or -1
	capped  bool   // there were more than maxMatches
}

// active reports whether a search has been confirmed: n and N then move over its matches.
func (s search) active() bool { return !s.typing && s.query != "" }

// status describes the search for the details line: `"bombshell" 3/14 in the opinion`.
func (s search) status() string {
	q := fmt.Sprintf("%q", inertLine(s.query))
	switch {
	case s.typing && s.query == "":
		return fmt.Sprintf("Search the %s: type, then enter to keep the search or esc to cancel.", s.focus)
	case len(s.matches) == 0:
		return fmt.Sprintf("%s: no matches in the %s.", q, s.focus)
	}
	count := fmt.Sprint(len(s.matches))
	if s.capped {
		count += "+"
	}
	pos := fmt.Sprintf("%d/%s", s.current+1, count)
	if s.typing {
		return fmt.Sprintf("%s %s in the %s", q, pos, s.focus)
	}
	return fmt.Sprintf("%s %s in the %s · n/N: next/previous match · esc: clear", q, pos, s.focus)
}

// searchKey handles a key while the search prompt is open: matches update as the query grows.
func (m *Model) searchKey(msg tea.KeyPressMsg) {
	k := m.keys.Search
	switch {
	case key.Matches(msg, k.Cancel):
		m.search = search{current: -1}
	case key.Matches(msg, k.Confirm):
		m.search.typing = false
		if m.search.query == "" {
			m.search = search{current: -1}
		}
	case msg.String() == "backspace":
		if q := []rune(m.search.query); len(q) > 0 {
			m.search.query = string(q[:len(q)-1])
			m.find()
		}
	case msg.Text != "" && msg.Mod&^tea.ModShift == 0:
		m.search.query += msg.Text
		m.find()
	}
}

// find collects the matches of the query and moves to the first at or after the top of the
// view. The search ignores case unless the query has a capital letter.
func (m *Model) find() {
	s := &m.search
	s.matches, s.current, s.capped = nil, -1, false
	if s.query == "" {
		return
	}
	doc := m.panes[s.focus].doc
	text, q := doc.text, s.query
	if !strings.ContainsFunc(q, unicode.IsUpper) {
		text, q = doc.foldedText(), fold(q)
	}
	for off := 0; ; {
		i := strings.Index(text[off:], q)
		if i < 0 {
			break
		}
		if len(s.matches) == maxMatches {
			s.capped = true
			break
		}
		s.matches = append(s.matches, span{off + i, off + i + len(q)})
		off += i + len(q)
	}
	if len(s.matches) == 0 {
		return
	}
	top := m.panes[s.focus].TopOffset()
	s.current = 0
	for i, sp := range s.matches {
		if sp.start >= top {
			s.current = i
			break
		}
	}
	m.showMatch()
}

// stepMatch moves to the next or previous match, going round at either end.
func (m *Model) stepMatch(dir int) {
	s := &m.search
	if len(s.matches) == 0 {
		m.note = "no matches"
		return
	}
	s.current += dir
	switch {
	case s.current >= len(s.matches):
		s.current, m.wrapped = 0, true
	case s.current < 0:
		s.current, m.wrapped = len(s.matches)-1, true
	}
	m.focus = s.focus
	m.showMatch()
}

// showMatch scrolls the searched pane to the current match if it is out of view.
func (m *Model) showMatch() {
	s := &m.search
	p := &m.panes[s.focus]
	if sp := s.matches[s.current]; !p.Visible(sp.start) {
		p.Place(sp.start, p.Rows()/3)
		if m.sync {
			m.follow(s.focus)
		}
	}
}
