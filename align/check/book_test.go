package check_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/check"
)

// The book generator builds long trilingual inputs (English source,
// Spanish and Russian translations, Markdown) for the benchmarks: chapters
// made of the seed article's three versions, each chapter varied so that
// no two are the same text. The seed is in the repository, so that the
// benchmarks measure the same inputs on every machine.

// article is one article in the three languages of the book.
type article struct{ en, es, ru string }

var yearRe = regexp.MustCompile(`\b(1[89]|20)\d\d\b`)

// seedArticle returns the seed article's three versions.
func seedArticle(tb testing.TB) article {
	tb.Helper()
	seed, err := os.ReadFile(filepath.Join("..", "..", "seeds", "000_6039fe07b589d0e9.txt"))
	if err != nil {
		tb.Skip("seed article not found:", err)
	}
	// The seed holds the three versions one after another, each starting
	// with its title; the Ukrainian line at the end is left out.
	s := string(seed)
	i := strings.Index(s, "Guerra de Ucrania")
	j := strings.Index(s, "Война в Украине")
	k := strings.LastIndex(s, "Війна")
	if i < 0 || j < i || k < j {
		tb.Fatal("seed article: versions not found")
	}
	return article{en: s[:i], es: s[i:j], ru: s[j:k]}
}

// book returns the three versions of a book of about size bytes in all
// (whole chapters, the last one reaching size), as inputs of check.Run.
// Chapter k is the seed article with its years moved by an amount drawn
// at random, the same in every version; one chapter in four loses a
// paragraph in its Spanish version and one in five has a changed number
// in its Russian version, as a translation would.
func book(tb testing.TB, size int) []check.Input {
	tb.Helper()
	a := seedArticle(tb)
	var en, es, ru bytes.Buffer
	heads := [3]string{"Chapter", "Capítulo", "Глава"}
	rng := rand.New(rand.NewPCG(1, 2))
	for k := 1; en.Len()+es.Len()+ru.Len() < size; k++ {
		shift := rng.IntN(40) - 20
		vary := func(s string) string {
			return yearRe.ReplaceAllStringFunc(s, func(y string) string {
				n, _ := strconv.Atoi(y)
				return strconv.Itoa(n + shift)
			})
		}
		tes, tru := vary(a.es), vary(a.ru)
		if rng.IntN(4) == 0 {
			tes = dropParagraph(tes, rng)
		}
		if rng.IntN(5) == 0 {
			tru = strings.Replace(tru, "1", "7", 1)
		}
		for n, w := range []*bytes.Buffer{&en, &es, &ru} {
			fmt.Fprintf(w, "# %s %d\n\n", heads[n], k)
		}
		en.WriteString(vary(a.en))
		es.WriteString(tes)
		ru.WriteString(tru)
		for _, w := range []*bytes.Buffer{&en, &es, &ru} {
			w.WriteString("\n\n")
		}
	}
	return []check.Input{
		{Name: "book.en.md", Data: en.Bytes()},
		{Name: "book.es.md", Data: es.Bytes()},
		{Name: "book.ru.md", Data: ru.Bytes()},
	}
}

// dropParagraph removes one paragraph of running text (a block of more
// than 200 bytes) from s.
func dropParagraph(s string, rng *rand.Rand) string {
	ps := strings.Split(s, "\n\n")
	var long []int
	for i, p := range ps {
		if len(p) > 200 && !strings.HasPrefix(p, "[") {
			long = append(long, i)
		}
	}
	if len(long) == 0 {
		return s
	}
	i := long[rng.IntN(len(long))]
	return strings.Join(append(ps[:i:i], ps[i+1:]...), "\n\n")
}

// inputBytes returns the total size of inputs.
func inputBytes(ins []check.Input) int {
	n := 0
	for _, in := range ins {
		n += len(in.Data)
	}
	return n
}

// numberedParagraph returns an English and a Spanish version of one
// paragraph of n numbered sentences: in plain text, or in Markdown with a
// code span in every sentence (a block whose prose differs from its text).
func numberedParagraph(n int, markdown bool) []check.Input {
	var en, es strings.Builder
	en.WriteString("A long paragraph\n\n")
	es.WriteString("Un párrafo largo\n\n")
	ext := ".txt"
	if markdown {
		ext = ".md"
	}
	for i := 1; i <= n; i++ {
		if markdown {
			fmt.Fprintf(&en, "Sentence %d says that the `flag%d` option was set %d times in %d. ", i, i, i%7+2, 1900+i%120)
			fmt.Fprintf(&es, "La frase %d dice que la opción `flag%d` se fijó %d veces en %d. ", i, i, i%7+2, 1900+i%120)
			continue
		}
		fmt.Fprintf(&en, "Sentence %d says that the committee met %d times in %d. ", i, i%7+2, 1900+i%120)
		fmt.Fprintf(&es, "La frase %d dice que el comité se reunió %d veces en %d. ", i, i%7+2, 1900+i%120)
	}
	en.WriteString("\n")
	es.WriteString("\n")
	return []check.Input{
		{Name: "long.en" + ext, Data: []byte(en.String())},
		{Name: "long.es" + ext, Data: []byte(es.String())},
	}
}

// oneLine returns the English and Spanish versions of the seed article,
// each repeated as often on a single line, about size bytes in all.
func oneLine(tb testing.TB, size int) []check.Input {
	a := seedArticle(tb)
	en := strings.Join(strings.Fields(a.en), " ") + " "
	es := strings.Join(strings.Fields(a.es), " ") + " "
	n := size/(len(en)+len(es)) + 1
	return []check.Input{
		{Name: "line.en.txt", Data: []byte(strings.Repeat(en, n) + "\n")},
		{Name: "line.es.txt", Data: []byte(strings.Repeat(es, n) + "\n")},
	}
}
