package eval

import (
	"fmt"
	"io/fs"
	"path"
	"sort"

	"github.com/reframe-dev/reframe/model"
	"github.com/reframe-dev/reframe/model/document"
	"github.com/reframe-dev/reframe/model/report"
)

// Pair is one annotated article pair of the corpus, loaded.
type Pair struct {
	Name    string             // folder name
	Opinion *document.Document // opinion.txt
	Source  *document.Document // source.txt
	Gold    *Gold              // gold.json
}

// LoadCorpus loads every pair folder (one holding opinion.txt, source.txt and gold.json) under
// the root of fsys, in name order.
func LoadCorpus(fsys fs.FS) ([]Pair, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("reading corpus: %w", err)
	}
	var names []string
	for _, e := range entries {
		if e.IsDir() {
			if _, err := fs.Stat(fsys, path.Join(e.Name(), "gold.json")); err == nil {
				names = append(names, e.Name())
			}
		}
	}
	sort.Strings(names)
	var pairs []Pair
	for _, name := range names {
		p, err := loadPair(fsys, name)
		if err != nil {
			return nil, err
		}
		pairs = append(pairs, p)
	}
	return pairs, nil
}

func loadPair(fsys fs.FS, name string) (Pair, error) {
	p := Pair{Name: name}
	var docs [2]*document.Document
	for i, file := range []string{"opinion.txt", "source.txt"} {
		data, err := fs.ReadFile(fsys, path.Join(name, file))
		if err != nil {
			return p, fmt.Errorf("pair %s: %w", name, err)
		}
		docs[i], err = document.Load(path.Join(name, file), data, document.Options{Format: document.Text})
		if err != nil {
			return p, fmt.Errorf("pair %s: %s: %w", name, file, err)
		}
	}
	p.Opinion, p.Source = docs[0], docs[1]
	data, err := fs.ReadFile(fsys, path.Join(name, "gold.json"))
	if err != nil {
		return p, fmt.Errorf("pair %s: %w", name, err)
	}
	if p.Gold, err = ParseGold(data); err != nil {
		return p, fmt.Errorf("pair %s: %w", name, err)
	}
	return p, nil
}

// Run analyses every pair and scores it against its gold. It also returns the reports, in pair
// order.
func Run(pairs []Pair, a *model.Analyzer) (Corpus, []report.Report, error) {
	var scores []PairScore
	var reports []report.Report
	for _, p := range pairs {
		spans, err := p.Gold.Resolve(p.Opinion.Text, p.Source.Text)
		if err != nil {
			return Corpus{}, nil, err
		}
		r := a.Analyze(p.Opinion, p.Source)
		scores = append(scores, ScorePair(p.Name, &r, spans))
		reports = append(reports, r)
	}
	return Pool(scores), reports, nil
}
