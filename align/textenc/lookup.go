package textenc

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
)

// ErrUnknownEncoding is wrapped by the errors of [Lookup] and [Decode] for
// an encoding name they do not know or cannot decode.
var ErrUnknownEncoding = errors.New("unknown encoding")

// known lists the canonical names shown when a name is not known.
const known = "utf-8, utf-16, utf-16le, utf-16be, utf-32, utf-32le, utf-32be, " +
	"windows-1251, koi8-r, koi8-u, iso-8859-5, ibm866, windows-1252, " +
	"iso-8859-1 (read as windows-1252), iso-8859-15, " +
	"and the other WHATWG and IANA names, such as windows-1250 or shift_jis"

// aliases maps names, lower-cased and with "-", "_" and spaces removed, to
// canonical names. htmlindex and ianaindex are asked about anything else.
var aliases = map[string]string{
	"utf8":        "utf-8",
	"utf16":       "utf-16",
	"utf16le":     "utf-16le",
	"utf16be":     "utf-16be",
	"utf32":       "utf-32",
	"utf32le":     "utf-32le",
	"utf32be":     "utf-32be",
	"ucs4":        "utf-32",
	"windows1251": "windows-1251",
	"win1251":     "windows-1251",
	"cp1251":      "windows-1251",
	"koi8r":       "koi8-r",
	"koi8":        "koi8-r",
	"koi8u":       "koi8-u",
	"iso88595":    "iso-8859-5",
	"cp866":       "ibm866",
	"ibm866":      "ibm866",
	"windows1252": "windows-1252",
	"win1252":     "windows-1252",
	"cp1252":      "windows-1252",
	"latin1":      "windows-1252",
	"iso88591":    "windows-1252",
	"iso885915":   "iso-8859-15",
	"latin9":      "iso-8859-15",
}

// encodings holds the encodings of the canonical names in aliases; init
// adds UTF-16 and UTF-32. For "utf-16" and "utf-32" decodeForced picks the
// byte order.
var encodings = map[string]encoding.Encoding{
	"utf-8":        unicode.UTF8,
	"windows-1251": charmap.Windows1251,
	"koi8-r":       charmap.KOI8R,
	"koi8-u":       charmap.KOI8U,
	"iso-8859-5":   charmap.ISO8859_5,
	"ibm866":       charmap.CodePage866,
	"windows-1252": charmap.Windows1252,
	"iso-8859-15":  charmap.ISO8859_15,
}

func init() {
	for _, width := range []int{2, 4} {
		le, leEnc := wideEncoding(width, false)
		be, beEnc := wideEncoding(width, true)
		encodings[le], encodings[be] = leEnc, beEnc
		encodings[le[:len(le)-2]] = leEnc
	}
}

// Lookup returns the canonical name for a user-given encoding name, or an
// error listing what is accepted.
//
// Names are matched case-insensitively. Besides the usual spellings
// (utf8, cp1251, koi8r, latin-1, ...) Lookup accepts every label of the
// WHATWG Encoding Standard and every IANA name that golang.org/x/text can
// decode. Canonical names are lower-case: WHATWG names where there is one
// (so iso-8859-1, latin1 and ascii give "windows-1252", the superset that
// files labelled so are nearly always written in), the IANA name otherwise.
// "utf-16" and "utf-32" stay as they are: [Decode] takes their byte order
// from the byte order mark.
func Lookup(name string) (string, error) {
	canon, _, err := lookup(name)
	return canon, err
}

// lookup returns the canonical name and the encoding for name.
func lookup(name string) (string, encoding.Encoding, error) {
	label := strings.ToLower(strings.TrimSpace(name))
	if canon, ok := aliases[squeeze.Replace(label)]; ok {
		return canon, encodings[canon], nil
	}
	if label == "" {
		return "", nil, fmt.Errorf("%w: no name given; known: %s", ErrUnknownEncoding, known)
	}
	if enc, err := htmlindex.Get(label); err == nil {
		if enc == encoding.Replacement {
			return "", nil, fmt.Errorf("%w %q: tralign cannot decode it; known: %s", ErrUnknownEncoding, name, known)
		}
		canon, err := htmlindex.Name(enc)
		if err != nil {
			return "", nil, fmt.Errorf("encoding %q: %w", name, err)
		}
		return canonical(canon, enc)
	}
	if enc, err := ianaindex.IANA.Encoding(label); err == nil && enc != nil {
		if canon, err := htmlindex.Name(enc); err == nil {
			return canonical(canon, enc)
		}
		canon, err := ianaindex.MIME.Name(enc)
		if err != nil || canon == "" {
			canon, err = ianaindex.IANA.Name(enc)
		}
		if err != nil {
			return "", nil, fmt.Errorf("encoding %q: %w", name, err)
		}
		return canonical(canon, enc)
	}
	return "", nil, fmt.Errorf("%w %q; known: %s", ErrUnknownEncoding, name, known)
}

// squeeze removes the characters that spellings of a name differ in.
var squeeze = strings.NewReplacer("-", "", "_", "", " ", "")

// canonical returns the lower-cased name and enc, or the name and the
// encoding of the package's own table if the name is in it, so that every
// spelling of a name gives the same canonical name and decoder.
func canonical(name string, enc encoding.Encoding) (string, encoding.Encoding, error) {
	name = strings.ToLower(name)
	if canon, ok := aliases[squeeze.Replace(name)]; ok {
		return canon, encodings[canon], nil
	}
	return name, enc, nil
}
