package read_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/read"
)

// seedLines returns lines first to last (1-based, inclusive) of the seed
// article, each ended by "\n".
func seedLines(t *testing.T, first, last int) string {
	t.Helper()
	data, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	if last > len(lines) {
		t.Fatalf("seed has %d lines, want %d", len(lines), last)
	}
	return strings.Join(lines[first-1:last], "")
}

// legacySafe replaces the characters of the Russian version that KOI8-R
// lacks (typographic quotes, dashes, the Ukrainian letters of a cited
// title) by ones that windows-1251 and KOI8-R both have, keeping Cyrillic
// letters Cyrillic so that the text still reads as Russian.
var legacySafe = strings.NewReplacer(
	"“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`, "‘", "'", "’", "'",
	"–", "-", "—", "-", "…", "...", "ö", "o", "№", "N",
	"і", "и", "ї", "и", "І", "И", "Ї", "И", "є", "е", "Є", "Е", "ґ", "г", "Ґ", "Г",
)

// TestEncodings reads the Russian version of the seed written in
// windows-1251, KOI8-R and UTF-16LE with a byte order mark, and checks that
// each copy reads exactly like the UTF-8 one: same blocks and kinds, same
// lines and columns, same markers, sentences and items.
func TestEncodings(t *testing.T) {
	text := legacySafe.Replace(seedLines(t, 221, 337))
	for _, r := range text {
		if r > 0x7f && !(r >= 'А' && r <= 'я' || r == 'Ё' || r == 'ё') {
			t.Fatalf("%q left in the text: extend legacySafe", r)
		}
	}
	ref, err := read.File("ru.txt", []byte(text), read.Options{})
	if err != nil {
		t.Fatalf("utf-8: %v", err)
	}
	if len(ref) != 1 || ref[0].Lang != "ru" || len(ref[0].Blocks) != 36 || ref[0].Markers() != 10 {
		t.Fatalf("utf-8 reference: want one Russian version of 36 blocks and 10 markers, have\n%s", dump(ref, nil))
	}
	want := signature(ref)
	for _, tc := range []struct {
		name string
		enc  encoding.Encoding
	}{
		{"windows-1251", charmap.Windows1251},
		{"koi8-r", charmap.KOI8R},
		{"utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := tc.enc.NewEncoder().Bytes([]byte(text))
			if err != nil {
				t.Fatalf("encode: %v", err)
			}
			if tc.name == "utf-16le" && !bytes.HasPrefix(data, []byte{0xff, 0xfe}) {
				t.Fatalf("no byte order mark: % x", data[:4])
			}
			docs, err := read.File("ru.txt", data, read.Options{})
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			checkInvariants(t, data, docs, err)
			if got := docs[0].File.Encoding; got != tc.name {
				t.Errorf("read as %s, want %s", got, tc.name)
			}
			if have := signature(docs); have != want {
				t.Errorf("reads unlike the UTF-8 copy:\n%s", firstDiff(have, want))
			}
		})
	}
}

// TestLineEnds reads the whole seed with LF, CRLF and lone-CR line ends
// and checks that the three read alike: same versions, blocks, lines,
// columns, markers, sentences and text.
func TestLineEnds(t *testing.T) {
	lf := seedLines(t, 1, 343)
	ref, err := read.File("seed.txt", []byte(lf), read.Options{Split: true})
	if err != nil || len(ref) != 4 {
		t.Fatalf("LF: %d versions, error %v", len(ref), err)
	}
	want := signature(ref)
	for _, tc := range []struct{ name, eol string }{{"crlf", "\r\n"}, {"cr", "\r"}} {
		name, eol := tc.name, tc.eol
		t.Run(name, func(t *testing.T) {
			data := []byte(strings.ReplaceAll(lf, "\n", eol))
			docs, err := read.File("seed.txt", data, read.Options{Split: true})
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			checkInvariants(t, data, docs, err)
			if have := signature(docs); have != want {
				t.Errorf("reads unlike the LF copy:\n%s", firstDiff(have, want))
			}
		})
	}
}

// signature is dump without the encoding, plus the text of every sentence
// and item.
func signature(docs []*doc.Document) string {
	var sb strings.Builder
	for _, l := range strings.SplitAfter(dump(docs, nil), "\n") {
		if strings.HasPrefix(l, "version ") {
			if i := strings.Index(l, " encoding="); i >= 0 {
				j := strings.Index(l[i+1:], " ")
				l = l[:i] + l[i+1+j:]
			}
		}
		sb.WriteString(l)
	}
	for vi, d := range docs {
		for bi, b := range d.Blocks {
			for i := range b.Sentences {
				fmt.Fprintf(&sb, "v%d b%d s%d %q\n", vi+1, bi+1, i+1, b.SentenceText(i))
			}
			for i := range b.Items {
				fmt.Fprintf(&sb, "v%d b%d i%d %q\n", vi+1, bi+1, i+1, b.ItemText(i))
			}
		}
	}
	return sb.String()
}

// firstDiff returns the first differing line of have and want.
func firstDiff(have, want string) string {
	h, w := strings.Split(have, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(h) || i < len(w); i++ {
		var hl, wl string
		if i < len(h) {
			hl = h[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if hl != wl {
			return fmt.Sprintf("line %d:\nhave %s\nwant %s", i+1, hl, wl)
		}
	}
	return "(no difference)"
}
