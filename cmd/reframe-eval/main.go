// Command reframe-eval scores the analysis against the gold annotations of the corpus: per kind
// precision, recall and F1, pooled and per pair, plus character-level F1 for quotes.
//
//	go run ./cmd/reframe-eval [-misses KIND|all] [CORPUS_DIR...]
//	go run ./cmd/reframe-eval -agree ANNOTATIONS_DIR [CORPUS_DIR]
//
// With -agree, it scores a second, independent annotation of the corpus (ANNOTATIONS_DIR holds
// one PAIR.json per annotated pair, in the gold.json format) against the gold, as if it were the
// tool's findings: how far two annotators agree, the ceiling for the tool's own scores.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/reframe-dev/reframe/model"
	"github.com/reframe-dev/reframe/model/eval"
)

func main() {
	misses := flag.String("misses", "", "also list the gold items missed and the findings not in gold, for this `kind` (or all)")
	agree := flag.String("agree", "", "score the second annotations in `dir` (PAIR.json files) against the gold instead of the tool")
	flag.Parse()
	dirs := flag.Args()
	if len(dirs) == 0 {
		dirs = []string{"testdata/pairs"}
	}
	if *agree != "" {
		if err := agreement(dirs[0], *agree); err != nil {
			fmt.Fprintf(os.Stderr, "reframe-eval: %v\n", err)
			os.Exit(1)
		}
		return
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

// agreement scores the second annotations in dir against the gold of the pairs in corpusDir that
// have one.
func agreement(corpusDir, dir string) error {
	pairs, err := eval.LoadCorpus(os.DirFS(corpusDir))
	if err != nil {
		return err
	}
	var scores []eval.PairScore
	for _, p := range pairs {
		data, err := os.ReadFile(filepath.Join(dir, p.Name+".json"))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return err
		}
		second, err := eval.ParseGold(data)
		if err != nil {
			return fmt.Errorf("%s: %w", p.Name, err)
		}
		s, err := eval.Agreement(p, second)
		if err != nil {
			return err
		}
		scores = append(scores, s)
	}
	if len(scores) == 0 {
		return fmt.Errorf("no second annotation in %s matches a pair of %s", dir, corpusDir)
	}
	fmt.Printf("agreement of the annotations in %s with the gold of %d pairs in %s\n", dir, len(scores), corpusDir)
	fmt.Println("an item matches a gold item of its kind when they overlap by at least half of the shorter")
	fmt.Println()
	return eval.Pool(scores).Write(os.Stdout)
}
