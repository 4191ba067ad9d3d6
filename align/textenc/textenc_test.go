package textenc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/text/unicode/norm"
)

const seedFile = "../../seeds/000_6039fe07b589d0e9.txt"

// seedVersions returns the Russian and the Spanish version of the seed
// article: the Russian one from the first line with Cyrillic letters up to
// the line before the final Ukrainian title, the Spanish one from its title
// up to the line before the Russian title.
func seedVersions(t testing.TB) (ru, es string) {
	t.Helper()
	data, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	first, ukr, spanish := -1, -1, -1
	for i, l := range lines {
		if first < 0 && strings.ContainsFunc(l, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) {
			first = i
		}
		if strings.HasPrefix(l, "Війна в Україні") {
			ukr = i
		}
		if spanish < 0 && strings.HasPrefix(l, "Guerra de Ucrania: ¿Qué ofrece") {
			spanish = i
		}
	}
	if first < 0 || ukr <= first || spanish < 0 || spanish >= first {
		t.Fatalf("seed %s: cannot find the versions (Spanish %d, Russian %d, Ukrainian %d)", seedFile, spanish, first, ukr)
	}
	if !strings.HasPrefix(lines[first], "Война в Украине: ") {
		t.Fatalf("seed: first Cyrillic line is %q, want the Russian title", lines[first])
	}
	return strings.Join(lines[first:ukr], "\n"), strings.Join(lines[spanish:first], "\n")
}

// fallback maps characters that the legacy encodings lack to characters
// that they have; encodeLossy tries it, then the base letter of the
// character's decomposition, then "?".
var fallback = map[rune]string{
	'“': `"`, '”': `"`, '„': `"`, '«': `"`, '»': `"`,
	'‘': "'", '’': "'", '–': "-", '—': "-", '…': "...",
	'і': "и", 'ї': "и", 'І': "И", 'Ї': "И", 'є': "е", 'Є': "Е", 'ґ': "г", 'Ґ': "Г",
	'¡': "!", '¿': "?",
}

// encodeLossy encodes s with enc, replacing what enc cannot represent, and
// returns the bytes and the text they stand for.
func encodeLossy(t testing.TB, enc encoding.Encoding, s string) (encoded []byte, adjusted string) {
	t.Helper()
	e := enc.NewEncoder()
	var out []byte
	var adj strings.Builder
	for _, r := range s {
		candidates := []string{string(r), fallback[r]}
		if d := []rune(norm.NFD.String(string(r))); len(d) > 1 {
			candidates = append(candidates, string(d[0]))
		}
		candidates = append(candidates, "?")
		for _, c := range candidates {
			if c == "" {
				continue
			}
			b, err := e.Bytes([]byte(c))
			if err == nil {
				out = append(out, b...)
				adj.WriteString(c)
				break
			}
		}
	}
	return out, adj.String()
}

// encodeStrict encodes s with enc, which must represent all of it.
func encodeStrict(t testing.TB, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var (
	utf16le = xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	utf16be = xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
	utf32le = utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM)
	utf32be = utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM)
)

