package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
)

// stdinArg stands for standard input among the files; its version is
// named stdinName.
const (
	stdinArg  = "-"
	stdinName = "<stdin>"
)

// inputName is the name the version read from arg goes by.
func inputName(arg string) string {
	if arg == stdinArg {
		return stdinName
	}
	return arg
}

// readInput reads the file name, or standard input for "-", with
// messages that say what to do when it cannot (exit status 2).
func readInput(name string) ([]byte, error) {
	if name == stdinArg {
		data, err := io.ReadAll(os.Stdin)
		if err != nil {
			return nil, usageErr("-: cannot read standard input: %v", err)
		}
		return data, nil
	}
	st, err := os.Stat(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, usageErr("%s: no such file; check the path", name)
	case err != nil:
		return nil, usageErr("%s: cannot read: %v", name, unwrapPath(err))
	case st.IsDir():
		return nil, usageErr("%s: is a directory; give a file here", name)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, usageErr("%s: cannot read: %v", name, unwrapPath(err))
	}
	return data, nil
}

// distinctFiles refuses a file given twice, however it is spelt (two
// paths to one file, a link): two versions that are one file have nothing
// to compare.
func distinctFiles(files []string) error {
	type seen struct {
		arg string
		st  os.FileInfo
	}
	var prev []seen
	for _, f := range files {
		if f == stdinArg {
			continue
		}
		st, err := os.Stat(f)
		if err != nil {
			continue // readInput says what is wrong
		}
		for _, p := range prev {
			if os.SameFile(p.st, st) {
				if p.arg == f {
					return usageErr("%s is given twice; give each version once (the source first, then each translation)", f)
				}
				return usageErr("%s and %s are the same file; give each version once (the source first, then each translation)", p.arg, f)
			}
		}
		prev = append(prev, seen{f, st})
	}
	return nil
}
