// Package textenc detects the encoding of an input file and decodes it to
// UTF-8.
//
// Translations arrive in whatever encoding the translator's editor saved
// them in: UTF-8 with or without a byte order mark, UTF-16 from a Windows
// "Unicode" text file, or a legacy single-byte code page such as
// windows-1251 or KOI8-R for Russian and windows-1252 for Spanish. Unless
// the caller names the encoding, [Decode] decides in this order:
//
//  1. A byte order mark names the encoding: UTF-8, UTF-16LE, UTF-16BE,
//     UTF-32LE or UTF-32BE. The mark is removed from the text.
//  2. NUL bytes mean UTF-16 without a byte order mark when they follow its
//     pattern: zero bytes mostly in the high byte of 16-bit units, in at
//     least a tenth of them, and units that look like text in one alphabet
//     (nine in ten in at most three 256-character blocks, a space or line
//     end among them, no unpaired surrogate). Otherwise NUL bytes mean
//     binary data, and so does a share of more than 5% of control characters
//     other than tab, line feed, carriage return and form feed (the same
//     check is made on the units of UTF-16 and UTF-32 text). Binary data
//     gives a [*BinaryError].
//  3. Valid UTF-8, plain ASCII included, is UTF-8.
//  4. Anything else is a legacy single-byte encoding, chosen among
//     windows-1252, windows-1251, KOI8-R, KOI8-U and ISO-8859-5 (ISO-8859-1
//     and ASCII are read as windows-1252, their superset).
//
// The legacy detector decodes every byte >= 0x80 under each candidate and
// scores the character it gives in its context, then picks the candidate
// with the highest total (on a tie the earlier one in the list above). A
// character scores:
//
//   - -4 if the byte is undefined or a C1 control character under the
//     candidate, -1.5 if it is a rare symbol (box drawing, pseudographics,
//     currency signs) or a letter of another script, 0 if it is common
//     punctuation (quotes, dashes, ellipsis, no-break space, ¿ ¡ № §);
//   - for a letter of a Cyrillic candidate, its frequency in Russian text
//     as ln(frequency / 3%) clipped to [-3, 1.5], so о е а и н т с р в л
//     score high and ъ э ф and the Serbian letters low; for a letter of
//     windows-1252, 1.5 for é, 1 for the common accented letters of
//     Spanish, French, Portuguese and German (á í ó ú ñ à è ç ã ü ö ä ß ...),
//     0.3 for rarer ones (ë ï î û ù œ å ø ...) and -1 for the rest (ð þ ý ÿ
//     Ì Ò ...);
//   - plus points for its script neighbours: a Cyrillic letter next to an
//     ASCII letter loses 2 (mixed-script words are garbage, as windows-1252
//     Spanish read as windows-1251 gives: "tambiйn"), next to another
//     Cyrillic letter gains 0.5; a Latin accented letter next to an ASCII
//     letter gains 1 and next to another accented letter loses 0.5 (Russian
//     read as windows-1252 gives runs of accents: "ïðèâåò"); a letter with
//     no letter on either side loses 1;
//   - plus points for case: after a lower-case letter, a lower-case letter
//     gains 0.5 and an upper-case one loses 2; an upper-case letter after an
//     upper-case one loses 0.5. KOI8-R read as windows-1251 and the other
//     way round swap the case of every letter, giving "пРИВЕТ" for "Привет";
//   - plus 1 for a Cyrillic letter that forms one of 70 common Russian
//     bigrams (ст но то на ен ов ...) with the letter before it.
//
// Only the first 16 KiB after the first byte >= 0x80 are scored. Cut into
// samples, the Russian (windows-1251, KOI8-R, ISO-8859-5) and Spanish
// (windows-1252, ISO-8859-1) versions of the seed article are all detected
// right from 8 letters outside ASCII, or 25 characters, on (see
// TestShortSampleReliability); shorter samples can be truly ambiguous: a
// lone Russian "в" in windows-1251 is a French "â" in windows-1252.
// Other code pages (windows-1250, IBM866, Mac, CJK multi-byte encodings)
// are never guessed: name them.
//
// Decoding keeps the line structure: CR, LF and CRLF come out as they went
// in, so line numbers in the decoded text are those of the file.
package textenc

import (
	"bytes"
	"fmt"
	"slices"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/text/transform"
)

// Byte order marks.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
	bomUTF32LE = []byte{0xFF, 0xFE, 0x00, 0x00}
	bomUTF32BE = []byte{0x00, 0x00, 0xFE, 0xFF}
)

// BinaryError reports input that looks like binary data rather than text:
// it holds a NUL byte outside UTF-16 text, or too many control characters.
type BinaryError struct {
	Offset int  // byte offset in the input of the first NUL or control character
	Line   int  // 1-based line of that byte, counting CR, LF and CRLF as line ends
	Byte   byte // the byte (for UTF-16 and UTF-32, the value of the code unit)
}

// Error describes the problem and what to do. It has no file name: callers
// put the name of the file in front.
func (e *BinaryError) Error() string {
	return fmt.Sprintf("binary data at line %d (byte 0x%02x); tralign reads text files: give a text file, or name the encoding with --encoding", e.Line, e.Byte)
}

