package framing

import (
	"slices"
	"strings"

	"github.com/reframe-dev/reframe/model/report"
)

// Auxiliary subkinds a lexicon entry may carry besides the framing subkinds.
const (
	// Hedge marks wording that makes a statement tentative ("may be linked to", "suggests"). A
	// hedge is never a finding by itself: it feeds the certainty-shift check on both sides.
	Hedge report.Subkind = "hedge"
	// None removes a built-in entry with the same phrase, and stops shorter entries from matching
	// inside the text it matches ("critical care | none").
	None report.Subkind = "none"
)

// validSubkinds are the subkinds a lexicon line may name.
var validSubkinds = append(slices.Clone(report.FramingSubkinds), Hedge, None)

// entry is one compiled lexicon line.
type entry struct {
	slots   []slot         // the compiled phrase
	key     string         // canonical phrase, for overrides
	phrase  string         // the phrase as written
	subkind report.Subkind // what a match is
	note    string         // explanation text, may be empty
	conds   []condition    // context conditions, all of which must hold
	file    string         // where it was defined
	line    int            // line number there
	rank    int            // definition order across all files: later overrides earlier
	user    bool           // from the user's lexicon
	seq     int            // position among the live entries, once compiled
}

// condKind is the sort of a context condition.
type condKind int

// The context conditions an entry may carry.
const (
	notBefore     condKind = iota // not when the next words are one of the items
	notAfter                      // not when the previous words are one of the items
	notNear                       // not when an item occurs within nearWindow words
	onlyNear                      // only when an item occurs within nearWindow words
	onlyBefore                    // only when the next words are one of the items
	onlyAfter                     // only when the previous words are one of the items
	notReported                   // not inside quotation marks or after a reporting verb
	onlyRestating                 // only where the sentence retells a source passage in other words
)

// nearWindow is how many words either side "!not-near" and "!only-near" look at.
const nearWindow = 4

var condNames = map[string]condKind{
	"not-before": notBefore, "not-after": notAfter, "not-near": notNear, "only-near": onlyNear,
	"only-before": onlyBefore, "only-after": onlyAfter, "not-reported": notReported,
	"only-restating": onlyRestating,
}

// condition restricts where an entry matches.
type condition struct {
	kind  condKind
	items []item
}

// item is one alternative of a condition: a phrase or a word class.
type item struct {
	slots []slot    // a phrase, or nil for a class
	class wordClass // a class, when slots is nil
}

// wordClass is a named set of words usable in conditions as "@name".
type wordClass int

// The word classes.
const (
	noClass    wordClass = iota
	classDet             // @det: articles, demonstratives and possessive determiners
	classPron            // @pron: object pronouns
	classNum             // @num: numbers in digits or words
	classCap             // @cap: a capitalised word that does not start its sentence (a name)
	classEdge            // @edge: nothing there: the sentence starts or ends
	classBreak           // @break: the sentence's edge or a pause (comma, semicolon, colon, dash, bracket)
)

var classNames = map[string]wordClass{
	"@det": classDet, "@pron": classPron, "@num": classNum, "@cap": classCap, "@edge": classEdge,
	"@break": classBreak,
}

var (
	determiners = setOf("the", "a", "an", "this", "that", "these", "those", "his", "her", "their",
		"its", "our", "my", "your", "some", "any", "each", "every", "such", "no")
	objectPronouns = setOf("it", "them", "him", "her", "me", "us", "you", "this", "that", "these",
		"those", "everything", "something", "anything", "one")
)

// itemCache holds the compiled phrases of condition items by their text: many entries list the
// same items, and compiling their inflections once saves most of the lexicon's start-up time.
type itemCache map[string][]slot

// parseCondition reads a "!name: item, item" field.
func parseCondition(field string, items itemCache) (condition, string) {
	name, value, _ := strings.Cut(strings.TrimPrefix(field, "!"), ":")
	name = strings.Join(strings.Fields(strings.ToLower(name)), "-")
	kind, ok := condNames[name]
	if !ok {
		return condition{}, "unknown condition " + quote("!"+name) +
			" (want !not-before, !not-after, !not-near, !only-near, !only-before, !only-after, !not-reported or !only-restating)"
	}
	c := condition{kind: kind}
	value = strings.TrimSpace(value)
	if kind == notReported || kind == onlyRestating {
		if value != "" {
			return condition{}, "!" + name + " takes no value"
		}
		return c, ""
	}
	if value == "" {
		return condition{}, "!" + name + " needs a list of words, e.g. '!" + name + ": care, unit'"
	}
	for part := range strings.SplitSeq(value, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			return condition{}, "empty item in !" + name
		}
		if strings.HasPrefix(part, "@") {
			cl, ok := classNames[strings.ToLower(part)]
			if !ok {
				return condition{}, "unknown word class " + quote(part) + " (want @det, @pron, @num, @cap, @edge or @break)"
			}
			c.items = append(c.items, item{class: cl})
			continue
		}
		slots, ok := items[part]
		if !ok {
			var problem string
			slots, problem = compilePhrase(part, false)
			if problem != "" {
				return condition{}, "in !" + name + ": " + problem
			}
			items[part] = slots
		}
		c.items = append(c.items, item{slots: slots})
	}
	return c, ""
}
