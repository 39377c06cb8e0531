// Command reframe-eval scores the analysis against the gold annotations of the corpus: per kind
// precision, recall and F1, pooled and per pair, plus character-level F1 for quotes.
//
//	go run ./cmd/reframe-eval [-misses KIND|all] [CORPUS_DIR...]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/reframe-dev/reframe/model"
	"github.com/reframe-dev/reframe/model/eval"
)

func main() {
	misses := flag.String("misses", "", "also list the gold items missed and the findings not in gold, for this `kind` (or all)")
	flag.Parse()
	dirs := flag.Args()
	if len(dirs) == 0 {
		dirs = []string{"testdata/pairs"}
	}
	for i, dir := range dirs {
		if i > 0 {
			fmt.Println()
		}
		if err := run(dir, *misses); err != nil {
			fmt.Fprintf(os.Stderr, "reframe-eval: %v\n", err)
			os.Exit(1)
		}
	}
}

func run(dir, misses string) error {
	pairs, err := eval.LoadCorpus(os.DirFS(dir))
	if err != nil {
		return err
	}
	a, err := model.NewAnalyzer(model.Options{})
	if err != nil {
		return err
	}
	corpus, reports, err := eval.Run(pairs, a)
	if err != nil {
		return err
	}
	if misses != "" {
		for i, p := range pairs {
			spans, _ := p.Gold.Resolve(p.Opinion.Text, p.Source.Text)
			for _, m := range eval.Misses(p.Name, &reports[i], spans) {
				if misses != "all" && string(m.Kind) != misses {
					continue
				}
				what := "extra"
				if m.Gold {
					what = "missed"
				}
				fmt.Printf("%-24s %-7s %-12s %-22s %q\n", m.Pair, what, m.Kind, m.Subkind, m.Text)
			}
		}
		fmt.Println()
	}
	fmt.Printf("reframe evaluation over %d pairs in %s\n", len(pairs), dir)
	fmt.Println("a finding matches a gold item of its kind when they overlap by at least half of the shorter")
	fmt.Println()
	return corpus.Write(os.Stdout)
}