func TestDecodeSeed(t *testing.T) {
	ru, es := seedVersions(t)
	tests := []struct {
		desc string
		text string
		enc  encoding.Encoding // nil: UTF-8
		bom  []byte
		want string
	}{
		{desc: "russian utf-8", text: ru, want: "utf-8"},
		{desc: "russian utf-8 with bom", text: ru, bom: bomUTF8, want: "utf-8"},
		{desc: "russian utf-16le with bom", text: ru, enc: utf16le, bom: bomUTF16LE, want: "utf-16le"},
		{desc: "russian utf-16be with bom", text: ru, enc: utf16be, bom: bomUTF16BE, want: "utf-16be"},
		{desc: "russian utf-16le without bom", text: ru, enc: utf16le, want: "utf-16le"},
		{desc: "russian utf-16be without bom", text: ru, enc: utf16be, want: "utf-16be"},
		{desc: "russian utf-32le with bom", text: ru, enc: utf32le, bom: bomUTF32LE, want: "utf-32le"},
		{desc: "russian utf-32be with bom", text: ru, enc: utf32be, bom: bomUTF32BE, want: "utf-32be"},
		{desc: "russian windows-1251", text: ru, enc: charmap.Windows1251, want: "windows-1251"},
		{desc: "russian koi8-r", text: ru, enc: charmap.KOI8R, want: "koi8-r"},
		{desc: "russian koi8-u", text: ru, enc: charmap.KOI8U, want: "koi8-u"},
		{desc: "russian iso-8859-5", text: ru, enc: charmap.ISO8859_5, want: "iso-8859-5"},
		{desc: "spanish utf-8", text: es, want: "utf-8"},
		{desc: "spanish utf-8 with bom", text: es, bom: bomUTF8, want: "utf-8"},
		{desc: "spanish utf-16le with bom", text: es, enc: utf16le, bom: bomUTF16LE, want: "utf-16le"},
		{desc: "spanish utf-16be with bom", text: es, enc: utf16be, bom: bomUTF16BE, want: "utf-16be"},
		{desc: "spanish utf-16le without bom", text: es, enc: utf16le, want: "utf-16le"},
		{desc: "spanish windows-1252", text: es, enc: charmap.Windows1252, want: "windows-1252"},
		{desc: "spanish latin-1", text: es, enc: charmap.ISO8859_1, want: "windows-1252"},
		{desc: "spanish iso-8859-15", text: es, enc: charmap.ISO8859_15, want: "windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			data, want := []byte(tt.text), tt.text
			if tt.enc != nil {
				data, want = encodeLossy(t, tt.enc, tt.text)
			}
			data = append(append([]byte{}, tt.bom...), data...)
			got, name, err := Decode(data, "")
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if name != tt.want {
				t.Errorf("encoding = %q, want %q", name, tt.want)
			}
			if string(got) != want {
				t.Errorf("decoded text differs from the original (%d bytes, want %d): %s", len(got), len(want), firstDiff(string(got), want))
			}
			// Naming the encoding gives the same text.
			forced, fname, err := Decode(data, tt.want)
			if err != nil || string(forced) != want || fname != tt.want {
				t.Errorf("Decode(data, %q) = %d bytes, %q, %v; want the detected text", tt.want, len(forced), fname, err)
			}
		})
	}
}

// TestDecodeEnglishSeed checks English text whose only bytes >= 0x80 are
// quotes, dashes and the copyright sign, which windows-1251 has at the
// same places: the tie goes to windows-1252.
func TestDecodeEnglishSeed(t *testing.T) {
	data, err := os.ReadFile("../../seeds/004_c77dbe8c6f6dfb8e.txt")
	if err != nil {
		t.Fatal(err)
	}
	encoded := encodeStrict(t, charmap.Windows1252, string(data))
	got, name, err := Decode(encoded, "")
	if err != nil || name != "windows-1252" || !bytes.Equal(got, data) {
		t.Errorf("Decode = %d bytes, %q, %v; want the seed text, windows-1252", len(got), name, err)
	}
}

// firstDiff describes where a and b first differ.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-20)
	return fmt.Sprintf("at byte %d: got %s, want %s", i, quote(a[from:min(len(a), i+20)]), quote(b[from:min(len(b), i+20)]))
}

// quote quotes s, which may have been cut inside a character.
func quote(s string) string { return strconv.Quote(strings.ToValidUTF8(s, "?")) }

