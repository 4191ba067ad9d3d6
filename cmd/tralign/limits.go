package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/tralign/tralign/align/check"
)

// limitFlags are the flags that bound the inputs of a check
// (check.Limits): --max-file-size, --max-line-length, --max-versions; and
// the memory of the command (see guardMemory): --max-memory.
type limitFlags struct {
	fileSize, lineLength, memory string
	versions                     int
}

// limitFlagOf names the flag behind each field of check.Limits.
var limitFlagOf = map[string]string{
	"MaxFileSize":   "--max-file-size",
	"MaxLineLength": "--max-line-length",
	"MaxVersions":   "--max-versions",
}

func (l *limitFlags) register(fs *flag.FlagSet) {
	d := check.DefaultLimits
	fs.StringVar(&l.fileSize, "max-file-size", "", "the largest input file a check takes, as a `SIZE` in bytes or with a unit (KiB, MiB, GiB, KB, MB, GB); 0 for no limit (default "+sizeString(d.MaxFileSize)+")")
	fs.StringVar(&l.lineLength, "max-line-length", "", "the longest line of an input a check takes, as a `SIZE` (default "+sizeString(d.MaxLineLength)+")")
	fs.IntVar(&l.versions, "max-versions", d.MaxVersions, "the most language versions in one check, the source included, as a `number`; 0 for no limit")
	l.registerMemory(fs)
}

// registerMemory registers --max-memory alone, for the commands that
// take no other limit.
func (l *limitFlags) registerMemory(fs *flag.FlagSet) {
	fs.StringVar(&l.memory, "max-memory", "", "the most memory the command may take, as a `SIZE`: past it, it stops with exit status 2 instead of being killed by the system; 0 for no limit (default: the memory free to it when it starts, within its container's limit)")
}

// memoryLimit returns the limit --max-memory sets: 0 when it is not
// given (the memory free when the command starts), -1 for "no limit".
func (l *limitFlags) memoryLimit() (int64, error) {
	n, err := parseLimit("--max-memory", l.memory)
	return int64(n), err
}

// limits returns the limits the flags set, zero fields where they are
// not given (check takes its defaults there) and -1 for "no limit".
func (l *limitFlags) limits() (check.Limits, error) {
	var out check.Limits
	var err error
	if out.MaxFileSize, err = parseLimit("--max-file-size", l.fileSize); err != nil {
		return out, err
	}
	if out.MaxLineLength, err = parseLimit("--max-line-length", l.lineLength); err != nil {
		return out, err
	}
	switch {
	case l.versions < 0:
		return out, usageErr("--max-versions %d: give a number of versions, 2 or more, or 0 for no limit", l.versions)
	case l.versions == 1:
		return out, usageErr("--max-versions 1: a check needs a source and a translation; give 2 or more, or 0 for no limit")
	}
	out.MaxVersions = l.versions
	if l.versions == 0 {
		out.MaxVersions = -1
	}
	return out, nil
}

// sizeUnits are the units a SIZE may carry, longest first so that "MiB"
// is not read as "B".
var sizeUnits = []struct {
	name string
	n    int
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
	{"kb", 1000}, {"mb", 1000 * 1000}, {"gb", 1000 * 1000 * 1000},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30},
	{"b", 1},
}

// parseLimit reads a SIZE ("64MiB", "500k", "1048576"): 0 when it is
// empty (the default), -1 for "0" (no limit).
func parseLimit(flagName, s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	num, mult := strings.ToLower(s), 1
	for _, u := range sizeUnits {
		if strings.HasSuffix(num, u.name) {
			num, mult = strings.TrimSpace(strings.TrimSuffix(num, u.name)), u.n
			break
		}
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || v < 0 || v*float64(mult) > float64(1<<50) {
		return 0, usageErr("%s %q: give a size in bytes, or with a unit (64MiB, 500KB); 0 for no limit", flagName, s)
	}
	if v == 0 {
		return -1, nil
	}
	return max(1, int(v*float64(mult))), nil
}

// sizeString writes n bytes in the largest binary unit that divides it.
func sizeString(n int) string {
	for _, u := range []struct {
		name string
		n    int
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.n && n%u.n == 0 {
			return fmt.Sprintf("%d%s", n/u.n, u.name)
		}
	}
	return strconv.Itoa(n)
}
