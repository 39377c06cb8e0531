package render

// pageCSS is the whole style of the HTML report. Every highlight is told apart by its line or
// border style and its superscript label, not only by colour; colours follow the reader's light
// or dark preference; the two documents stack on a narrow screen and on paper.
const pageCSS = `
:root {
  color-scheme: light dark;
  --fg: #1b1b1b; --bg: #ffffff; --muted: #555555; --line: #cccccc; --accent: #8a3b00;
  --quote: #fff1b0; --para: #dbeeff; --frame: #f1ddff; --unsup: #ffe1d6; --used: #e2f4dc; --omit: #ececec;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6e6e6; --bg: #151515; --muted: #aaaaaa; --line: #444444; --accent: #ffb27a;
    --quote: #4a3f00; --para: #113350; --frame: #3c2250; --unsup: #55251a; --used: #1d3d18; --omit: #333333;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0 auto; max-width: 96rem; padding: 1rem 1.5rem 3rem;
  font: 1rem/1.6 Georgia, "Times New Roman", serif; color: var(--fg); background: var(--bg);
}
h1, h2, h3, .meta, .legend, .summary, .head, footer { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.5rem; margin: .5rem 0; line-height: 1.25; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; line-height: 1.3; }
.source-line, .meta, .look, footer { color: var(--muted); }
.meta { font-size: .85rem; margin: 0 0 .75rem; overflow-wrap: anywhere; }
.summary table { border-collapse: collapse; font-size: .95rem; }
.summary th, .summary td { text-align: left; padding: .15rem 1rem .15rem 0; border-bottom: 1px solid var(--line); }
.summary th { font-weight: normal; }
.legend ul { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: .35rem 1.5rem; font-size: .9rem; }
.docs { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 2.5rem; margin-top: 1rem; }
.docs.single { grid-template-columns: minmax(0, 1fr); max-width: 48rem; }
.doc { min-width: 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
mark.m {
  color: inherit; background: transparent; padding: 0 .05em;
  text-decoration-thickness: 2px; text-underline-offset: .2em; text-decoration-skip-ink: none;
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
.q-verbatim, .q-edited, .q-misquote, .q-unsourced { background: var(--quote); text-decoration-line: underline; }
.q-verbatim { text-decoration-style: solid; }
.q-edited { text-decoration-style: double; text-decoration-thickness: 3px; }
.q-misquote { text-decoration-style: wavy; font-weight: bold; }
.q-unsourced { text-decoration-style: dotted; text-decoration-thickness: 3px; }
.para { background: var(--para); text-decoration-line: underline; text-decoration-style: dashed; }
.fr { background: var(--frame); font-style: italic; border: 1px solid currentColor; border-radius: .25em; }
.u-not, .u-contra, .u-else { background: var(--unsup); text-decoration-line: overline; }
.u-not { text-decoration-style: solid; }
.u-contra { text-decoration-style: wavy; }
.u-else { text-decoration-style: dotted; text-decoration-thickness: 3px; }
.used { background: var(--used); text-decoration-line: underline; text-decoration-style: solid; }
.omit { background: var(--omit); border: 1px dashed currentColor; }
.other { text-decoration-line: underline; text-decoration-thickness: 1px; }
sup.tag {
  display: inline-block; text-decoration: none; font: bold .65rem/1 system-ui, sans-serif;
  margin: 0 .1em; vertical-align: .6em; font-style: normal;
}
a { color: var(--accent); }
a.tag { font: bold .8rem system-ui, sans-serif; text-decoration: none; border: 1px solid var(--line); border-radius: .25em; padding: 0 .3em; }
:target { outline: 2px solid var(--accent); outline-offset: 2px; }
.findings ol { list-style: none; padding: 0; }
.finding { border-top: 1px solid var(--line); padding: .5rem 0; }
.finding p { margin: .25rem 0; }
.finding blockquote { margin: .25rem 0 .25rem 1rem; padding-left: .75rem; border-left: 3px solid var(--line); }
.finding ul { margin: .25rem 0; }
footer { margin-top: 2rem; font-size: .85rem; }
@media (max-width: 50rem) {
  body { padding: .75rem; }
  .docs { grid-template-columns: minmax(0, 1fr); gap: 1.5rem; }
  .legend ul { grid-template-columns: minmax(0, 1fr); }
}
@media print {
  :root {
    --fg: #000000; --bg: #ffffff; --muted: #333333; --line: #999999; --accent: #000000;
    --quote: #fff1b0; --para: #dbeeff; --frame: #f1ddff; --unsup: #ffe1d6; --used: #e2f4dc; --omit: #ececec;
  }
  body { max-width: none; padding: 0; font-size: 10pt; }
  .docs { grid-template-columns: minmax(0, 1fr); }
  mark.m { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { text-decoration: none; }
  h2 { break-after: avoid; }
  .finding, .legend li, .summary tr { break-inside: avoid; }
}
`