func TestShortSamples(t *testing.T) {
	tests := []struct {
		desc string
		text string
		enc  encoding.Encoding
		want string
	}{
		{desc: "russian sentence in windows-1251", text: "Переговоры идут в секрете уже много недель.", enc: charmap.Windows1251, want: "windows-1251"},
		{desc: "russian sentence in koi8-r", text: "Переговоры идут в секрете уже много недель.", enc: charmap.KOI8R, want: "koi8-r"},
		{desc: "russian sentence in iso-8859-5", text: "Переговоры идут в секрете уже много недель.", enc: charmap.ISO8859_5, want: "iso-8859-5"},
		{desc: "russian title in windows-1251", text: "Война в Украине: что предлагают США?", enc: charmap.Windows1251, want: "windows-1251"},
		{desc: "russian title in koi8-r", text: "Война в Украине: что предлагают США?", enc: charmap.KOI8R, want: "koi8-r"},
		{desc: "russian capitals in windows-1251", text: "ВОЙНА В УКРАИНЕ И ПЕРЕГОВОРЫ", enc: charmap.Windows1251, want: "windows-1251"},
		{desc: "russian capitals in koi8-r", text: "ВОЙНА В УКРАИНЕ И ПЕРЕГОВОРЫ", enc: charmap.KOI8R, want: "koi8-r"},
		{desc: "ukrainian title in windows-1251", text: "Війна в Україні: що пропонують США на своїх секретних переговорах із Росією?", enc: charmap.Windows1251, want: "windows-1251"},
		{desc: "ukrainian title in koi8-u", text: "Війна в Україні: що пропонують США на своїх секретних переговорах із Росією?", enc: charmap.KOI8U, want: "koi8-u"},
		{desc: "spanish sentence in latin-1", text: "La guerra en Ucrania continúa sin tregua.", enc: charmap.ISO8859_1, want: "windows-1252"},
		{desc: "spanish question in windows-1252", text: "¿Qué ofrece Estados Unidos?", enc: charmap.Windows1252, want: "windows-1252"},
		{desc: "spanish word in latin-1", text: "año", enc: charmap.ISO8859_1, want: "windows-1252"},
		{desc: "french in windows-1252", text: "Les négociations secrètes à Genève “échouent” – déjà.", enc: charmap.Windows1252, want: "windows-1252"},
		{desc: "german in windows-1252", text: "Die Verhandlungen für einen Waffenstillstand in Österreich", enc: charmap.Windows1252, want: "windows-1252"},
		{desc: "portuguese in windows-1252", text: "A negociação da paz não avança.", enc: charmap.Windows1252, want: "windows-1252"},
		{desc: "english with curly quotes in windows-1252", text: "The “fair” elections – so they say.", enc: charmap.Windows1252, want: "windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			data := encodeStrict(t, tt.enc, tt.text)
			got, name, err := Decode(data, "")
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if name != tt.want {
				t.Errorf("encoding = %q, want %q (text %q)", name, tt.want, got)
			}
			if name == tt.want && string(got) != tt.text {
				t.Errorf("text = %q, want %q", got, tt.text)
			}
		})
	}
}

// isHighLetter reports whether r is a letter outside ASCII.
func isHighLetter(r rune) bool { return r >= utf8.RuneSelf && unicode.IsLetter(r) }

// samples cuts text into pieces, ending at word boundaries within lines,
// that hold at least n characters (letters outside ASCII if highOnly) and
// a character outside ASCII.
func samples(text string, n int, highOnly bool) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		var cur []string
		count := 0
		for _, w := range strings.Fields(line) {
			cur = append(cur, w)
			if highOnly {
				for _, r := range w {
					if isHighLetter(r) {
						count++
					}
				}
			} else {
				count += utf8.RuneCountInString(w) + 1
			}
			if highOnly && count >= n || !highOnly && count-1 >= n {
				s := strings.Join(cur, " ")
				if strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }) {
					out = append(out, s)
				}
				cur, count = nil, 0
			}
		}
	}
	return out
}

