package main

import (
	"context"
	"fmt"
	"sync"

	"github.com/reframe-dev/reframe/model"
	"github.com/reframe-dev/reframe/model/render"
	"github.com/reframe-dev/reframe/model/report"
)

// resultLine is the output line of a pair that was analysed.
type resultLine struct {
	ID       string           `json:"id"`
	Summary  report.Summary   `json:"summary"`
	Findings []report.Finding `json:"findings"`
}

// errorLine is the output line of a pair that could not be analysed.
type errorLine struct {
	ID    string `json:"id"`
	Error string `json:"error"`
}

// pairRunner analyses the pairs of a batch. One analyser and one loader serve every worker; both
// are safe for concurrent use.
type pairRunner struct {
	loader   *loader
	analyzer *model.Analyzer
}

// run analyses one pair and returns its output line, newline included, and whether it failed.
// Nothing a pair does stops the batch: a panic in the analysis becomes the pair's error line.
func (r *pairRunner) run(p pair) (line []byte, failed bool) {
	defer func() {
		if v := recover(); v != nil {
			line, failed = encodeLine(errorLine{ID: p.id, Error: fmt.Sprintf("internal error: %v (please report this pair)", v)}), true
		}
	}()
	if p.err != nil {
		return encodeLine(errorLine{ID: p.id, Error: p.err.Error()}), true
	}
	opinion, err := r.loader.load(p.opinion)
	if err != nil {
		return encodeLine(errorLine{ID: p.id, Error: err.Error()}), true
	}
	source, err := r.loader.load(p.source)
	if err != nil {
		return encodeLine(errorLine{ID: p.id, Error: err.Error()}), true
	}
	rep := r.analyzer.Analyze(opinion, source)
	return encodeLine(resultLine{ID: p.id, Summary: rep.Summary, Findings: rep.Findings}), false
}

func encodeLine(v any) []byte {
	data, err := render.MarshalJSON(v, "")
	if err != nil {
		// Only a value JSON cannot hold (NaN, say) gets here; say so on the pair's line.
		id := ""
		switch l := v.(type) {
		case resultLine:
			id = l.ID
		case errorLine:
			id = l.ID
		}
		data, _ = render.MarshalJSON(errorLine{ID: id, Error: err.Error()}, "")
	}
	return data
}

// parallel calls work(i) for i in [0, n) on up to jobs goroutines and hands each result to emit
// in index order, as soon as it and all before it are ready. It stops early, and returns the
// error, when emit fails.
func parallel[T any](ctx context.Context, n, jobs int, work func(i int) T, emit func(i int, v T) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		i int
		v T
	}
	indices := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for range min(jobs, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range indices {
				select {
				case results <- result{i, work(i)}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(indices)
		for i := range n {
			select {
			case indices <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	pending := map[int]T{}
	next := 0
	var err error
	for res := range results {
		if err != nil {
			continue // drain, so the workers can finish
		}
		pending[res.i] = res.v
		for {
			v, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			if err = emit(next, v); err != nil {
				cancel()
				break
			}
			next++
		}
	}
	return err
}
