package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/reframe-dev/reframe/model/report"
)

// Model is the reader: the one Bubble Tea model, owning every piece of state. The parts it
// draws (header, panes, details, key bar, overlay) are plain structs it sizes and fills.
type Model struct {
	opts    Options
	profile colorprofile.Profile
	dark    bool
	styles  *Styles
	keys    KeyMap
	spinner spinner.Model
	analyse func() (*report.Report, error)
	loading bool  // the analysis is running
	err     error // the analysis failed; Run returns it

	ix       *index
	layout   layout
	header   Header
	panes    [2]Pane
	details  Details
	keybar   KeyBar
	overlay  Overlay
	showing  overlayKind
	focus    Focus
	shown    kindSet // the kinds highlighted and visited by n/N
	sync     bool    // the other pane follows the focused one
	current  int     // the current finding, an index into ix.findings, or -1
	evidence int     // the evidence of the current finding the other pane shows
	wrapped  bool    // the last n/N went round the end
	note     string  // a note about the last key, shown in the details line
	search   search
}

// reportMsg carries the result of the analysis.
type reportMsg struct {
	report *report.Report
	err    error
}

// New returns a reader showing a report that is already computed; nil shows an empty one.
func New(r *report.Report, opts Options) *Model {
	if r == nil {
		r = &report.Report{}
	}
	m := newModel(opts)
	m.setReport(r)
	return m
}

func newModel(opts Options) *Model {
	m := &Model{
		opts:    opts,
		profile: opts.colorProfile(),
		dark:    opts.darkGuess(),
		keys:    DefaultKeyMap(),
		shown:   showAll,
		sync:    true,
		current: -1,
	}
	m.spinner = spinner.New(spinner.WithSpinner(spinner.Dot))
	m.restyle()
	return m
}

// Run opens the reader on the terminal and runs analyse in the background behind a spinner. It
// returns when the user quits, with the analysis error if the analysis failed.
func Run(ctx context.Context, analyse func() (*report.Report, error), opts Options) error {
	m := newModel(opts)
	m.analyse, m.loading = analyse, true
	popts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithColorProfile(m.profile)}
	if opts.Input != nil {
		popts = append(popts, tea.WithInput(opts.Input))
	}
	if opts.Output != nil {
		popts = append(popts, tea.WithOutput(opts.Output))
	}
	if opts.Env != nil {
		popts = append(popts, tea.WithEnvironment(opts.Env))
	}
	final, err := tea.NewProgram(m, popts...).Run()
	switch {
	case errors.Is(err, tea.ErrInterrupted):
		return nil // SIGINT: the user left
	case errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil:
		return ctx.Err()
	case err != nil:
		return fmt.Errorf("running the reader: %w", err)
	}
	if fm, ok := final.(*Model); ok && fm.err != nil {
		return fm.err
	}
	return nil
}

// restyle rebuilds the styles for the current theme and hands them to every part.
func (m *Model) restyle() {
	m.styles = NewStyles(m.dark, m.profile)
	s := m.styles
	m.spinner.Style = s.Spinner
	m.header.styles, m.details.styles, m.overlay.styles = s, s, s
	m.keybar.SetStyles(s)
	for i := range m.panes {
		m.panes[i].SetStyles(s)
	}
	if m.showing != noOverlay {
		m.openOverlay(m.showing)
	}
}

// setReport shows a report.
func (m *Model) setReport(r *report.Report) {
	m.loading = false
	m.ix = newIndex(r)
	m.panes[FocusOpinion] = newPane(m.ix.docs[FocusOpinion], "Opinion", m.styles)
	m.panes[FocusSource] = newPane(m.ix.docs[FocusSource], "Source", m.styles)
	if !m.ix.hasSource() {
		m.panes[FocusSource].note = "no source: framing only"
	}
	if m.ix.docs[FocusOpinion].text == "" {
		m.panes[FocusOpinion].note = "the opinion is empty"
	}
	m.header.SetReport(r)
	if m.layout.width > 0 {
		m.resize(m.layout.width, m.layout.height)
	}
	m.refresh()
}

// Init starts the analysis and the spinner, and asks the terminal for its background colour.
func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.opts.Theme == ThemeAuto {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if m.loading {
		cmds = append(cmds, m.spinner.Tick, analyseCmd(m.analyse))
	}
	return tea.Batch(cmds...)
}

