package claims

import (
	"fmt"
	"regexp"
	"slices"

	"github.com/reframe-dev/reframe/model/document"
)

// causalVerbs say that one thing brings about another: stems, so that every form matches. Words
// that are as often nouns or adjectives in news ("ward", "stop", "lower", "double") are left out.
var causalVerbs = stemSet("cause", "protect", "prevent", "cure", "reduce", "boost", "improve",
	"trigger", "slash", "halve", "reverse", "destroy", "damage", "harm", "drive", "drove", "driven", "fuel")

// causalPhrases are verbs that say one thing brings about another only with the particle that
// follows them within a few words: "dragging standards down", "cutting older people off",
// "turning kids into gamblers", "led to", "resulted in". Stems, each with its particles.
var causalPhrases = map[string][]string{
	"drag": {"down"}, "hold": {"down", "back"}, "push": {"up", "down", "out"}, "cut": {"off"},
	"turn": {"into"}, "price": {"out"}, "shut": {"out"}, "lead": {"to"}, "led": {"to"},
	"result": {"in"}, "keep": {"away"}, "scare": {"off", "away"}, "send": {"up"},
}

// madeInto are the words that, a few words after "made" or "makes", tell of a state it brought
// about: "made them ill", "made our roads more dangerous".
var madeInto = setOfWords("ill", "sick", "worse", "better", "more", "less", "harder", "easier", "poorer", "unsafe", "safer")

// causalAt reports whether word w of a clause ending at to says that one thing brings about
// another: a verb of causing, one with its particle, or "made" with the state it brought about.
func causalAt(d *document.Document, w, to int) bool {
	if causalVerbs[d.Words[w].Stem] {
		return true
	}
	if particles, ok := causalPhrases[d.Words[w].Stem]; ok {
		for k := w + 1; k < min(to, w+5); k++ {
			if slices.Contains(particles, d.Words[k].Norm) {
				return true
			}
		}
	}
	if n := d.Words[w].Norm; n == "made" || n == "makes" || n == "make" || n == "making" {
		for k := w + 2; k < min(to, w+5); k++ {
			if madeInto[d.Words[k].Norm] {
				return true
			}
		}
	}
	return false
}

// associationOnly finds a source that says its finding is an association, not a proven cause.
var associationOnly = regexp.MustCompile(`(?i)\b(observational|correlation|correlated|associated with|association between|linked (?:to|with)|link between|not statistically significant|(?:cannot|can't|could not) be (?:fully |reliably |clearly )?(?:separated|disentangled)|(?:(?:cannot|can't|could not|does not|doesn't|do not|did not|not)(?: yet| been able to| be able to| able to| been possible(?: [\w']+){0,3} to| possible(?: [\w']+){0,3} to)?(?: by itself| alone| on its own| directly)?|too early to) (?:show|shown|prove|proved|proven|establish|established|demonstrate|demonstrated|tell us|tell|say|determine|determined|assess|indicate)(?: that| whether| what| how much| how many)?(?: [\w']+){0,8} (?:cause|causes|caused|causation|causal|responsible|affected|drove|driven|driving|due to|related to|leads to|led to|contributed|contributes)|cause and effect|rule out)\b`)

// causalLinks join a cause to what it brings about: "have grown jobs faster precisely because they
// had the nerve to build". ("Because of" names a reason as often as a cause and is left out.)
var causalLinks = setOfWords("because")

// concessive, before "because", make it no cause: "just because they say so", "not because".
var concessive = setOfWords("just", "only", "not", "simply", "merely")

// caveatTriggers are the words without which associationOnly cannot match a sentence.
var caveatTriggers = setOfWords("observational", "correlation", "correlated", "associated",
	"association", "linked", "link", "show", "prove", "establish", "demonstrate", "tell",
	"cause", "rule", "say", "determine", "assess", "indicate", "significant", "separated",
	"disentangled", "shown", "proved", "proven", "established", "demonstrated", "determined")

// causeFromAssociation reports a clause that states as a cause what its source reports as an
// association: "fermented vegetables protect the brain" where the source says eaters "scored
// better" in an observational study. It fires only when the source's passage does not use the
// causal verb itself and the source says that its finding on the same subject is an association.
func causeFromAssociation(op, src *document.Document, idx *index, cl clause, from, to int) (string, bool) {
	verb, at := "", -1
	for w := cl.from; w < cl.to; w++ {
		if causalAt(op, w, cl.to) || causalLinks[op.Words[w].Norm] && w+1 < cl.to && op.Words[w+1].Norm != "of" &&
			!(w > cl.from && concessive[op.Words[w-1].Norm]) {
			verb, at = op.Slice(op.Words[w].Span), w // a verb of causing, or "because they had the nerve to build"
			break
		}
		if (op.Words[w].Norm == "thanks" || op.Words[w].Norm == "due" || op.Words[w].Norm == "owing") && w+1 < cl.to && op.Words[w+1].Norm == "to" {
			verb, at = op.Text[op.Words[w].Start:op.Words[w+1].End], w
			break
		}
	}
	// A cause the clause itself hedges ("may have caused this spike") claims no more than the
	// association.
	if verb == "" || firstOf(op, cl.from, at, modalHedges, nil) != "" {
		return "", false
	}
	for w := from; w < to; w++ {
		if causalAt(src, w, to) && !deniedBefore(src, w) && !idx.inCaveat(src.Words[w].Start) {
			return "", false // the source says it too
		}
	}
	caveat := idx.caveatOn(op, cl, from)
	if caveat == "" {
		return "", false
	}
	return fmt.Sprintf("reports an association ('%s'); the opinion makes it a cause ('%s')", caveat, verb), true
}

// stemSet returns the Snowball stems of words, as a set.
func stemSet(words ...string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[document.Stem(w)] = true
	}
	return set
}

// deniedBefore reports whether a negation stands in the eight words before word w of its
// sentence: "do not show that the foods themselves protect".
func deniedBefore(d *document.Document, w int) bool {
	first := d.Sentences[d.Words[w].Sentence].FirstWord
	for k := max(first, w-8); k < w; k++ {
		if anyNegation[d.Words[k].Norm] {
			return true
		}
	}
	return false
}

// proVerbCause reports whether word w is "did" or "done" with "that", "this" or "it" ending the
// clause: "The closure did that.", "It is the rain, not the rambler, that has done this." The
// words before it name a cause of what the sentences before describe.
func proVerbCause(d *document.Document, w, to int) bool {
	switch d.Words[w].Norm {
	case "did", "done", "does":
	default:
		return false
	}
	return w+2 == to && (d.Words[w+1].Norm == "that" || d.Words[w+1].Norm == "this" || d.Words[w+1].Norm == "it")
}

// toBlame reports whether word w is the "blame" of "are to blame": "farmers are to blame for the
// floods" names a cause.
func toBlame(d *document.Document, w, from int) bool {
	return d.Words[w].Norm == "blame" && w-2 >= from && d.Words[w-1].Norm == "to" && beForms[d.Words[w-2].Norm]
}
