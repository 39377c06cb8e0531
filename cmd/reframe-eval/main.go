// Command reframe-eval scores the analysis against the gold annotations of the corpus: per kind
// precision, recall and F1, pooled and per pair, plus character-level F1 for quotes.
//
//	go run ./cmd/reframe-eval [CORPUS_DIR]
package main

import (
	"fmt"
	"os"

	"github.com/reframe-dev/reframe/model"
	"github.com/reframe-dev/reframe/model/eval"
)

func main() {
	dir := "testdata/pairs"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	if err := run(dir); err != nil {
		fmt.Fprintf(os.Stderr, "reframe-eval: %v\n", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	pairs, err := eval.LoadCorpus(os.DirFS(dir))
	if err != nil {
		return err
	}
	a, err := model.NewAnalyzer(model.Options{})
	if err != nil {
		return err
	}
	corpus, _, err := eval.Run(pairs, a)
	if err != nil {
		return err
	}
	fmt.Printf("reframe evaluation over %d pairs in %s\n", len(pairs), dir)
	fmt.Println("a finding matches a gold item of its kind when they overlap by at least half of the shorter")
	fmt.Println()
	return corpus.Write(os.Stdout)
}
