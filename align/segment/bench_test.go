package segment

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// seedText returns the English version of the seed article as one line, or
// skips the benchmark if the seed is not there.
func seedText(b *testing.B) string {
	data, err := os.ReadFile("../../seeds/000_6039fe07b589d0e9.txt")
	if err != nil {
		b.Skip("seed document not found:", err)
	}
	text := string(data)
	if i := strings.Index(text, "Guerra de Ucrania"); i > 0 {
		text = text[:i]
	}
	return strings.Join(strings.Fields(text), " ") + " "
}

// BenchmarkSentences segments the English seed repeated to several sizes;
// ns/op grows linearly with the size (MB/s stays flat). The pathological
// inputs check that no rule rescans the text.
func BenchmarkSentences(b *testing.B) {
	seed := seedText(b)
	inputs := []struct {
		name string
		unit string
	}{
		{"seed", seed},
		{"dots", "a. "},
		{"dotrun", "."},
		{"initials", "A. B. "},
		{"quotes", "“a. B” "},
		{"openquotes", "“A. "},
		{"markers", "x. [1] "},
		{"superscripts", "x.¹"},
	}
	for _, in := range inputs {
		for _, size := range []int{1 << 16, 1 << 20} {
			text := strings.Repeat(in.unit, size/len(in.unit)+1)[:size]
			b.Run(fmt.Sprintf("%s/%dKiB", in.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					Sentences(text, "en")
				}
			})
		}
	}
}

// BenchmarkItems splits long footnote texts into cited works.
func BenchmarkItems(b *testing.B) {
	for _, in := range []struct{ name, unit string }{
		{"works", "Title, 2020, https://x.org/a?b=1;c=2; "},
		{"brackets", "(a; "},
		{"semicolons", ";"},
	} {
		for _, size := range []int{1 << 16, 1 << 20} {
			text := strings.Repeat(in.unit, size/len(in.unit)+1)[:size]
			b.Run(fmt.Sprintf("%s/%dKiB", in.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					Items(text)
				}
			})
		}
	}
}
