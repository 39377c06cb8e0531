package document

import (
	"regexp"
	"strings"
)

var (
	mdHeading   = regexp.MustCompile(`^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$`)
	mdSetext    = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	mdRule      = regexp.MustCompile(`^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	mdList      = regexp.MustCompile(`^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+`)
	mdRefDef    = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$`)
	mdFence     = regexp.MustCompile("^ {0,3}(```|~~~)")
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])`)
	mdAutolink  = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	mdTag       = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	mdCode      = regexp.MustCompile("`+([^`]+)`+")
	mdStrong    = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdEmphStar  = regexp.MustCompile(`\*(\S(?:[^*]*?\S)?)\*`)
	mdEmphUnder = regexp.MustCompile(`(^|[^\p{L}\p{N}_])_(\S(?:[^_]*?\S)?)_($|[^\p{L}\p{N}_])`)
	mdStrike    = regexp.MustCompile(`~~(\S(?:.*?\S)?)~~`)
	mdEscape    = regexp.MustCompile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|])")
)

// stripMarkdown removes Markdown markup, keeping the words a reader sees. The first heading is
// the title; block quotations are recorded.
func stripMarkdown(src string) extracted {
	var ex extracted
	var b strings.Builder
	b.Grow(len(src))
	lines := strings.Split(src, "\n")
	inFence := false
	quoteStart := -1
	closeQuote := func() {
		if quoteStart >= 0 {
			end := len(strings.TrimRight(b.String(), "\n "))
			if end > quoteStart {
				ex.blockQuotes = append(ex.blockQuotes, Span{quoteStart, end})
			}
			quoteStart = -1
		}
	}
	for i, line := range lines {
		if mdFence.MatchString(line) {
			inFence = !inFence
			b.WriteByte('\n')
			continue
		}
		if inFence {
			b.WriteString(line)
			b.WriteByte('\n')
			continue
		}
		quoted := false
		for {
			t := strings.TrimLeft(line, " ")
			if !strings.HasPrefix(t, ">") || len(line)-len(t) > 3 {
				break
			}
			quoted = true
			line = strings.TrimPrefix(t[1:], " ")
		}
		if quoted && strings.TrimSpace(line) != "" {
			if quoteStart < 0 {
				quoteStart = b.Len()
			}
		} else if !quoted || strings.TrimSpace(line) == "" {
			closeQuote()
		}
		switch {
		case mdRefDef.MatchString(line):
			line = ""
		case mdRule.MatchString(line):
			line = ""
		case mdSetext.MatchString(line) && i > 0 && strings.TrimSpace(lines[i-1]) != "":
			line = ""
		}
		if m := mdHeading.FindStringSubmatch(line); m != nil {
			line = m[2]
			if ex.title == "" {
				ex.title = strings.TrimSpace(stripInline(line))
			}
			// A heading is a paragraph of its own.
			b.WriteString(stripInline(line))
			b.WriteString("\n\n")
			continue
		}
		line = mdList.ReplaceAllString(line, "")
		b.WriteString(stripInline(line))
		b.WriteByte('\n')
	}
	closeQuote()
	ex.text = b.String()
	return ex
}

// stripInline removes inline Markdown markup from one line.
func stripInline(line string) string {
	if !strings.ContainsAny(line, "[]*_`<~\\!") {
		return line
	}
	line = mdImage.ReplaceAllString(line, "$1")
	line = mdLink.ReplaceAllString(line, "$1")
	line = mdAutolink.ReplaceAllString(line, "$1")
	line = mdCode.ReplaceAllString(line, "$1")
	line = mdTag.ReplaceAllString(line, "")
	line = mdStrong.ReplaceAllString(line, "$2")
	line = mdStrike.ReplaceAllString(line, "$1")
	line = mdEmphStar.ReplaceAllString(line, "$1")
	line = mdEmphUnder.ReplaceAllString(line, "$1$2$3")
	line = mdEscape.ReplaceAllString(line, "$1")
	return line
}