// Decode returns data as UTF-8 and the name of the encoding it was read in.
// name forces an encoding ("" = detect, see the package documentation); it
// is looked up with [Lookup] and the canonical name is returned. The byte
// order mark, if any, is removed: under a forced encoding, a leading U+FEFF
// in the decoded text is.
//
// Under a forced encoding no binary check is made and bytes that are not
// valid in the encoding each become U+FFFD; the same holds for the invalid
// bytes of a file that starts with the UTF-8 byte order mark, and for
// unpaired surrogates and a final odd byte in UTF-16 text. "utf-16" and
// "utf-32" take the byte order from the byte order mark, else from the NUL
// pattern of the text, else little-endian; the name returned says which
// was used.
//
// Detection errors are of type [*BinaryError]; a forced name that is not
// known gives an error wrapping [ErrUnknownEncoding]. The result may share
// storage with data.
func Decode(data []byte, name string) (text []byte, encoding string, err error) {
	if name != "" {
		return decodeForced(data, name)
	}
	switch {
	case bytes.HasPrefix(data, bomUTF32LE):
		return decodeWide(data, len(bomUTF32LE), 4, false)
	case bytes.HasPrefix(data, bomUTF32BE):
		return decodeWide(data, len(bomUTF32BE), 4, true)
	case bytes.HasPrefix(data, bomUTF8):
		if err := checkBinary(data, len(bomUTF8), 1, false); err != nil {
			return nil, "", err
		}
		return toValidUTF8(data[len(bomUTF8):]), "utf-8", nil
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeWide(data, len(bomUTF16LE), 2, false)
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeWide(data, len(bomUTF16BE), 2, true)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		if bigEndian, ok := guessUTF16(data); ok {
			return decodeWide(data, 0, 2, bigEndian)
		}
	}
	if err := checkBinary(data, 0, 1, false); err != nil {
		return nil, "", err
	}
	if utf8.Valid(data) {
		return data, "utf-8", nil
	}
	c := detectLegacy(data)
	return decodeCharmap(data, c.cm), c.name, nil
}

// decodeWide checks and decodes UTF-16 (width 2) or UTF-32 (width 4) text
// starting after a byte order mark of bomLen bytes.
func decodeWide(data []byte, bomLen, width int, bigEndian bool) ([]byte, string, error) {
	if err := checkBinary(data, bomLen, width, bigEndian); err != nil {
		return nil, "", err
	}
	name, enc := wideEncoding(width, bigEndian)
	text, err := decodeWith(data[bomLen:], enc)
	if err != nil {
		return nil, "", fmt.Errorf("decoding as %s: %w", name, err)
	}
	return text, name, nil
}

// wideEncoding returns the name and the BOM-ignoring encoding of UTF-16
// (width 2) or UTF-32 (width 4) in the given byte order.
func wideEncoding(width int, bigEndian bool) (string, encoding.Encoding) {
	switch {
	case width == 2 && bigEndian:
		return "utf-16be", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	case width == 2:
		return "utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case bigEndian:
		return "utf-32be", utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM)
	default:
		return "utf-32le", utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM)
	}
}

// decodeForced decodes data in the encoding the caller named.
func decodeForced(data []byte, name string) ([]byte, string, error) {
	canon, enc, err := lookup(name)
	if err != nil {
		return nil, "", err
	}
	switch canon {
	case "utf-16", "utf-32":
		width := 2
		bomLE, bomBE := bomUTF16LE, bomUTF16BE
		if canon == "utf-32" {
			width, bomLE, bomBE = 4, bomUTF32LE, bomUTF32BE
		}
		bigEndian := false
		switch {
		case bytes.HasPrefix(data, bomLE):
		case bytes.HasPrefix(data, bomBE):
			bigEndian = true
		case width == 2:
			bigEndian, _ = guessUTF16(data)
		}
		canon, enc = wideEncoding(width, bigEndian)
	}
	var text []byte
	if enc == unicode.UTF8 {
		text = toValidUTF8(data)
	} else if text, err = decodeWith(data, enc); err != nil {
		return nil, "", fmt.Errorf("decoding as %s: %w", canon, err)
	}
	return bytes.TrimPrefix(text, bomUTF8), canon, nil
}

// decodeWith decodes data with enc, using a table for single-byte
// encodings.
func decodeWith(data []byte, enc encoding.Encoding) ([]byte, error) {
	if cm, ok := enc.(*charmap.Charmap); ok {
		return decodeCharmap(data, cm), nil
	}
	text, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return nil, err
	}
	// Decoders replace what they cannot decode with U+FFFD; make sure.
	return toValidUTF8(text), nil
}

