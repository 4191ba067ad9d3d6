package rule

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/source"
)

// codeTokens returns the tokens of code that must not change in a
// translation, in order: identifiers, numbers, command-line flags,
// operators and paths. Comments and string literals are left out (they may
// be translated), as is the output of a console session (the lines that do
// not start with a prompt), which a translation may show in its language.
func codeTokens(code, lang string) []string {
	code = strings.ReplaceAll(code, "…", "...")
	code = stripComments(code, lang)
	if isConsole(lang) {
		code = consoleCommands(code)
	}
	if markupLangs[strings.ToLower(lang)] {
		// The text between tags (<button>Add</button>) is shown to the
		// reader and may be translated, as a string literal may; so may a
		// line of such text between tags written on their own lines.
		code = tagText.ReplaceAllString(code, "><")
		lines := strings.Split(code, "\n")
		for i, line := range lines {
			if isTextLine(line) {
				lines[i] = ""
			}
		}
		code = strings.Join(lines, "\n")
	}
	var out []string
	for i := 0; i < len(code); {
		r, n := utf8.DecodeRuneInString(code[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case r == '"' || r == '\'' || r == '`':
			// A string literal: its content may be translated.
			j := i + n
			for j < len(code) && code[j] != byte(r) && code[j] != '\n' {
				if code[j] == '\\' {
					j++
				}
				j++
			}
			lit := code[i+n : min(j, len(code))]
			if literalIsCode(lit) {
				out = append(out, string(r)+lit+string(r))
			} else {
				out = append(out, string(r)+string(r))
			}
			i = min(j+1, len(code))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' || r == '$' || r == '.' || r == '/':
			j := i
			for j < len(code) {
				r2, n2 := utf8.DecodeRuneInString(code[j:])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || strings.ContainsRune("_-$./:@=", r2)) {
					break
				}
				j += n2
			}
			out = append(out, code[i:j])
			i = j
		default:
			out = append(out, string(r))
			i += n
		}
	}
	return out
}

// markupLangs are the languages whose code holds text between tags.
var markupLangs = map[string]bool{"js": true, "jsx": true, "javascript": true, "ts": true, "tsx": true, "typescript": true,
	"html": true, "xml": true, "vue": true, "svelte": true, "xhtml": true, "mdx": true}

// tagText matches the text between a tag's end and the next tag's start.
var tagText = regexp.MustCompile(`>[^<>\n]*\p{L}[^<>\n]*<`)

// isTextLine reports whether a line of markup code is text shown to the
// reader: two words or more, its {expressions} aside, and none of the
// punctuation of code.
func isTextLine(line string) bool {
	t := strings.TrimSpace(jsxExpr.ReplaceAllString(line, " "))
	if strings.ContainsAny(t, "=;()<>[]{}") || strings.HasPrefix(t, "//") {
		return false
	}
	// Two words or more, or a label ("Email:") between tags.
	return len(strings.Fields(t)) >= 2 || (strings.HasSuffix(t, ":") && strings.IndexFunc(t, unicode.IsLetter) >= 0)
}

var jsxExpr = regexp.MustCompile(`\{[^{}]*\}`)

// codeLangs are languages known to be code (or a console session), whose
// blocks are compared. A block whose info string names something else
// (a docs site's panel: "smart", "warn") is not compared.
var codeLangs = map[string]bool{"": true, "console": true, "shell-session": true, "terminal": true, "sh": true, "bash": true,
	"shell": true, "zsh": true, "fish": true, "powershell": true, "ps1": true, "bat": true, "cmd": true, "python": true, "py": true,
	"ruby": true, "rb": true, "yaml": true, "yml": true, "toml": true, "json": true, "json5": true, "jsonc": true, "perl": true,
	"r": true, "dockerfile": true, "make": true, "makefile": true, "ini": true, "conf": true, "js": true, "javascript": true,
	"jsx": true, "ts": true, "typescript": true, "tsx": true, "go": true, "golang": true, "rust": true, "rs": true, "c": true,
	"cpp": true, "c++": true, "h": true, "java": true, "kotlin": true, "kt": true, "swift": true, "cs": true, "csharp": true,
	"scala": true, "php": true, "css": true, "scss": true, "less": true, "dart": true, "sql": true, "lua": true, "haskell": true,
	"hs": true, "html": true, "xml": true, "vue": true, "svelte": true, "xhtml": true, "diff": true, "patch": true,
	"graphql": true, "gql": true, "nginx": true, "apache": true, "elixir": true, "ex": true, "erlang": true, "clojure": true,
	"ocaml": true, "ml": true, "fsharp": true, "zig": true, "nim": true, "julia": true, "matlab": true, "asm": true, "nasm": true,
	"groovy": true, "gradle": true, "hcl": true, "terraform": true, "tf": true, "proto": true, "protobuf": true, "regex": true}

