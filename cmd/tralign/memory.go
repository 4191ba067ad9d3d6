package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A check's memory grows with its inputs (the heap peaks at some 26 to 56
// times their size), and a process that takes more than the machine has
// is killed by the system without a word. The memory guard makes that a
// clear error instead: the command may take --max-memory (by default the
// memory free to it when it starts); the collector is told to work
// harder as the heap nears it, and a command that goes past it all the
// same stops with exit status 2, saying what to do.

// softShare is the share of the memory limit the collector aims to stay
// under (see debug.SetMemoryLimit): the rest is room for the runtime's
// own memory and for the heap to overshoot while the collector catches
// up, so that only a check whose live data does not fit reaches the
// limit. A margin, not fitted. On the 30 MB benchmark book (the command
// line, 2 cores; 888 to 908 MB resident with no limit) a limit of 750
// MiB kept the output and took 776 MB, in 11 s; at 700 MiB the check
// stopped, past its limit, after 7 of its 11 seconds.
const softShare = 0.9

// guardInterval is how often the guard reads the memory the runtime
// holds: reading it costs microseconds, and in that time a check
// allocates a few megabytes (the 30 MB book allocates 2.0 GB in 9 to 11 s).
const guardInterval = 20 * time.Millisecond

// memoryGuard watches the memory the process holds and stops it past a
// limit.
type memoryGuard struct {
	limit    int64  // bytes
	given    bool   // the limit is --max-memory's, not the memory free at the start
	what     string // what the command works on, for the message
	stderr   io.Writer
	erase    string // written before the message: what erases a progress line on a terminal
	exit     func(int)
	prevSoft int64 // the soft limit before the guard set its own; -1 if it set none or restored it
	done     chan struct{}
	once     sync.Once // closes done
	wg       sync.WaitGroup
}

// guardMemory starts guarding the memory of the command, which works on
// what (its paths), with the limit the --max-memory flag gives: 0 means
// the memory free to the process now, negative no limit (a nil guard).
// Unless the GOMEMLIMIT environment variable set one already, the
// collector's soft limit is set to softShare of the limit. Past the limit
// the guard writes the reason to stderr, first erasing the progress line
// when stderr is a terminal (onTerminal), and calls exit with status 2.
func guardMemory(limit int64, what string, stderr io.Writer, onTerminal bool, exit func(int)) *memoryGuard {
	given := limit != 0
	if !given {
		limit = availableMemory()
	}
	if limit <= 0 {
		return nil
	}
	g := &memoryGuard{limit: limit, given: given, what: what, stderr: stderr, exit: exit, prevSoft: -1, done: make(chan struct{})}
	if onTerminal {
		g.erase = "\r\x1b[K" // the progress line the message may come in the middle of
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		g.prevSoft = debug.SetMemoryLimit(int64(float64(limit) * softShare))
	}
	if g.over() { // a limit below what the process holds already
		g.disarm()
		return g
	}
	g.wg.Go(g.watch)
	return g
}

// disarm stops the guard's watching: past the limit the command goes on.
// The soft limit stays. Calling it again, or on a nil guard, does nothing.
func (g *memoryGuard) disarm() {
	if g == nil {
		return
	}
	g.once.Do(func() { close(g.done) })
	g.wg.Wait()
}

// stop disarms the guard and restores the soft limit it changed. Calling
// it again, or on a nil guard, does nothing.
func (g *memoryGuard) stop() {
	if g == nil {
		return
	}
	g.disarm()
	if g.prevSoft >= 0 {
		debug.SetMemoryLimit(g.prevSoft)
		g.prevSoft = -1
	}
}

// watch polls the memory the runtime holds from the system until stop
// or the limit.
func (g *memoryGuard) watch() {
	t := time.NewTicker(guardInterval)
	defer t.Stop()
	for {
		select {
		case <-g.done:
			return
		case <-t.C:
		}
		if g.over() {
			return
		}
	}
}

// over reports whether the process holds more memory than the limit,
// and if it does says so and exits with status 2.
func (g *memoryGuard) over() bool {
	held := heldMemory()
	if held <= g.limit {
		return false
	}
	// Where the limit came from, and what to do.
	why := "that was free when it started: check fewer versions or smaller files at once, give it more memory, or set another limit with --max-memory (0 for none)"
	if g.given {
		why = "--max-memory allows: check fewer versions or smaller files at once, or raise the limit"
	}
	fmt.Fprintf(g.stderr, "%stralign: %s: out of memory: the command holds %s, more than the %s %s\n", g.erase, g.what, memSize(held), memSize(g.limit), why)
	g.exit(2)
	return true
}

