package main

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/reframe-dev/reframe/model/render"
)

// spinnerFrames are drawn in turn while a fetch is under way.
var spinnerFrames = []string{"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"}

// spinner redraws one status line on a terminal until stopped, then erases it. It writes only
// when started on a terminal; callers check that.
type spinner struct {
	w    io.Writer
	text string
	stop chan struct{}
	done sync.WaitGroup
}

// startSpinner draws label with a turning frame every interval. Nothing is drawn before the
// first interval has passed, so quick work does not flicker.
func startSpinner(w io.Writer, label string, interval time.Duration) *spinner {
	s := &spinner{w: w, text: render.Excerpt(label, 60), stop: make(chan struct{})}
	s.done.Add(1)
	go s.run(interval)
	return s
}

func (s *spinner) run(interval time.Duration) {
	defer s.done.Done()
	tick := time.NewTicker(interval)
	defer tick.Stop()
	select {
	case <-s.stop:
		return
	case <-tick.C:
	}
	for frame := 0; ; frame++ {
		fmt.Fprintf(s.w, "\r%s %s", spinnerFrames[frame%len(spinnerFrames)], s.text)
		select {
		case <-s.stop:
			fmt.Fprint(s.w, "\r\x1b[K")
			return
		case <-tick.C:
		}
	}
}

// Stop erases the line and returns once the spinner has stopped writing.
func (s *spinner) Stop() {
	close(s.stop)
	s.done.Wait()
}