// decodeCharmap decodes single-byte data; undefined bytes become U+FFFD.
func decodeCharmap(data []byte, cm *charmap.Charmap) []byte {
	var table [256][utf8.UTFMax]byte
	var size [256]uint8
	identity := true // bytes below 0x80 decode to themselves
	for b := 0; b < 256; b++ {
		r := cm.DecodeByte(byte(b))
		size[b] = uint8(utf8.EncodeRune(table[b][:], r))
		if b < utf8.RuneSelf && r != rune(b) {
			identity = false
		}
	}
	n := 0
	for _, b := range data {
		n += int(size[b])
	}
	out := make([]byte, n)
	j := 0
	for _, b := range data {
		if identity && b < utf8.RuneSelf {
			out[j] = b
			j++
			continue
		}
		j += copy(out[j:], table[b][:size[b]])
	}
	return out
}

// toValidUTF8 returns data with every byte that is not part of a valid
// UTF-8 sequence replaced with U+FFFD, one for each byte, so that the
// decoded text has a character wherever the file had one.
func toValidUTF8(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	out := make([]byte, 0, len(data)+16)
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, data[:n]...)
		}
		data = data[n:]
	}
	return out
}

// unit returns the code unit of the given width (1, 2 or 4 bytes) at data[i:].
func unit(data []byte, i, width int, bigEndian bool) uint32 {
	switch {
	case width == 1:
		return uint32(data[i])
	case width == 2 && bigEndian:
		return uint32(data[i])<<8 | uint32(data[i+1])
	case width == 2:
		return uint32(data[i+1])<<8 | uint32(data[i])
	case bigEndian:
		return uint32(data[i])<<24 | uint32(data[i+1])<<16 | uint32(data[i+2])<<8 | uint32(data[i+3])
	default:
		return uint32(data[i+3])<<24 | uint32(data[i+2])<<16 | uint32(data[i+1])<<8 | uint32(data[i])
	}
}

// isControl reports whether code unit u is a control character that text
// files do not hold: C0 controls other than tab, line feed, form feed and
// carriage return, and DEL.
func isControl(u uint32) bool {
	return u < 0x20 && u != '\t' && u != '\n' && u != '\f' && u != '\r' || u == 0x7F
}

// checkBinary looks for binary data in the code units of the given width
// from data[start:]: a NUL, or more than 5% of control characters. The
// error points at the NUL or at the first control character.
func checkBinary(data []byte, start, width int, bigEndian bool) error {
	line := 1
	controls := 0
	var first *BinaryError
	end := start + (len(data)-start)/width*width
	for i := start; i < end; i += width {
		var u uint32
		if width == 1 {
			u = uint32(data[i])
			if u > 0x20 && u != 0x7F {
				continue // the common case: a printable character
			}
		} else {
			u = unit(data, i, width, bigEndian)
		}
		switch {
		case u == '\n':
			line++
		case u == '\r':
			if i+width >= end || unit(data, i+width, width, bigEndian) != '\n' {
				line++
			}
		case u == 0:
			return &BinaryError{Offset: i, Line: line, Byte: 0}
		case isControl(u):
			controls++
			if first == nil {
				first = &BinaryError{Offset: i, Line: line, Byte: byte(u)}
			}
		}
	}
	if units := (end - start) / width; first != nil && controls*20 > units {
		return first
	}
	return nil
}

// guessUTF16 reports whether data without a byte order mark looks like
// UTF-16, and in which byte order: an even length; zero bytes in the high
// byte of at least a tenth of the 16-bit units (ASCII spaces, digits,
// punctuation and line ends have them) and at most an eighth as many in
// the low byte; a space, tab or line end; nine in ten units in at most
// three 256-character blocks (ASCII, the block of one alphabet, general punctuation), where text in
// another encoding read as UTF-16 scatters over dozens; no unpaired
// surrogate; and units that pass the binary check.
func guessUTF16(data []byte) (bigEndian, ok bool) {
	if len(data) < 2 || len(data)%2 != 0 {
		return false, false
	}
	units := len(data) / 2
	var zeroEven, zeroOdd int
	for i := 0; i < len(data); i += 2 {
		if data[i] == 0 {
			zeroEven++
		}
		if data[i+1] == 0 {
			zeroOdd++
		}
	}
	switch {
	case zeroOdd*10 >= units && zeroEven*8 <= zeroOdd:
		bigEndian = false
	case zeroEven*10 >= units && zeroOdd*8 <= zeroEven:
		bigEndian = true
	default:
		return false, false
	}
	var blocks [256]int
	spaces := 0
	for i := 0; i < len(data); i += 2 {
		u := unit(data, i, 2, bigEndian)
		blocks[u>>8]++
		switch {
		case u == ' ' || u == '\n' || u == '\r' || u == '\t':
			spaces++
		case u >= 0xD800 && u < 0xDC00:
			if i+2 >= len(data) {
				return false, false
			}
			if v := unit(data, i+2, 2, bigEndian); v < 0xDC00 || v >= 0xE000 {
				return false, false
			}
			i += 2
		case u >= 0xDC00 && u < 0xE000:
			return false, false
		}
	}
	if spaces == 0 {
		return false, false
	}
	slices.Sort(blocks[:])
	if top := blocks[255] + blocks[254] + blocks[253]; top*10 < units*9 {
		return false, false
	}
	if checkBinary(data, 0, 2, bigEndian) != nil {
		return false, false
	}
	return bigEndian, true
}
