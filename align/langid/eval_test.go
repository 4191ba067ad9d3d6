package langid

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// evalBlock is one blank-line separated block of an evaluation file.
type evalBlock struct {
	line int    // 1-based line of its first line
	text string // its lines joined by newlines
}

// splitBlocks splits a file into blank-line separated blocks.
func splitBlocks(data string) []evalBlock {
	var out []evalBlock
	var cur []string
	start := 0
	lines := strings.Split(data, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			if len(cur) > 0 {
				out = append(out, evalBlock{start, strings.Join(cur, "\n")})
				cur = nil
			}
			continue
		}
		if len(cur) == 0 {
			start = i + 1
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		out = append(out, evalBlock{start, strings.Join(cur, "\n")})
	}
	return out
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

func short(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// seedPath is the seed document, an English article followed by its Spanish,
// Russian and (one line of) Ukrainian versions.
const seedPath = "../../seeds/000_6039fe07b589d0e9.txt"

// seedForeign lists the seed blocks whose content is, legitimately, in
// another language than their version: footnotes that keep the title of a
// cited work in its original language. They are judged by eye, reported
// separately and not counted. Found by version and first words.
var seedForeign = []struct{ version, prefix, lang string }{
	{"es", "[2] Cameron Manley: Former U.S. Official", "en"},         // English title, then one Spanish sentence
	{"es", "[4] Michael McFaul: The Negative", "en"},                 // English title only
	{"ru", "[8] Смотрите об этом, например, RCIT: Інтеграція", "uk"}, // Ukrainian titles
}

func foreignLabel(version, text string) (string, bool) {
	for _, f := range seedForeign {
		if f.version == version && strings.HasPrefix(text, f.prefix) {
			return f.lang, true
		}
	}
	return "", false
}

// TestSeedAccuracy measures per-block accuracy on the seed document. The
// versions are found by their first lines: the Spanish title, the Russian
// title and the last (Ukrainian) line.
func TestSeedAccuracy(t *testing.T) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed not available: %v", err)
	}
	blocks := splitBlocks(string(data))
	version := "en"
	type tally struct{ ok, n int }
	per := map[string]*tally{}
	total := &tally{}
	for i, b := range blocks {
		switch {
		case strings.HasPrefix(b.text, "Guerra de Ucrania: ¿Qué ofrece"):
			version = "es"
		case strings.HasPrefix(b.text, "Война в Украине: что предлагают"):
			version = "ru"
		case i == len(blocks)-1:
			version = "uk"
		}
		if !hasLetter(b.text) {
			continue
		}
		res := Identify(b.text, nil)
		if want, ok := foreignLabel(version, b.text); ok {
			t.Logf("foreign-content block (%s version, line %d, expected %s): got %s %.2f %s %q",
				version, b.line, want, res.Lang, res.Confidence, topScores(res, 3), short(b.text, 70))
			continue
		}
		if per[version] == nil {
			per[version] = &tally{}
		}
		per[version].n++
		total.n++
		if res.Lang == version {
			per[version].ok++
			total.ok++
		} else {
			t.Logf("miss (%s version, line %d): got %q %.2f %s %q",
				version, b.line, res.Lang, res.Confidence, topScores(res, 3), short(b.text, 90))
		}
	}
	for _, v := range []string{"en", "es", "ru", "uk"} {
		if tl := per[v]; tl != nil {
			t.Logf("seed %s: %d/%d = %.1f%%", v, tl.ok, tl.n, 100*float64(tl.ok)/float64(tl.n))
		}
	}
	acc := float64(total.ok) / float64(total.n)
	t.Logf("seed total: %d/%d = %.1f%%", total.ok, total.n, 100*acc)
	if acc < seedMinAccuracy {
		t.Errorf("seed accuracy %.3f < %.3f", acc, seedMinAccuracy)
	}
}

// seedMinAccuracy is the accuracy reached on the seed, less a margin.
const seedMinAccuracy = 0.95

// evalDir holds the shared evaluation cases, beside the repository.
const evalDir = "../../../shared/eval/cases"

// evalMinAccuracy is the least per-file accuracy on the evaluation cases.
const evalMinAccuracy = 0.88

// TestEvalCasesAccuracy labels every block of the shared evaluation files
// with the language of its file (NAME.LANG.EXT) and measures accuracy per
// file, leaving out blocks with no letters. Code blocks (a regular
// expression, a BNF grammar) and metadata are reported apart: they are
// not prose in the language of the file.
func TestEvalCasesAccuracy(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(evalDir, "*", "*.*.*"))
	if len(files) == 0 {
		t.Skip("no evaluation cases in " + evalDir)
	}
	for _, f := range files {
		parts := strings.Split(filepath.Base(f), ".")
		want := parts[len(parts)-2]
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ok, n, codeOK, codeN := 0, 0, 0, 0
		for _, b := range splitBlocks(string(data)) {
			if !hasLetter(b.text) {
				continue
			}
			res := Identify(b.text, nil)
			if isCode(b.text) {
				codeN++
				if res.Lang == want {
					codeOK++
				}
				continue
			}
			n++
			if res.Lang == want {
				ok++
			} else {
				t.Logf("%s:%d: got %q %.2f %s %q", filepath.Base(f), b.line, res.Lang, res.Confidence, topScores(res, 3), short(b.text, 80))
			}
		}
		acc := float64(ok) / float64(n)
		t.Logf("%s: prose %d/%d = %.1f%%; with code/metadata blocks %d/%d = %.1f%%", filepath.Base(f), ok, n, 100*acc,
			ok+codeOK, n+codeN, 100*float64(ok+codeOK)/float64(n+codeN))
		if acc < evalMinAccuracy {
			t.Errorf("%s: accuracy %.3f < %.3f", filepath.Base(f), acc, evalMinAccuracy)
		}
	}
}