// TestShortSampleReliability cuts the seed versions into samples of
// growing length and counts wrong guesses, to find the shortest sample
// that detection gets right: in characters, and in letters outside ASCII
// (a Spanish sample of 40 characters may hold one accented letter, a
// Russian footnote sample may be mostly a Latin title). Every guess other
// than the encoding the sample was written in counts as wrong.
func TestShortSampleReliability(t *testing.T) {
	ru, es := seedVersions(t)
	type version struct {
		text string
		enc  encoding.Encoding
		want string
	}
	versions := []version{
		{ru, charmap.Windows1251, "windows-1251"},
		{ru, charmap.KOI8R, "koi8-r"},
		{ru, charmap.ISO8859_5, "iso-8859-5"},
		{es, charmap.Windows1252, "windows-1252"},
		{es, charmap.ISO8859_1, "windows-1252"},
	}
	for _, measure := range []struct {
		unit     string
		highOnly bool
		lengths  []int
		must     int // from this length on no guess may be wrong
	}{
		{"characters", false, []int{1, 5, 10, 15, 20, 25, 30, 40, 60, 80}, 25},
		{"letters outside ASCII", true, []int{1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30}, 8},
	} {
		reliable := 0 // shortest length from which no sample is wrong
		for _, n := range measure.lengths {
			wrong, total := 0, 0
			var examples []string
			for _, v := range versions {
				_, adjusted := encodeLossy(t, v.enc, v.text)
				for _, s := range samples(adjusted, n, measure.highOnly) {
					data := encodeStrict(t, v.enc, s)
					_, name, err := Decode(data, "")
					if err != nil {
						t.Fatalf("Decode(%q): %v", s, err)
					}
					total++
					if name != v.want {
						wrong++
						if len(examples) < 3 {
							examples = append(examples, fmt.Sprintf("%s %s as %s", v.want, quote(s), name))
						}
					}
				}
			}
			t.Logf("samples of >= %2d %s: %4d wrong of %5d %s", n, measure.unit, wrong, total, strings.Join(examples, "; "))
			if wrong > 0 {
				reliable = 0
			} else if reliable == 0 {
				reliable = n
			}
			if wrong > 0 && n >= measure.must {
				t.Errorf("samples of >= %d %s: %d of %d wrong, e.g. %s", n, measure.unit, wrong, total, strings.Join(examples, "; "))
			}
		}
		t.Logf("shortest reliable sample: %d %s", reliable, measure.unit)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		desc    string
		name    string
		want    string
		wantErr string // prefix of the error, "" for none
	}{
		{desc: "utf-8", name: "utf-8", want: "utf-8"},
		{desc: "utf8 upper case", name: "UTF8", want: "utf-8"},
		{desc: "white space around", name: " utf-8\n", want: "utf-8"},
		{desc: "utf-16 takes the bom", name: "UTF-16", want: "utf-16"},
		{desc: "utf-16le", name: "utf-16le", want: "utf-16le"},
		{desc: "utf-16be", name: "UTF-16BE", want: "utf-16be"},
		{desc: "ucs-2 is whatwg utf-16le", name: "ucs-2", want: "utf-16le"},
		{desc: "utf-32", name: "utf32", want: "utf-32"},
		{desc: "utf-32le", name: "UTF-32LE", want: "utf-32le"},
		{desc: "windows-1251", name: "Windows-1251", want: "windows-1251"},
		{desc: "cp1251", name: "cp1251", want: "windows-1251"},
		{desc: "cp-1251", name: "CP-1251", want: "windows-1251"},
		{desc: "koi8-r", name: "KOI8-R", want: "koi8-r"},
		{desc: "koi8r", name: "koi8r", want: "koi8-r"},
		{desc: "koi8-u", name: "koi8-u", want: "koi8-u"},
		{desc: "windows-1252", name: "windows-1252", want: "windows-1252"},
		{desc: "cp1252", name: "CP1252", want: "windows-1252"},
		{desc: "latin-1", name: "latin-1", want: "windows-1252"},
		{desc: "latin1", name: "Latin1", want: "windows-1252"},
		{desc: "iso-8859-1", name: "ISO-8859-1", want: "windows-1252"},
		{desc: "iso_8859-1:1987", name: "iso_8859-1:1987", want: "windows-1252"},
		{desc: "iso-8859-5", name: "iso-8859-5", want: "iso-8859-5"},
		{desc: "iso-8859-15", name: "ISO-8859-15", want: "iso-8859-15"},
		{desc: "cp866", name: "cp866", want: "ibm866"},
		{desc: "whatwg windows-1250", name: "cp1250", want: "windows-1250"},
		{desc: "whatwg shift_jis", name: "sjis", want: "shift_jis"},
		{desc: "whatwg mac cyrillic", name: "x-mac-cyrillic", want: "x-mac-cyrillic"},
		{desc: "iana ibm437", name: "cp437", want: "ibm437"},
		{desc: "iana ibm850", name: "IBM850", want: "ibm850"},
		{desc: "unknown", name: "foo", wantErr: `unknown encoding "foo"; known: utf-8, utf-16, utf-16le, utf-16be, `},
		{desc: "empty", name: "", wantErr: "unknown encoding: no name given; known: utf-8"},
		{desc: "whatwg replacement", name: "iso-2022-kr", wantErr: `unknown encoding "iso-2022-kr": tralign cannot decode it; known: `},
		{desc: "iana without decoder", name: "utf-7", wantErr: `unknown encoding "utf-7"; known: `},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			got, err := Lookup(tt.name)
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) || !errors.Is(err, ErrUnknownEncoding) {
					t.Fatalf("Lookup(%q) = %q, %v; want error %q...", tt.name, got, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("Lookup(%q) = %q, %v; want %q", tt.name, got, err, tt.want)
			}
			// The canonical name is a name, and decodes.
			if again, err := Lookup(got); err != nil || again != got {
				t.Errorf("Lookup(%q) = %q, %v; want it unchanged", got, again, err)
			}
			if _, _, err := Decode([]byte("abc\n"), tt.name); err != nil {
				t.Errorf("Decode with %q: %v", tt.name, err)
			}
		})
	}
}

