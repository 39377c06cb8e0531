// Package framing finds the rhetoric a writer adds to what they report: loaded words,
// intensifiers, insinuation, distancing, presupposition, normative language, appeals, rhetorical
// questions and certainty shifts. It is built once from a lexicon (New) and then applied to
// documents (Detector.Find), like Vale's checks: a pure function from documents to findings.
//
// The lexicon we ship lives in lexicon/*.txt, embedded in the binary. Users extend or override it
// with a file in the same format, described in LEXICON.md:
//
//	# comment
//	PHRASE | SUBKIND [| NOTE] [| !CONDITION: ITEM, ITEM ...]
//
// PHRASE is words separated by spaces. Each word matches its inflections (slam, slams, slammed,
// slamming); "=word" matches that exact form only; "~word" matches any word with the same
// Snowball stem; "a/b" matches either word; "_" matches any one word that is not a function word;
// "*" is an optional gap of up to three words ("brush * aside" matches "brushed it aside").
// SUBKIND is a framing subkind (loaded-language, intensifier, speculation, distancing,
// presupposition, normative, appeal, certainty-shift), "hedge" (tentative wording that feeds the
// certainty-shift check), or "none" (removes a built-in entry with the same phrase, and stops
// shorter entries from matching inside the text it matches). NOTE completes the explanation
// ("Loaded language: 'bombshell' NOTE."), or is the whole explanation when it contains "{}", which
// stands for the matched text. Conditions restrict where an entry matches: !not-before,
// !not-after, !only-before, !only-after, !not-near and !only-near take a list of words, phrases
// or word classes (@det, @pron, @num, @cap, @edge, @break); !not-reported skips reported speech.
//
// Context decides what is framing. Lexicon hits inside text the writer copied from the source
// are the source's own language: Find returns them as Echoes, not findings; words the writer
// slipped into a copied passage are findings even when no entry lists them. Rhetorical
// questions, scare quotes, exclamations, capitals for emphasis, imperatives to the reader,
// verbless asides, labels ("That is a business model.") and appeals to what anybody knows are
// found by pattern; certainty shifts by comparing an opinion sentence with
// the source passage it restates. When the other stages have not said which words are copied or
// which source passage a sentence restates, the detector works it out roughly itself (shared runs
// of five words; the source sentence sharing the most distinctive words).
//
// Find is linear in the size of the documents: the lexicon is indexed by the stem of each
// entry's first word and matched with integer word numbers, never with a pattern per entry.
package framing