// literalIsCode reports whether a string literal holds a value rather than
// text a translation may translate: no letters at all (":8080", "2.5"),
// or one token that reads as a path, an address or a setting
// ("/api/v1", "en_US.UTF-8", "--verbose"). A word or a sentence is text.
func literalIsCode(lit string) bool {
	if lit == "" || strings.ContainsAny(lit, " \t") {
		return false
	}
	if strings.IndexFunc(lit, unicode.IsLetter) < 0 {
		return true
	}
	return strings.ContainsAny(lit, "/:=_@") || innerDot.MatchString(lit) || strings.HasPrefix(lit, "-")
}

// innerDot matches a dot between letters or digits ("en_US.UTF-8",
// "index.html"), not an ellipsis ("Search...").
var innerDot = regexp.MustCompile(`[\p{L}\p{N}]\.[\p{L}\p{N}]`)

// isPlainText reports whether a code block's language says it holds plain
// text (sample output, a text file), which a translation may translate.
func isPlainText(lang string) bool {
	switch strings.ToLower(lang) {
	case "text", "txt", "plaintext", "plain", "output", "none":
		return true
	}
	return false
}

// isConsole reports whether a code block's language is a console session.
func isConsole(lang string) bool {
	switch strings.ToLower(lang) {
	case "console", "shell-session", "terminal", "":
		return true
	}
	return false
}

// consoleCommands keeps the commands of a console session: the lines that
// start with a prompt ("$ ", "> ", "# ", "PS> "). A block with no prompt
// at all is kept whole.
func consoleCommands(code string) string {
	var keep []string
	for _, line := range strings.Split(code, "\n") {
		t := strings.TrimLeft(line, " \t")
		for _, p := range []string{"$ ", "> ", "% ", "PS> ", "C:\\>"} {
			if strings.HasPrefix(t, p) {
				keep = append(keep, t[len(p):])
				break
			}
		}
	}
	if len(keep) == 0 {
		return code
	}
	return strings.Join(keep, "\n")
}

// stripComments blanks out the comments of code: "#" comments for shells
// and scripting languages, "//" and "/* */" for C-like languages, "--" for
// SQL and Lua, "<!-- -->" for markup. Unknown languages lose the kinds of
// comment a line starts with.
func stripComments(code, lang string) string {
	lang = strings.ToLower(lang)
	hash := map[string]bool{"sh": true, "bash": true, "shell": true, "zsh": true, "console": true, "python": true, "py": true,
		"ruby": true, "rb": true, "yaml": true, "yml": true, "toml": true, "perl": true, "r": true, "dockerfile": true, "make": true, "makefile": true, "ini": true, "conf": true}
	slash := map[string]bool{"js": true, "javascript": true, "jsx": true, "ts": true, "typescript": true, "tsx": true, "go": true,
		"rust": true, "rs": true, "c": true, "cpp": true, "c++": true, "java": true, "kotlin": true, "swift": true, "cs": true, "csharp": true,
		"scala": true, "php": true, "json5": true, "jsonc": true, "css": true, "scss": true, "less": true, "dart": true}
	dash := map[string]bool{"sql": true, "lua": true, "haskell": true, "hs": true}
	var b strings.Builder
	for _, line := range strings.Split(code, "\n") {
		t := strings.TrimLeft(line, " \t")
		switch {
		case (hash[lang] || lang == "") && strings.HasPrefix(t, "#") && !strings.HasPrefix(t, "#!") && !strings.HasPrefix(t, "#include"):
			line = ""
		case (slash[lang] || lang == "") && strings.HasPrefix(t, "//"):
			line = ""
		case dash[lang] && strings.HasPrefix(t, "--"):
			line = ""
		default:
			line = cutTrailingComment(line, lang, hash[lang], slash[lang])
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	s := b.String()
	for _, c := range [][2]string{{"/*", "*/"}, {"<!--", "-->"}} {
		for {
			i := strings.Index(s, c[0])
			if i < 0 {
				break
			}
			j := strings.Index(s[i+len(c[0]):], c[1])
			if j < 0 {
				s = s[:i]
				break
			}
			s = s[:i] + " " + s[i+len(c[0])+j+len(c[1]):]
		}
	}
	return s
}

// cutTrailingComment removes a comment at the end of a line of code
// ("x := 1 // one"), outside string literals.
func cutTrailingComment(line, lang string, hash, slash bool) string {
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case slash && c == '/' && i+1 < len(line) && line[i+1] == '/' && (i == 0 || line[i-1] != ':'):
			return line[:i]
		case hash && c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return line[:i]
		}
	}
	return line
}

