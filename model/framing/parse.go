package framing

import (
	"bufio"
	"bytes"
	"slices"
	"strings"

	"github.com/reframe-dev/reframe/model/report"
)

// parseLexicon reads one lexicon file. Every bad line is added to errs; good lines are returned
// in order. rank numbers entries across files so that later definitions win.
func parseLexicon(data []byte, file string, user bool, rank *int, errs *ErrorList, items itemCache) []*entry {
	var entries []*entry
	seen := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := stripComment(sc.Text())
		if text == "" {
			continue
		}
		e, problem := parseLine(text, items)
		if problem != "" {
			errs.Add(file, line, "%s", problem)
			continue
		}
		if first, dup := seen[e.key]; dup {
			errs.Add(file, line, "duplicate entry %s (first on line %d)", quote(e.phrase), first)
			continue
		}
		seen[e.key] = line
		e.file, e.line, e.user = file, line, user
		*rank++
		e.rank = *rank
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		errs.Add(file, line+1, "%v", err)
	}
	return entries
}

// stripComment removes a comment ('#' at the start of the line, or after a space) and
// surrounding space.
func stripComment(line string) string {
	line = strings.TrimSpace(line)
	if strings.HasPrefix(line, "#") {
		return ""
	}
	if i := strings.Index(line, " #"); i >= 0 {
		line = line[:i]
	}
	if i := strings.Index(line, "\t#"); i >= 0 {
		line = line[:i]
	}
	return strings.TrimSpace(line)
}

// parseLine reads "PHRASE | SUBKIND [| NOTE] [| !CONDITION ...]".
func parseLine(text string, items itemCache) (*entry, string) {
	fields := strings.Split(text, "|")
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	if len(fields) < 2 {
		return nil, "want 'PHRASE | SUBKIND [| NOTE] [| !CONDITION]', found no '|'"
	}
	if fields[0] == "" {
		return nil, "empty phrase"
	}
	slots, problem := compilePhrase(fields[0], true)
	if problem != "" {
		return nil, problem
	}
	e := &entry{slots: slots, key: phraseKey(slots), phrase: fields[0]}
	sub := report.Subkind(strings.ToLower(fields[1]))
	if !slices.Contains(validSubkinds, sub) {
		names := make([]string, len(validSubkinds))
		for i, s := range validSubkinds {
			names[i] = string(s)
		}
		if fields[1] == "" {
			return nil, "missing subkind (want one of " + strings.Join(names, ", ") + ")"
		}
		return nil, "unknown subkind " + quote(fields[1]) + " (want one of " + strings.Join(names, ", ") + ")"
	}
	e.subkind = sub
	for _, f := range fields[2:] {
		switch {
		case f == "":
			continue
		case strings.HasPrefix(f, "!"):
			c, problem := parseCondition(f, items)
			if problem != "" {
				return nil, problem
			}
			e.conds = append(e.conds, c)
		case e.note != "":
			return nil, "more than one note (conditions start with '!')"
		default:
			e.note = f
		}
	}
	return e, ""
}