// analyseCmd runs the analysis off the event loop; a panic in it becomes an error.
func analyseCmd(analyse func() (*report.Report, error)) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = reportMsg{err: fmt.Errorf("the analysis failed: %v (please report this with the inputs that caused it)", r)}
			}
		}()
		r, err := analyse()
		if err == nil && r == nil {
			err = errors.New("the analysis returned no report")
		}
		return reportMsg{r, err}
	}
}

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		if m.opts.Theme == ThemeAuto && msg.IsDark() != m.dark {
			m.dark = msg.IsDark()
			m.restyle()
		}
	case reportMsg:
		if msg.err != nil {
			m.err = msg.err
			return m, tea.Quit
		}
		m.setReport(msg.report)
	case spinner.TickMsg:
		if m.loading {
			var cmd tea.Cmd
			m.spinner, cmd = m.spinner.Update(msg)
			return m, cmd
		}
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case tea.MouseWheelMsg:
		m.handleWheel(msg.Mouse())
	case tea.MouseClickMsg:
		m.handleClick(msg.Mouse())
	}
	return m, nil
}

// resize computes the layout for a window size and sizes every part from it.
func (m *Model) resize(width, height int) {
	m.layout = newLayout(width, height, m.ix == nil || m.ix.hasSource())
	l := m.layout
	if l.tooSmall || m.ix == nil {
		return
	}
	// A current finding in view stays in view, with its evidence beside it.
	keep := m.current >= 0 && m.inView(&m.panes[focusOf(m.ix.findings[m.current].Side)], m.current)
	for f := range m.panes {
		if r := l.panes[f]; r.w > 0 {
			m.panes[f].SetSize(r.w, r.h)
		}
	}
	if keep {
		f := &m.ix.findings[m.current]
		if p := &m.panes[focusOf(f.Side)]; !p.Visible(f.Start) {
			p.Place(f.Start, p.Rows()/3)
		}
		if m.sync {
			m.showEvidence()
		}
	}
	// Side by side, the titles head the panes from the header; stacked, each frame carries
	// its own and the header keeps its lines for the figures.
	m.header.SetSplit(0)
	m.panes[FocusOpinion].title, m.panes[FocusSource].title = "Opinion · "+m.header.opinion, "Source · "+m.header.source
	if !l.stacked && m.ix.hasSource() {
		m.header.SetSplit(l.panes[FocusSource].x)
		m.panes[FocusOpinion].title, m.panes[FocusSource].title = "Opinion", "Source"
	}
	m.overlay.SetSize(l.middle().h)
}

// View draws the screen and declares the alternate screen and mouse mode.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "reframe"
	if m.ix != nil {
		v.WindowTitle = "reframe: " + truncate(m.header.opinion, 60)
	}
	return v
}

func (m *Model) render() string {
	l := m.layout
	switch {
	case l.width == 0:
		return ""
	case l.tooSmall:
		return m.renderTooSmall()
	case m.ix == nil:
		return center(l.width, l.height, m.spinner.View()+" analysing the pair…", "", m.styles.Dim.Render("q quits"))
	}
	parts := make([]string, 0, 4)
	parts = append(parts, m.header.Render(l.header.w, l.header.h))
	mid := l.middle()
	switch {
	case m.showing != noOverlay:
		parts = append(parts, m.overlay.Render(mid.w, mid.h))
	case !m.ix.hasSource():
		parts = append(parts, m.panes[FocusOpinion].Render(mid.w, mid.h))
	case l.stacked:
		for f := range m.panes {
			r := l.panes[f]
			parts = append(parts, m.panes[f].Render(r.w, r.h))
		}
	default:
		a, b := l.panes[FocusOpinion], l.panes[FocusSource]
		parts = append(parts, sideBySide(m.panes[FocusOpinion].Render(a.w, a.h), m.panes[FocusSource].Render(b.w, b.h)))
	}
	parts = append(parts, m.details.Render(l.details.w, l.details.h), m.keybar.Render(l.keys.w, l.keys.h))
	return strings.Join(parts, "\n")
}

// sideBySide joins two blocks of the same height line by line.
func sideBySide(left, right string) string {
	ls, rs := strings.Split(left, "\n"), strings.Split(right, "\n")
	var b strings.Builder
	for i := range ls {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(ls[i])
		if i < len(rs) {
			b.WriteString(rs[i])
		}
	}
	return b.String()
}

func (m *Model) renderTooSmall() string {
	l := m.layout
	msg := fmt.Sprintf("Terminal too small: %d×%d.\nThe reader needs at least %d×%d.\nEnlarge it, or press q to quit.",
		l.width, l.height, minWidth, minHeight)
	return center(l.width, l.height, strings.Split(msg, "\n")...)
}

// center draws lines in the middle of a width×height block.
func center(width, height int, lines ...string) string {
	out := make([]string, height)
	top := max((height-len(lines))/2, 0)
	for i := range out {
		if j := i - top; j >= 0 && j < len(lines) {
			l := truncate(lines[j], width)
			out[i] = pad(strings.Repeat(" ", (width-displayWidth(l))/2)+l, width)
		} else {
			out[i] = strings.Repeat(" ", width)
		}
	}
	return strings.Join(out, "\n")
}