// dropRenames leaves out of a token diff the names a translation renamed:
// when as many names (words of letters, digits and "_", "." between them)
// are missing as are added, each missing one stands for the added one at
// the same place, and a translation that names its example's variables in
// its language (form as formulario) changed no code. What remains are the
// flags, numbers, operators and paths that differ, and names added or
// dropped without a counterpart.
func dropRenames(missing, extra []string) ([]string, []string) {
	var mn, en []string
	var mo, eo []string
	for _, t := range missing {
		if isName(t) {
			mn = append(mn, t)
		} else {
			mo = append(mo, t)
		}
	}
	for _, t := range extra {
		if isName(t) {
			en = append(en, t)
		} else {
			eo = append(eo, t)
		}
	}
	if len(mn) == len(en) {
		return mo, eo
	}
	return missing, extra
}

// isName reports whether a token is a name: letters, digits and "_",
// parts joined by ".", starting with a letter.
func isName(t string) bool {
	t = strings.TrimPrefix(t, "...") // a spread: ...form
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsLetter(r) && r != '_' {
		return false
	}
	for _, r := range t {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '.' {
			return false
		}
	}
	return true
}

// tokenDiff returns the tokens of a missing from b and those of b missing
// from a, as multisets, each in its order of first appearance.
func tokenDiff(a, b []string) (missing, extra []string) {
	count := map[string]int{}
	for _, t := range a {
		count[t]++
	}
	for _, t := range b {
		count[t]--
	}
	seen := map[string]bool{}
	for _, t := range a {
		if count[t] > 0 && !seen[t] {
			seen[t] = true
			missing = append(missing, t)
		}
	}
	for _, t := range b {
		if count[t] < 0 && !seen[t] {
			seen[t] = true
			extra = append(extra, t)
		}
	}
	return missing, extra
}

// maxCodeQuote is how many differing tokens a code-mismatch message names.
const maxCodeQuote = 4

func quoteTokens(ts []string) string {
	var q []string
	for i, t := range ts {
		if i == maxCodeQuote {
			q = append(q, fmt.Sprintf("and %d more", len(ts)-i))
			break
		}
		q = append(q, "`"+t+"`")
	}
	return strings.Join(q, ", ")
}

// codeKey is what two code spans that say the same have in common: alike
// but for the spaces around them, or one address written two ways (a
// trailing slash, the scheme: "http://localhost:5000/" and
// "http://localhost:5000"), as url-mismatch compares links. It is the
// address, normalised, for a span that is one address and no more; its
// text without the spaces around it for any other.
type codeKey struct {
	url  bool
	text string
}

// codeKeyOf returns the codeKey of code span v.
func codeKeyOf(v string) codeKey {
	v = strings.TrimSpace(v)
	if raw := feature.RawURLs(v); len(raw) == 1 && raw[0] == v {
		if n := feature.URLs(v); len(n) == 1 {
			return codeKey{true, n[0]}
		}
	}
	return codeKey{false, v}
}