// TestLookupDetected checks that every name Decode detects is accepted by
// Lookup as it is.
func TestLookupDetected(t *testing.T) {
	names := []string{"utf-8", "utf-16le", "utf-16be", "utf-32le", "utf-32be"}
	for _, c := range candidates {
		names = append(names, c.name)
	}
	for _, n := range names {
		if got, err := Lookup(n); err != nil || got != n {
			t.Errorf("Lookup(%q) = %q, %v; want it unchanged", n, got, err)
		}
	}
}

// pngImage returns a small PNG file.
func pngImage(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 8, 8))
	for i := range 8 {
		img.Set(i, i, color.RGBA{R: 200, A: 255})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// gzipped returns s compressed with gzip.
func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestBinary(t *testing.T) {
	elf := []byte{0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0, 0x40, 0x10, 0x40, 0, 0, 0, 0, 0}
	pngHeader := []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0}
	random := make([]byte, 4096)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	controls := []byte("ab\x01\x02\x03\x04cd\x05\x06\x07\x08ef\x0e\x0f\x10\x11\n\x12\x13")
	ruKOI8 := encodeStrict(t, charmap.KOI8R, "Строка один\nСтрока два\nтри\x00\n")
	tests := []struct {
		desc   string
		data   []byte
		binary bool
		line   int // of the error, 0: do not check
		offset int // of the error, -1: do not check
		b      byte
	}{
		{desc: "nul in ascii text at line 3", data: []byte("one\ntwo\r\nth\x00ree\n"), binary: true, line: 3, offset: 11, b: 0},
		{desc: "nul after lone cr lines", data: []byte("a\rb\rc\x00"), binary: true, line: 3, offset: 5},
		{desc: "nul in koi8-r text", data: ruKOI8, binary: true, line: 3, offset: -1},
		{desc: "nul in utf-8 text with bom", data: append(append([]byte{}, bomUTF8...), "привет\n\x00"...), binary: true, line: 2, offset: 16},
		{desc: "nul unit in utf-16le text with bom", data: append(append([]byte{}, bomUTF16LE...), encodeStrict(t, utf16le, "a\nb\x00")...), binary: true, line: 2, offset: 8},
		{desc: "elf header", data: elf, binary: true, line: 1, offset: 7, b: 0},
		{desc: "png header", data: pngHeader, binary: true, line: 3, offset: 8, b: 0},
		{desc: "png image", data: pngImage(t), binary: true, offset: -1},
		{desc: "gzip stream", data: gzipped(t, strings.Repeat("some text to compress\n", 50)), binary: true, offset: -1},
		{desc: "random bytes", data: random, binary: true, offset: -1},
		{desc: "control characters without nul", data: controls, binary: true, line: 1, offset: 2, b: 1},
		{desc: "a few control characters in text", data: []byte("an escape \x1b[1m here\n" + strings.Repeat("plain text line\n", 5)), offset: -1},
		{desc: "form feed and tabs are text", data: []byte("page\tone\f\npage\ttwo\f\n"), offset: -1},
		{desc: "utf-16le without bom is text", data: encodeStrict(t, utf16le, "Hello, мир\r\n"), offset: -1},
		{desc: "empty", data: nil, offset: -1},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			_, enc, err := Decode(tt.data, "")
			var be *BinaryError
			if !tt.binary {
				if err != nil {
					t.Fatalf("Decode = %v; want text", err)
				}
				return
			}
			if !errors.As(err, &be) {
				t.Fatalf("Decode = %q, %v; want a *BinaryError", enc, err)
			}
			if tt.line != 0 && be.Line != tt.line {
				t.Errorf("Line = %d, want %d", be.Line, tt.line)
			}
			if tt.offset >= 0 && (be.Offset != tt.offset || be.Byte != tt.b) {
				t.Errorf("Offset, Byte = %d, %#x; want %d, %#x", be.Offset, be.Byte, tt.offset, tt.b)
			}
			if be.Offset < 0 || be.Offset >= len(tt.data) {
				t.Errorf("Offset %d out of the input (%d bytes)", be.Offset, len(tt.data))
			}
			// Naming the encoding skips the check.
			if _, _, err := Decode(tt.data, "windows-1252"); err != nil {
				t.Errorf("Decode(data, windows-1252) = %v; want no error", err)
			}
		})
	}
}

