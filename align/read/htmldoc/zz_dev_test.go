package htmldoc

import (
	"fmt"
	"os"
	"testing"

	"github.com/tralign/tralign/align/source"
)

func TestDevDump(t *testing.T) {
	p := os.Getenv("HTMLDOC_FILE")
	if p == "" {
		t.Skip()
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Print(dumpFile(t, source.NewFile(p, data)))
}
