package document

import (
	"slices"
	"strings"
)

// commonWords are the most frequent English words: function words, auxiliaries, and everyday
// nouns, verbs and time words that carry little of what a passage is about. A run made only of
// them ("at the end of the day") is not evidence of copying.
var commonWords = setOf(`a about above after again against ago all almost along already also
although always am among an and another any anyone anything are around as at away back be
became because become been before being below between both but by came can cannot could day days
did do does doing done down during each early either else end enough even ever every few first
for four from further get gets getting give given go goes going gone got had has have having he
her here hers herself him himself his how however i if in into is it its itself just know last
later least less let like made make makes many may me might more most much must my myself near
need never new next no nor not now of off often on once one only or other others our ours
ourselves out over own part people per put quite rather really said same say says see seen she
should since so some something still such take than that the their theirs them themselves then
there these they thing things this those though three through thus time times to today told too
took two under until up upon us very was way we week weeks well went were what when where whether
which while who whom whose why will with within without would year years yes yet you your yours
yourself yourselves monday tuesday wednesday thursday friday saturday sunday january february
march april june july august september october november december mr mrs ms dr also according
statement per cent percent its it's that's there's don't didn't doesn't isn't wasn't weren't won't
can't couldn't wouldn't shouldn't i'm we're they're you're he's she's`)

func setOf(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// CommonWords returns the most frequent English words, sorted.
func CommonWords() []string {
	out := make([]string, 0, len(commonWords))
	for w := range commonWords {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// IsCommon reports whether a normalised word is one of the most frequent English words.
func IsCommon(norm string) bool { return commonWords[norm] }