func TestBinaryErrorMessage(t *testing.T) {
	_, _, err := Decode([]byte("one\ntwo\nthree\x00"), "")
	want := "binary data at line 3 (byte 0x00); tralign reads text files: give a text file, or name the encoding with --encoding"
	if err == nil || err.Error() != want {
		t.Errorf("error = %v; want %q", err, want)
	}
}

func TestDecodeEdges(t *testing.T) {
	crlf := "Строка один\r\nLine two\r\n\r\nтри\rчетыре\nend"
	tests := []struct {
		desc     string
		data     []byte
		name     string
		want     string
		wantName string
	}{
		{desc: "empty", data: nil, want: "", wantName: "utf-8"},
		{desc: "empty, forced koi8-r", data: []byte{}, name: "koi8-r", want: "", wantName: "koi8-r"},
		{desc: "only a utf-8 bom", data: bomUTF8, want: "", wantName: "utf-8"},
		{desc: "only a utf-16le bom", data: bomUTF16LE, want: "", wantName: "utf-16le"},
		{desc: "ascii", data: []byte("plain\n"), want: "plain\n", wantName: "utf-8"},
		{desc: "crlf in utf-8", data: []byte(crlf), want: crlf, wantName: "utf-8"},
		{desc: "crlf in windows-1251", data: encodeStrict(t, charmap.Windows1251, crlf), want: crlf, wantName: "windows-1251"},
		{desc: "crlf in koi8-r", data: encodeStrict(t, charmap.KOI8R, crlf), want: crlf, wantName: "koi8-r"},
		{desc: "crlf in utf-16le with bom", data: append(append([]byte{}, bomUTF16LE...), encodeStrict(t, utf16le, crlf)...), want: crlf, wantName: "utf-16le"},
		{desc: "crlf in utf-16be without bom", data: encodeStrict(t, utf16be, crlf), want: crlf, wantName: "utf-16be"},
		{desc: "forced windows-1251 on koi8-r", data: encodeStrict(t, charmap.KOI8R, "Мир"), name: "cp1251", want: "нЙТ", wantName: "windows-1251"},
		{desc: "forced utf-8 replaces each invalid byte", data: []byte("a\xff\xfeb\xe2\x82"), name: "utf8", want: "a\uFFFD\uFFFDb\uFFFD\uFFFD", wantName: "utf-8"},
		{desc: "forced utf-8 strips the bom", data: []byte("\xef\xbb\xbfabc"), name: "utf-8", want: "abc", wantName: "utf-8"},
		{desc: "forced utf-16 reads a be bom", data: append(append([]byte{}, bomUTF16BE...), encodeStrict(t, utf16be, "да\n")...), name: "utf-16", want: "да\n", wantName: "utf-16be"},
		{desc: "forced utf-16 guesses be without bom", data: encodeStrict(t, utf16be, "да\n"), name: "utf-16", want: "да\n", wantName: "utf-16be"},
		{desc: "forced utf-16le with odd length", data: []byte("a\x00b"), name: "utf-16le", want: "a\uFFFD", wantName: "utf-16le"},
		{desc: "forced utf-16le unpaired surrogate", data: []byte("\x00\xd8\n\x00"), name: "utf-16le", want: "\uFFFD\n", wantName: "utf-16le"},
		{desc: "forced utf-32 with le bom", data: append(append([]byte{}, bomUTF32LE...), encodeStrict(t, utf32le, "ок")...), name: "utf-32", want: "ок", wantName: "utf-32le"},
		{desc: "forced latin1 is windows-1252", data: []byte("a\x93b\x94"), name: "latin1", want: "a“b”", wantName: "windows-1252"},
		{desc: "forced windows-1252 undefined byte", data: []byte("a\x81b"), name: "windows-1252", want: "a\uFFFDb", wantName: "windows-1252"},
		{desc: "forced encoding skips the binary check", data: []byte("a\x00b"), name: "utf-8", want: "a\x00b", wantName: "utf-8"},
		{desc: "forced shift_jis", data: []byte("\x82\xa0"), name: "shift_jis", want: "あ", wantName: "shift_jis"},
		{desc: "forced ibm866", data: []byte("\xaf\xe0\xa8\xa2\xa5\xe2"), name: "cp866", want: "привет", wantName: "ibm866"},
		{desc: "utf-8 bom then invalid bytes", data: []byte("\xef\xbb\xbfa\xffb"), want: "a\uFFFDb", wantName: "utf-8"},
		{desc: "bom in the middle is kept", data: []byte("a\xef\xbb\xbfb"), want: "a\uFEFFb", wantName: "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			got, name, err := Decode(tt.data, tt.name)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if string(got) != tt.want || name != tt.wantName {
				t.Errorf("Decode = %q, %q; want %q, %q", got, name, tt.want, tt.wantName)
			}
		})
	}
}