// codeSpanChanges returns the code spans of the source blocks that the
// target blocks write differently: a source value absent from the target
// paired with the most similar target value absent from the source
// (sharing at least half of the longer, from the start). A code span
// added or dropped alone is not reported: a translation may format a word
// as code or not.
func codeSpanChanges(src, tgt []doc.Inline) [][2]doc.Inline {
	var sv, tv []doc.Inline
	inSrc, inTgt := map[codeKey]bool{}, map[codeKey]bool{}
	for _, in := range src {
		if in.Kind == doc.InlineCode {
			sv = append(sv, in)
			inSrc[codeKeyOf(in.Value)] = true
		}
	}
	var tvInSrc []bool // whether each of tv is in the source too
	for _, in := range tgt {
		if in.Kind == doc.InlineCode {
			tv = append(tv, in)
			k := codeKeyOf(in.Value)
			inTgt[k] = true
			tvInSrc = append(tvInSrc, inSrc[k])
		}
	}
	var out [][2]doc.Inline
	used := map[int]bool{}
	for _, s := range sv {
		if inTgt[codeKeyOf(s.Value)] {
			continue
		}
		best, bestSim := -1, minChangedLinkSimilarity
		for j, t := range tv {
			if used[j] || tvInSrc[j] {
				continue
			}
			if sim := codeSimilarity(s.Value, t.Value); sim >= bestSim && s.Value != t.Value {
				best, bestSim = j, sim
			}
		}
		if best >= 0 {
			used[best] = true
			// Names renamed in the translation's language (form as
			// formulario) changed no code; see dropRenames.
			// Code only added to or dropped from a span ("log" as "git
			// log") is the translation's wording, not changed code.
			if m, e := dropRenames(tokenDiff(codeTokens(s.Value, "code"), codeTokens(tv[best].Value, "code"))); len(m) == 0 || len(e) == 0 {
				continue
			}
			out = append(out, [2]doc.Inline{s, tv[best]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i][1].Text.Start < out[j][1].Text.Start })
	return out
}

var _ = register(&Rule{
	ID:       "code-mismatch",
	Group:    GroupValues,
	Title:    "Code differs from the source's",
	Severity: Error,
	Doc: "Reports a code block whose code differs from the source code block it is aligned with: a command, flag, " +
		"identifier, number or operator changed, added or dropped. Comments and string literals may be translated " +
		"and are not compared, nor is the output of a console session (only its commands, the lines after a " +
		"prompt). Also reports inline code written differently from the source's (`value` as `valor`). A code " +
		"block missing from the translation is reported as a missing block of kind code (paragraph-missing).",
	Example: Example{
		Source:   "Run the tests:\n\n```console\n$ go test -race ./...\nok  example.com/app 0.1s\n```\n",
		Target:   "Ejecuta las pruebas:\n\n```console\n$ go test ./...\nok  example.com/app 0.1s\n```\n",
		Markdown: true,
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Blocks {
			if len(l.Source) == 0 || len(l.Target) == 0 {
				continue
			}
			if len(l.Source) == 1 && len(l.Target) == 1 {
				sb, tb := p.Pair.Source.Blocks[l.Source[0]], p.Pair.Target.Blocks[l.Target[0]]
				if sb.Kind == doc.Code && tb.Kind == doc.Code {
					lang := sb.Info
					if lang == "" {
						lang = tb.Info
					}
					if isPlainText(lang) || !codeLangs[strings.ToLower(lang)] {
						continue // sample text or a panel, not code: it may be translated
					}
					missing, extra := tokenDiff(codeTokens(sb.Text, lang), codeTokens(tb.Text, lang))
					missing, extra = dropRenames(missing, extra)
					if len(missing)+len(extra) > 0 {
						var parts []string
						if len(missing) > 0 {
							parts = append(parts, "the source's "+quoteTokens(missing)+" missing here")
						}
						if len(extra) > 0 {
							parts = append(parts, quoteTokens(extra)+" not in the source")
						}
						p.Report(Finding{
							Message:  "code differs from the source's: " + strings.Join(parts, "; "),
							Source:   p.SourcePos(l.Source[0], source.Span{}),
							Target:   p.TargetPos(l.Target[0], source.Span{}),
							Evidence: Evidence{Source: head(firstDiffLine(sb.Text, tb.Text), evidenceWidth), Target: head(firstDiffLine(tb.Text, sb.Text), evidenceWidth)},
						})
					}
					continue
				}
			}
			var si, ti []doc.Inline
			for _, bi := range l.Source {
				si = append(si, p.Pair.Source.Blocks[bi].Inline...)
			}
			for _, bi := range l.Target {
				ti = append(ti, p.Pair.Target.Blocks[bi].Inline...)
			}
			if len(l.Source) != 1 || len(l.Target) != 1 {
				continue // spans of merged blocks cannot be placed
			}
			for _, c := range codeSpanChanges(si, ti) {
				p.Report(Finding{
					Message:  fmt.Sprintf("inline code `%s` here, where the source has `%s`", c[1].Value, c[0].Value),
					Source:   p.SourcePos(l.Source[0], c[0].Text),
					Target:   p.TargetPos(l.Target[0], c[1].Text),
					Evidence: Evidence{Source: c[0].Value, Target: c[1].Value},
				})
			}
		}
	},
})

// codeSimilarity is the larger of the share of a common start and the
// share of common tokens (Dice) of two pieces of code.
func codeSimilarity(a, b string) float64 {
	ta, tb := codeTokens(a, "code"), codeTokens(b, "code")
	m, e := tokenDiff(ta, tb)
	dice := 0.0
	if n := len(ta) + len(tb); n > 0 {
		dice = float64(n-len(m)-len(e)) / float64(n)
	}
	return max(prefixSimilarity(a, b), dice)
}

// firstDiffLine returns the first line of a that b does not have.
func firstDiffLine(a, b string) string {
	have := map[string]bool{}
	for _, l := range strings.Split(b, "\n") {
		have[strings.TrimSpace(l)] = true
	}
	for _, l := range strings.Split(a, "\n") {
		if t := strings.TrimSpace(l); t != "" && !have[t] {
			return t
		}
	}
	return ""
}