// isCode reports whether a block is code or metadata rather than prose: a
// fenced code block, a grammar production ("<a> ::= <b>") or YAML front
// matter.
func isCode(s string) bool {
	return strings.HasPrefix(s, "```") || strings.Contains(s, "::=") ||
		(strings.HasPrefix(s, "---\n") && strings.HasSuffix(s, "\n---"))
}

func topScores(r Result, n int) string {
	var parts []string
	for i, s := range r.Scores {
		if i == n {
			break
		}
		parts = append(parts, fmt.Sprintf("%s:%.2f/%.2f", s.Lang, s.Prob, s.Share))
	}
	return fmt.Sprintf("ev=%.1f [%s]", r.Evidence, strings.Join(parts, " "))
}

// BenchmarkIdentifySeed identifies every block of the seed document, as the
// tool does.
func BenchmarkIdentifySeed(b *testing.B) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		b.Skipf("seed not available: %v", err)
	}
	blocks := splitBlocks(string(data))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		for _, bl := range blocks {
			Identify(bl.text, nil)
		}
	}
}

// heldOutDir holds held-out evaluation files LANG.SOURCE.txt, blank-line
// separated blocks of real text in language LANG that the model was not
// trained on: the Universal Declaration of Human Rights and the messages of
// gettext catalogues, made by testdata/mkheldout.py. They are not part of
// the repository; set LANGID_HELDOUT to their folder.
func heldOutDir() string { return os.Getenv("LANGID_HELDOUT") }

// Least per-language accuracies on the held-out files, by text length,
// with all supported languages as candidates: the figures measured when
// the languages of extSpecs were added, less a margin. Texts of 2-5 words
// are reported but not held to a bound: many are names, acronyms or
// option lists that have no language.
const (
	heldOutMin6to15  = 0.90
	heldOutMin16to60 = 0.95
)

// textSize is the length of a text in words; a Han or kana character counts
// half a word, a Thai letter a quarter.
func textSize(s string) float64 {
	var n float64
	for _, f := range strings.Fields(s) {
		var cjk, thai, other int
		for _, r := range f {
			switch {
			case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
				cjk++
			case unicode.Is(unicode.Thai, r):
				thai++
			case unicode.IsLetter(r):
				other++
			}
		}
		n += float64(cjk)/2 + float64(thai)/4
		if other > 0 {
			n++
		}
	}
	return n
}

// TestHeldOutAccuracy measures accuracy per language on the held-out files
// for texts of 2-5, 6-15 and 16-60 words.
func TestHeldOutAccuracy(t *testing.T) {
	dir := heldOutDir()
	if dir == "" {
		t.Skip("LANGID_HELDOUT not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.*.txt"))
	if len(files) == 0 {
		t.Skip("no held-out files in " + dir)
	}
	type tally struct{ ok, n [3]int }
	per := map[string]*tally{}
	for _, f := range files {
		lang := strings.Split(filepath.Base(f), ".")[0]
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if per[lang] == nil {
			per[lang] = &tally{}
		}
		for _, b := range splitBlocks(string(data)) {
			var k int
			switch n := textSize(b.text); {
			case n < 2 || n > 60:
				continue
			case n <= 5:
				k = 0
			case n <= 15:
				k = 1
			default:
				k = 2
			}
			per[lang].n[k]++
			if Identify(b.text, nil).Lang == lang {
				per[lang].ok[k]++
			}
		}
	}
	langs := slices.Sorted(maps.Keys(per))
	for _, l := range langs {
		tl := per[l]
		var acc [3]float64
		for k := range acc {
			acc[k] = float64(tl.ok[k]) / float64(max(1, tl.n[k]))
		}
		t.Logf("%s: 2-5 words %5.1f%% of %4d, 6-15 %5.1f%% of %4d, 16-60 %5.1f%% of %4d",
			l, 100*acc[0], tl.n[0], 100*acc[1], tl.n[1], 100*acc[2], tl.n[2])
		if tl.n[1] >= 30 && acc[1] < heldOutMin6to15 {
			t.Errorf("%s: accuracy on 6-15 words %.3f < %.2f", l, acc[1], heldOutMin6to15)
		}
		if tl.n[2] >= 30 && acc[2] < heldOutMin16to60 {
			t.Errorf("%s: accuracy on 16-60 words %.3f < %.2f", l, acc[2], heldOutMin16to60)
		}
	}
}
