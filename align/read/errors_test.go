package read_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/read"
	"github.com/tralign/tralign/align/textenc"
)

// TestErrors checks the errors for input that cannot be read: each is a
// *read.Error naming the file (and the line when one is known) and saying
// what to do.
func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		desc string
		name string
		data string
		opts read.Options
		want string // the whole message
		is   error  // wrapped error, if any
	}{
		{
			desc: "empty",
			name: "a.en.txt",
			data: "",
			want: "a.en.txt:1: no text to read: the file is empty or holds only white space; give the article's text",
		},
		{
			desc: "white space",
			name: "a.md",
			data: " \n\t\r\n\u00a0\u3000\n\ufeff\u200b\n",
			want: "a.md:1: no text to read: the file is empty or holds only white space; give the article's text",
		},
		{
			desc: "byte order mark only",
			name: "a.txt",
			data: "\ufeff",
			want: "a.txt:1: no text to read: the file is empty or holds only white space; give the article's text",
		},
		{
			desc: "markup only",
			name: "a.md",
			data: "---\nlang: es\n---\n\n***\n",
			want: "a.md:1: no text to read: the file holds only markup (front matter, rules, empty labels); give the article's text",
		},
		{
			desc: "NUL on line 3",
			name: "b.txt",
			data: "Line one of some text.\nLine two.\nThree\x00\x01\x02\x03 and binary.\n",
			want: "b.txt:3: binary data (byte 0x00); tralign reads text files: give a text file, or name the encoding with --encoding",
			is:   (*textenc.BinaryError)(nil),
		},
		{
			desc: "binary at the start",
			name: "img.png",
			data: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
			want: "img.png:3: binary data (byte 0x00); tralign reads text files: give a text file, or name the encoding with --encoding",
			is:   (*textenc.BinaryError)(nil),
		},
		{
			desc: "unknown format",
			name: "a.txt",
			data: "Some text.\n",
			opts: read.Options{Format: "rst"},
			want: `a.txt: unknown format "rst"; use plain, markdown, asciidoc or html`,
		},
		{
			desc: "unknown encoding",
			name: "a.txt",
			data: "Some text.\n",
			opts: read.Options{Encoding: "no-such-encoding"},
			is:   textenc.ErrUnknownEncoding,
		},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			docs, err := read.File(tc.name, []byte(tc.data), tc.opts)
			if len(docs) != 0 {
				t.Errorf("read %d versions, want none", len(docs))
			}
			var e *read.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v (%T), want a *read.Error", err, err)
			}
			if _, ok := err.(*read.Error); !ok {
				t.Errorf("error of type %T, want *read.Error", err)
			}
			if e.Pos.Filename != tc.name {
				t.Errorf("error names file %q, want %q", e.Pos.Filename, tc.name)
			}
			if tc.want != "" && err.Error() != tc.want {
				t.Errorf("error\n%s\nwant\n%s", err, tc.want)
			}
			if !strings.HasPrefix(err.Error(), tc.name+":") {
				t.Errorf("error %q does not start with the file name", err)
			}
			switch want := tc.is.(type) {
			case nil:
			case *textenc.BinaryError:
				var be *textenc.BinaryError
				if !errors.As(err, &be) {
					t.Errorf("error does not wrap a *textenc.BinaryError")
				} else if be.Line != e.Pos.Line {
					t.Errorf("binary data at line %d, error at line %d", be.Line, e.Pos.Line)
				}
			default:
				if !errors.Is(err, want) {
					t.Errorf("error does not wrap %v", want)
				}
			}
		})
	}
}

// TestPartial checks that a version whose language cannot be told is still
// read, together with an ErrorList that names its place.
func TestPartial(t *testing.T) {
	docs, err := read.File("n.txt", []byte("\n\n12345 678\n\n2024\n"), read.Options{})
	if len(docs) != 1 || len(docs[0].Blocks) != 2 {
		t.Fatalf("want one version of two blocks, have %d versions", len(docs))
	}
	list, ok := err.(read.ErrorList)
	if !ok || len(list) != 1 {
		t.Fatalf("error %v (%T), want an ErrorList of one", err, err)
	}
	const want = "n.txt:3:1: cannot tell the language of this version; name it in the file name (x.es.txt) or with --lang"
	if list[0].Error() != want {
		t.Errorf("error\n%s\nwant\n%s", list[0], want)
	}
	// The language from the file name needs no detection.
	if _, err := read.File("n.de.txt", []byte("12345 678\n"), read.Options{}); err != nil {
		t.Errorf("n.de.txt: %v", err)
	}
}