// heldMemory returns the memory the Go runtime holds from the system:
// all it has mapped less what it has given back, the measure the soft
// limit is kept by.
func heldMemory() int64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	var v [2]int64
	for i := range s {
		if s[i].Value.Kind() == metrics.KindUint64 {
			v[i] = int64(min(s[i].Value.Uint64(), math.MaxInt64))
		}
	}
	return v[0] - v[1]
}

// availableMemory returns the memory the process may take, in bytes: the
// least of the memory the system has available (MemAvailable in
// /proc/meminfo) and what its control group and each group above it leave
// free (see cgroupFree), or 0 where neither is known (a system other than
// Linux).
func availableMemory() int64 {
	best := int64(0)
	take := func(n int64) {
		if n > 0 && (best == 0 || n < best) {
			best = n
		}
	}
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		take(memAvailable(data))
	}
	data, err := os.ReadFile("/proc/self/cgroup")
	if err != nil {
		return best
	}
	for _, d := range cgroupDirs(data) {
		files := [3]string{"memory.max", "memory.current", "memory.stat"}
		if d.v1 {
			files = [3]string{"memory.limit_in_bytes", "memory.usage_in_bytes", "memory.stat"}
		}
		var contents [3][]byte
		for i, f := range files {
			contents[i], _ = os.ReadFile(filepath.Join(d.path, f)) // nil if unreadable
		}
		take(cgroupFree(contents[0], contents[1], contents[2], d.v1))
	}
	return best
}

// memAvailable reads the MemAvailable line of /proc/meminfo, in bytes; 0
// if there is none.
func memAvailable(meminfo []byte) int64 {
	sc := bufio.NewScanner(bytes.NewReader(meminfo))
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), "MemAvailable:")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) == 0 {
			return 0
		}
		n, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil || n <= 0 || n > math.MaxInt64>>10 {
			return 0
		}
		if len(f) > 1 && f[1] == "kB" {
			n <<= 10
		}
		return n
	}
	return 0
}

// cgroupDir is the directory of a control group, of version 1 or 2.
type cgroupDir struct {
	path string
	v1   bool
}

// cgroupDirs returns the directories of the control group that
// /proc/self/cgroup names for the memory, and of each group above it: in
// version 2 a line "0::/path", in version 1 a line "N:memory:/path" (or
// "N:...,memory,...:/path").
func cgroupDirs(procCgroup []byte) []cgroupDir {
	var out []cgroupDir
	for line := range strings.SplitSeq(string(procCgroup), "\n") {
		parts := strings.SplitN(line, ":", 3)
		if len(parts) != 3 {
			continue
		}
		var root string
		v1 := false
		switch {
		case parts[0] == "0" && parts[1] == "":
			root = "/sys/fs/cgroup"
		case hasField(parts[1], "memory"):
			root, v1 = "/sys/fs/cgroup/memory", true
		default:
			continue
		}
		for p := filepath.Clean("/" + parts[2]); ; p = filepath.Dir(p) {
			out = append(out, cgroupDir{filepath.Join(root, p), v1})
			if p == "/" {
				break
			}
		}
	}
	return out
}

// hasField reports whether the comma-separated list s holds f.
func hasField(s, f string) bool {
	for x := range strings.SplitSeq(s, ",") {
		if x == f {
			return true
		}
	}
	return false
}

// cgroupLimit reads a control group's memory limit, in bytes: 0 for
// none ("max", or version 1's near-2⁶³ "unlimited") or for what is not a
// number.
func cgroupLimit(data []byte) int64 {
	s := strings.TrimSpace(string(data))
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n >= 1<<62 {
		return 0
	}
	return n
}

// cgroupFree returns what a control group of memory limit limit, using
// usage, with the statistics stat (the contents of its files, nil for
// one that cannot be read), leaves free, in bytes: its limit less what
// it uses beyond the page cache it could drop (usage less inactive_file);
// at least 1 byte with a limit, 0 without.
func cgroupFree(limit, usage, stat []byte, v1 bool) int64 {
	l := cgroupLimit(limit)
	if l == 0 {
		return 0
	}
	used, err := strconv.ParseInt(strings.TrimSpace(string(usage)), 10, 64)
	if err != nil || used < 0 {
		return l // usage unknown: the limit
	}
	field := "inactive_file"
	if v1 {
		field = "total_inactive_file" // of the group and the groups below
	}
	for line := range strings.SplitSeq(string(stat), "\n") {
		if v, ok := strings.CutPrefix(line, field+" "); ok {
			if n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64); err == nil && n > 0 {
				used = max(used-n, 0)
			}
			break
		}
	}
	return max(l-used, 1)
}

// memSize writes n bytes for a message, in MiB or GiB.
func memSize(n int64) string {
	if n >= 1<<30 {
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	}
	return fmt.Sprintf("%.0f MiB", float64(n)/(1<<20))
}
