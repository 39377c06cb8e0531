package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// pair is one entry of a batch list: an opinion and its source, paths resolved against the list's
// folder.
type pair struct {
	id      string // as given in the list, unique within it
	opinion string // path or URL
	source  string // path or URL
	line    int    // line of the list it came from
	err     error  // what makes the pair unusable, reported in its output line
}

// listError collects every problem that makes a batch list unreadable, so that one run reports
// them all.
type listError struct {
	problems []string // "line 3: no id", in list order
}

// maxProblemsShown bounds the problems listed in one error line.
const maxProblemsShown = 5

func (e *listError) Error() string {
	shown := e.problems[:min(len(e.problems), maxProblemsShown)]
	msg := strings.Join(shown, "; ")
	if more := len(e.problems) - len(shown); more > 0 {
		msg += fmt.Sprintf("; and %d more", more)
	}
	return msg + "; fix the list and run again"
}

func (e *listError) add(line int, format string, args ...any) {
	e.problems = append(e.problems, fmt.Sprintf("line %d: ", line)+fmt.Sprintf(format, args...))
}

// parseList reads a batch list: JSON Lines ({"id", "opinion", "source"} per line) or CSV with a
// header row naming those columns. The format comes from the name's extension, or from the first
// character when the extension says nothing. Relative paths are taken relative to dir.
func parseList(name string, data []byte, dir string) ([]pair, error) {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	var pairs []pair
	var err error
	switch ext := strings.ToLower(filepath.Ext(name)); {
	case ext == ".jsonl" || ext == ".ndjson" || ext == ".json":
		pairs, err = parseJSONL(data)
	case ext == ".csv":
		pairs, err = parseCSV(data)
	case bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")):
		pairs, err = parseJSONL(data)
	default:
		pairs, err = parseCSV(data)
	}
	if err != nil {
		return nil, err
	}
	if len(pairs) == 0 {
		return nil, errors.New("the list has no pairs; write one {\"id\", \"opinion\", \"source\"} a line, or a CSV with those columns")
	}
	for i := range pairs {
		pairs[i].opinion = resolvePath(dir, pairs[i].opinion)
		pairs[i].source = resolvePath(dir, pairs[i].source)
		if pairs[i].err == nil {
			pairs[i].err = checkPair(pairs[i])
		}
	}
	return pairs, nil
}

// resolvePath makes a relative path relative to the list's folder.
func resolvePath(dir, p string) string {
	if p == "" || p == "-" || isURL(p) || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

// checkPair finds what makes a pair unusable before any work is done on it.
func checkPair(p pair) error {
	for _, in := range []struct{ field, value string }{{"opinion", p.opinion}, {"source", p.source}} {
		switch in.value {
		case "":
			return fmt.Errorf("line %d of the list has no %s; give a path or URL", p.line, in.field)
		case "-":
			return fmt.Errorf("line %d of the list names stdin as the %s; give a path or URL", p.line, in.field)
		}
	}
	return nil
}

// listEntry is one JSON line of a batch list.
type listEntry struct {
	ID      json.RawMessage `json:"id"`
	Opinion string          `json:"opinion"`
	Source  string          `json:"source"`
}

func parseJSONL(data []byte) ([]pair, error) {
	var pairs []pair
	problems := &listError{}
	seen := map[string]int{}
	for i, raw := range bytes.Split(data, []byte("\n")) {
		line := i + 1
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			continue
		}
		var e listEntry
		if err := json.Unmarshal(raw, &e); err != nil {
			problems.add(line, "%s", jsonReason(err))
			continue
		}
		id, ok := idString(e.ID)
		if !ok {
			problems.add(line, "the id must be a non-empty string or a number")
			continue
		}
		if first, dup := seen[id]; dup {
			problems.add(line, "id %q is already used on line %d", id, first)
			continue
		}
		seen[id] = line
		pairs = append(pairs, pair{id: id, opinion: e.Opinion, source: e.Source, line: line})
	}
	if len(problems.problems) > 0 {
		return nil, problems
	}
	return pairs, nil
}

// idString reads an id given as a JSON string or number.
func idString(raw json.RawMessage) (string, bool) {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, strings.TrimSpace(s) != ""
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), true
	}
	return "", false
}

// jsonReason says what is wrong with a list line in words a person can act on.
func jsonReason(err error) string {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) && typeErr.Field != "" {
		return fmt.Sprintf("%s must be a string, not %s", typeErr.Field, withArticle(typeErr.Value))
	}
	if errors.As(err, &typeErr) {
		return fmt.Sprintf("%s, not an object with id, opinion and source", withArticle(typeErr.Value))
	}
	return "not valid JSON (" + strings.TrimPrefix(err.Error(), "json: ") + ")"
}

// withArticle puts "a" or "an" before a JSON type name.
func withArticle(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}

func parseCSV(data []byte) ([]pair, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	header, err := r.Read()
	if err == io.EOF {
		return nil, nil
	}
	if err != nil {
		return nil, &listError{problems: []string{csvReason(err)}}
	}
	col := map[string]int{}
	for i, name := range header {
		col[strings.ToLower(strings.TrimSpace(name))] = i
	}
	problems := &listError{}
	for _, name := range []string{"id", "opinion", "source"} {
		if _, ok := col[name]; !ok {
			problems.add(1, "the header has no %q column (it needs id, opinion and source)", name)
		}
	}
	if len(problems.problems) > 0 {
		return nil, problems
	}
	field := func(record []string, name string) string {
		if i := col[name]; i < len(record) {
			return strings.TrimSpace(record[i])
		}
		return ""
	}
	var pairs []pair
	seen := map[string]int{}
	for {
		record, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			problems.problems = append(problems.problems, csvReason(err))
			break
		}
		line, _ := r.FieldPos(0)
		id := field(record, "id")
		switch first, dup := seen[id]; {
		case id == "":
			problems.add(line, "no id")
		case dup:
			problems.add(line, "id %q is already used on line %d", id, first)
		default:
			seen[id] = line
			pairs = append(pairs, pair{id: id, opinion: field(record, "opinion"), source: field(record, "source"), line: line})
		}
	}
	if len(problems.problems) > 0 {
		return nil, problems
	}
	return pairs, nil
}

// csvReason shows a CSV error with its line first, like the other list problems.
func csvReason(err error) string {
	var parseErr *csv.ParseError
	if errors.As(err, &parseErr) {
		return fmt.Sprintf("line %d: not valid CSV (%v)", parseErr.StartLine, parseErr.Err)
	}
	return fmt.Sprintf("not valid CSV (%v)", err)
}
