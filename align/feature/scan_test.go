package feature

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// scanSamples are texts that exercise the edges of the scanners.
var scanSamples = []string{
	"",
	"x",
	"The talks began on 10 August 2021 in Geneva. [1]",
	"Las conversaciones empezaron el 10 de agosto de 2021 en Ginebra.¹²",
	"Переговоры начались 10 августа 2021 г. в Женеве [^12].",
	"see https://www.thecommunists.net/theory/kissinger/, and www.Example.COM/x?a=1;b=2.",
	"mail Joe.Bloggs@Example.org, please; or a.b@c, or x@y.z.w- or .+@a.b",
	"aſb@cK.d ſ@a.b http://a\u00a0b",
	"x.http://a@b.c a@b.c+d@e.f",
	"1,000 1.000 1 000 1\u202f000 1\u00a0000 12,345.67 12.345,67 2.0.1 007 0 1.5 1,5 31.07.2023",
	"12[1]345 2023[^4] 5 www.a.com/1[2]3",
	"on 3 May 2020, in March 5, mai 1953, 1 de marzo, 9 мая, березня 2022",
	"Лавров Киссинджер Вашингтон Зеленский Pröbsting UKRAINE dzhx thph kh zh ts qq Ксеркс",
	"it's ’tis ''quoted'' l’homme O'Brien -dash- co-operate",
	"a\xffb\xc2 é-x ’a ǅungla Straße İstanbul ΣΟΦΙΑ",
	"[12] [1234] [^] [^1] ⁰¹²³⁴⁵⁶⁷⁸⁹ ⁱ",
	"!¡?¿ ¿Qué? ¡Sí!",
	"http:// www. https://\t HTTP://X",
	"10-15 1-2 3.5.6.7 1,2,3 0.5 00.5 1 2 3",
}

// seedTexts returns the lines of the seed article, for the equivalence
// tests.
func seedTexts(t *testing.T) []string {
	data, err := os.ReadFile(filepath.Join("..", "..", "seeds", "000_6039fe07b589d0e9.txt"))
	if err != nil {
		t.Log("seed article not found:", err)
		return nil
	}
	return strings.Split(string(data), "\n")
}

// sameFeatures checks that the scanners give what the regular
// expressions of the reference implementation give.
func sameFeatures(t *testing.T, text string) {
	t.Helper()
	if have, want := URLs(text), oldURLs(text); !slices.Equal(have, want) {
		t.Errorf("URLs(%q) = %q, want %q", text, have, want)
	}
	if have, want := RawURLs(text), oldRawURLs(text); !slices.Equal(have, want) {
		t.Errorf("RawURLs(%q) = %q, want %q", text, have, want)
	}
	if have, want := Numbers(text), oldNumbers(text); !slices.Equal(have, want) {
		t.Errorf("Numbers(%q) = %q, want %q", text, have, want)
	}
	if have, want := Names(text), oldNames(text); !slices.Equal(have, want) {
		t.Errorf("Names(%q) = %q, want %q", text, have, want)
	}
	if have, want := Words(text), oldWords(text); !slices.Equal(have, want) {
		t.Errorf("Words(%q) = %q, want %q", text, have, want)
	}
	if have, want := CountWords(text), len(oldWords(text)); have != want {
		t.Errorf("CountWords(%q) = %d, want %d", text, have, want)
	}
	if have, want := Letters(text), oldLetters(text); have != want {
		t.Errorf("Letters(%q) = %d, want %d", text, have, want)
	}
	have, want := Extract(text, []int{1}), oldExtract(text, []int{1})
	if have.Len != want.Len || have.Bangs != want.Bangs || have.Question != want.Question ||
		!slices.Equal(have.Numbers, want.Numbers) || !slices.Equal(have.URLs, want.URLs) || !slices.Equal(have.Names, want.Names) {
		t.Errorf("Extract(%q) = %+v, want %+v", text, have, want)
	}
	for _, w := range strings.Fields(text) {
		if have, want := NameKey(w), oldNameKey(w); have != want {
			t.Errorf("NameKey(%q) = %q, want %q", w, have, want)
		}
	}
	for _, w := range append(strings.Fields(text), text) {
		if have, want := trimApostrophes(w), strings.Trim(w, "'’"); have != want {
			t.Errorf("trimApostrophes(%q) = %q, want %q", w, have, want)
		}
	}
}

// TestTrimApostrophes checks the ends trimApostrophes takes off against
// strings.Trim, on apostrophes alone, broken encodings and ’ cut short.
func TestTrimApostrophes(t *testing.T) {
	for _, s := range []string{"", "'", "’", "''’'", "'a'", "’l’eau’", "a’", "’a", "\xe2\x80", "\x80\x99’", "’\xe2\x80", "\xf0\xe2\x80\x99", "’’x’’", "x'y", "‘quoted’"} {
		if have, want := trimApostrophes(s), strings.Trim(s, "'’"); have != want {
			t.Errorf("trimApostrophes(%q) = %q, want %q", s, have, want)
		}
	}
}

func TestScannersAgree(t *testing.T) {
	for _, s := range append(scanSamples, seedTexts(t)...) {
		sameFeatures(t, s)
	}
}

// TestFoldRunes checks the folding of every rune up to the CJK blocks
// against the decomposition of whole strings.
func TestFoldRunes(t *testing.T) {
	for r := rune(0x80); r < 0x3000; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		var want []byte
		for _, d := range norm.NFD.String(string(unicode.ToLower(r))) {
			if !unicode.Is(unicode.Mn, d) {
				want = appendLatin(want, d)
			}
		}
		if have := appendFolded(nil, unicode.ToLower(r)); string(have) != string(want) {
			t.Errorf("appendFolded(%U) = %q, want %q", r, have, want)
		}
	}
}