func TestDecodeUnknownName(t *testing.T) {
	_, _, err := Decode([]byte("abc"), "klingon")
	if !errors.Is(err, ErrUnknownEncoding) || !strings.HasPrefix(err.Error(), `unknown encoding "klingon"; known: utf-8`) {
		t.Errorf("Decode(..., klingon) = %v; want an unknown encoding error", err)
	}
}

// fuzzNames are the encodings FuzzDecode forces.
var fuzzNames = []string{"", "", "utf-8", "utf-16", "utf-16le", "utf-16be", "utf-32", "windows-1251", "koi8-r", "windows-1252", "iso-8859-5", "shift_jis", "gb18030", "iso-2022-jp", "nope"}

// breaks counts the LF and CR code units of data in the given width (1,
// 2 or 4 bytes), little- or big-endian.
func breaks(data []byte, width int, bigEndian bool) (lf, cr int) {
	for i := 0; i+width <= len(data); i += width {
		switch unit(data, i, width, bigEndian) {
		case '\n':
			lf++
		case '\r':
			cr++
		}
	}
	return lf, cr
}

func FuzzDecode(f *testing.F) {
	ru := "Война в Украине:\r\nчто предлагают США?\n"
	for _, enc := range []encoding.Encoding{charmap.Windows1251, charmap.KOI8R, utf16le, utf16be} {
		b, _ := enc.NewEncoder().Bytes([]byte(ru))
		f.Add(b, uint8(0))
	}
	f.Add([]byte("¿Qué ofrece?\n"), uint8(2))
	f.Add([]byte("\xff\xfea\x00\n\x00"), uint8(0))
	f.Add([]byte("\xfe\xff\x00a\x00\n\xd8"), uint8(4))
	f.Add([]byte("\xef\xbb\xbf\xd0\x9f\r\n"), uint8(8))
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00"), uint8(0))
	f.Add([]byte{0xff, 0xfe, 0, 0, 0x0a, 0, 0, 0}, uint8(6))
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		name := fuzzNames[int(which)%len(fuzzNames)]
		text, enc, err := Decode(data, name)
		if err != nil {
			var be *BinaryError
			if name == "" && !errors.As(err, &be) || name != "" && name != "nope" {
				t.Fatalf("Decode(%q, %q): %v", data, name, err)
			}
			return
		}
		if !utf8.Valid(text) {
			t.Fatalf("Decode(%q, %q) = %q, %q: not UTF-8", data, name, text, enc)
		}
		if _, lerr := Lookup(enc); lerr != nil {
			t.Fatalf("Decode gave encoding %q that Lookup rejects: %v", enc, lerr)
		}
		var lf, cr int
		switch enc {
		case "utf-8", "windows-1251", "windows-1252", "koi8-r", "koi8-u", "iso-8859-5":
			lf, cr = breaks(data, 1, false)
		case "utf-16le", "utf-16be":
			lf, cr = breaks(data, 2, enc == "utf-16be")
		case "utf-32le", "utf-32be":
			lf, cr = breaks(data, 4, enc == "utf-32be")
		default:
			return
		}
		if glf, gcr := bytes.Count(text, []byte("\n")), bytes.Count(text, []byte("\r")); glf != lf || gcr != cr {
			t.Fatalf("Decode(%q, %q) as %s: %d LF and %d CR, want %d and %d", data, name, enc, glf, gcr, lf, cr)
		}
	})
}

// benchText returns about 1 MB of the Russian seed text in windows-1251.
func benchText(b *testing.B, enc encoding.Encoding) []byte {
	ru, _ := seedVersions(b)
	data, _ := encodeLossy(b, enc, ru+"\n")
	return bytes.Repeat(data, (1<<20)/len(data)+1)
}

func BenchmarkDecode(b *testing.B) {
	for _, bc := range []struct {
		desc string
		enc  encoding.Encoding
	}{
		{"windows-1251", charmap.Windows1251},
		{"koi8-r", charmap.KOI8R},
		{"utf-8", xunicode.UTF8},
		{"utf-16le", utf16le},
	} {
		data := benchText(b, bc.enc)
		if bc.enc == utf16le {
			data = append(append([]byte{}, bomUTF16LE...), data...)
		}
		b.Run(bc.desc, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, name, err := Decode(data, ""); err != nil || name != bc.desc {
					b.Fatalf("Decode = %q, %v", name, err)
				}
			}
		})
	}
}
