package main

import (
	"errors"
	"io/fs"
	"os"
)

// readInput reads the file name, with messages that say what to do when
// it cannot (exit status 2).
func readInput(name string) ([]byte, error) {
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