func FuzzScanners(f *testing.F) {
	for _, s := range scanSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameFeatures(t, s)
	})
}

// TestDuplicatesAgree checks the filtered comparison of works against the
// comparison of every pair, on footnotes of works with typos, repeats and
// changed years.
func TestDuplicatesAgree(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	base := []string{
		"Michael Pröbsting: The Kissinger Line, 2023, https://a.example/k",
		"RCIT: World Perspectives 2021-22, https://a.example/w",
		"Smith, J. The Book. London: Verso, 2020.",
		"Jones, K. Another Book. Paris: Seuil, 2019.",
		"Михаэль Пребстинг: Линия Киссинджера, 2023",
		"Ibid.",
	}
	mutate := func(s string) string {
		r := []rune(s)
		switch rng.IntN(4) {
		case 0:
			i := rng.IntN(len(r))
			r[i] = 'a' + rune(rng.IntN(26))
		case 1:
			i := rng.IntN(len(r))
			r = append(r[:i:i], r[i+1:]...)
		case 2:
			r = append(r, []rune(" 20"+strconv.Itoa(10+rng.IntN(90)))...)
		}
		return string(r)
	}
	for range 300 {
		var items []string
		for range 1 + rng.IntN(30) {
			s := base[rng.IntN(len(base))]
			for range rng.IntN(4) {
				s = mutate(s)
			}
			items = append(items, s)
		}
		if have, want := Duplicates(items), oldDuplicates(items); !slices.Equal(have, want) {
			t.Fatalf("Duplicates(%q) = %v, want %v", items, have, want)
		}
		a, b := items[0], items[len(items)-1]
		if have, want := SameWork(a, b), oldSameWork(a, b); have != want {
			t.Fatalf("SameWork(%q, %q) = %v, want %v", a, b, have, want)
		}
	}
}

// BenchmarkDuplicates compares the works of footnotes of 10, 100 and
// 1,000 items: time per item should stay about flat.
func BenchmarkDuplicates(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		items := make([]string, n)
		for i := range items {
			items[i] = fmt.Sprintf("Author %d: A work about subject number %d, Publisher, %d", i, i*7, 1900+i%120)
		}
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			for b.Loop() {
				Duplicates(items)
			}
		})
	}
}

func TestCountWords(t *testing.T) {
	for _, s := range append(scanSamples, seedTexts(t)...) {
		if have, want := CountWords(s), len(oldWords(s)); have != want {
			t.Errorf("CountWords(%q) = %d, want %d", s, have, want)
		}
	}
}

func TestSameWords(t *testing.T) {
	for _, c := range []struct {
		a, b string
		n    int
		same bool
	}{
		{"Lavrov met Kissinger.", "LAVROV met kissinger!", 3, true},
		{"Lavrov met Kissinger.", "Lavrov met Kissinger in July.", 3, false},
		{"Lavrov met Kissinger in July.", "Lavrov met Kissinger.", 3, false},
		{"Lavrov met Kissinger.", "Lavrov saw Kissinger.", 1, false},
		{"a 1 ,", "", 0, true},
		{"«Он сказал» [1]", "он, сказал", 2, true},
	} {
		if n, same := SameWords(c.a, c.b); n != c.n || same != c.same {
			t.Errorf("SameWords(%q, %q) = %d, %v, want %d, %v", c.a, c.b, n, same, c.n, c.same)
		}
	}
	// Against the words themselves, on every pair of neighbours.
	texts := append(scanSamples, seedTexts(t)...)
	for i := range texts {
		for _, b := range []string{texts[i], texts[(i+1)%len(texts)]} {
			wa, wb := Words(texts[i]), Words(b)
			if _, same := SameWords(texts[i], b); same != slices.Equal(wa, wb) {
				t.Errorf("SameWords(%q, %q) = %v, want %v", texts[i], b, same, !same)
			}
		}
	}
}

func TestIsLetterIsUnicodes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if IsLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("IsLetter(%U) = %v, unicode.IsLetter says %v", r, IsLetter(r), unicode.IsLetter(r))
		}
	}
}

// TestIsFieldRune checks isFieldRune on every rune against what it
// stands for: a letter once lower-cased, or an apostrophe.
func TestIsFieldRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if want := r == '’' || unicode.IsLetter(unicode.ToLower(r)); isFieldRune(r) != want {
			t.Fatalf("isFieldRune(%U) = %v, want %v", r, isFieldRune(r), want)
		}
	}
}

// TestMonthInitials checks month, which looks at the first letter before
// lower-casing the word, against oldMonth on the words of the samples and
// on every month name in three cases.
func TestMonthInitials(t *testing.T) {
	var words []string
	for _, s := range append(scanSamples, seedTexts(t)...) {
		words = append(words, strings.Fields(s)...)
	}
	for _, m := range monthStems {
		for _, w := range []string{m.stem, m.stem + "s", m.stem + "я"} {
			r, size := utf8.DecodeRuneInString(w)
			words = append(words, w, strings.ToUpper(w), string(unicode.ToUpper(r))+w[size:])
		}
	}
	words = append(words, "May", "MAI", "march", "", "İstanbul", "ǅanuar", "Ǆ", "\xff")
	for _, w := range words {
		if have, want := month(w), oldMonth(w); have != want {
			t.Errorf("month(%q) = %d, want %d", w, have, want)
		}
	}
}
