// Package ui is the terminal reader: the opinion article and the source it cites side by side,
// with every finding of a report highlighted in layers (quotes, framing words, claim status),
// a details line that explains the current finding, and navigation that keeps a finding and its
// evidence in view together.
//
// One root Model owns the state and is the only thing with Update and View. The header, the two
// panes, the details line and the key bar are plain structs sized from a layout computed once
// per window size; each renders itself with Render(width, height). Text from the documents is
// never trusted: every character a terminal could act on is replaced by a visible symbol before
// it is drawn.
package ui
