package main

import (
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestMemAvailable(t *testing.T) {
	tests := []struct {
		name, in string
		want     int64
	}{
		{"kB", "MemTotal:       24683560 kB\nMemFree:        22999012 kB\nMemAvailable:   24290016 kB\n", 24290016 << 10},
		{"bytes", "MemAvailable: 4096\n", 4096},
		{"missing", "MemTotal:       24683560 kB\n", 0},
		{"empty value", "MemAvailable:\n", 0},
		{"not a number", "MemAvailable: lots kB\n", 0},
		{"too large", "MemAvailable: 99999999999999999999 kB\n", 0},
	}
	for _, tt := range tests {
		if got := memAvailable([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: memAvailable = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestCgroupDirs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []cgroupDir
	}{
		{"v2 root", "0::/\n", []cgroupDir{{"/sys/fs/cgroup", false}}},
		{"v2 nested", "0::/system.slice/ci.scope\n", []cgroupDir{
			{"/sys/fs/cgroup/system.slice/ci.scope", false},
			{"/sys/fs/cgroup/system.slice", false},
			{"/sys/fs/cgroup", false},
		}},
		{"v1", "12:cpu,cpuacct:/docker/ab\n9:memory:/docker/ab\n", []cgroupDir{
			{"/sys/fs/cgroup/memory/docker/ab", true},
			{"/sys/fs/cgroup/memory/docker", true},
			{"/sys/fs/cgroup/memory", true},
		}},
		{"v1 joined controllers", "4:memory,hugetlb:/\n", []cgroupDir{{"/sys/fs/cgroup/memory", true}}},
		{"neither", "3:cpu:/x\nnonsense\n", nil},
	}
	for _, tt := range tests {
		if got := cgroupDirs([]byte(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: cgroupDirs = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestCgroupFree(t *testing.T) {
	const gib = 1 << 30
	tests := []struct {
		name               string
		limit, usage, stat string
		v1                 bool
		want               int64
	}{
		{"no limit", "max\n", "1000\n", "", false, 0},
		{"usage unknown", "4294967296\n", "", "", false, 4 * gib},
		{"v2 page cache", "4294967296\n", "3221225472\n", "anon 100\ninactive_file 1073741824\nactive_file 5\n", false, 2 * gib},
		{"v1 page cache", "4294967296\n", "3221225472\n", "inactive_file 10\ntotal_inactive_file 1073741824\n", true, 2 * gib},
		{"no stat", "4294967296\n", "3221225472\n", "", false, gib},
		{"over the limit", "1073741824\n", "2147483648\n", "", false, 1},
	}
	for _, tt := range tests {
		if got := cgroupFree([]byte(tt.limit), []byte(tt.usage), []byte(tt.stat), tt.v1); got != tt.want {
			t.Errorf("%s: cgroupFree = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestCgroupLimit(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"2147483648\n", 2 << 30},
		{"max\n", 0},
		{"9223372036854771712\n", 0}, // version 1's "unlimited"
		{"", 0},
		{"-1", 0},
	}
	for _, tt := range tests {
		if got := cgroupLimit([]byte(tt.in)); got != tt.want {
			t.Errorf("cgroupLimit(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestMemoryGuard checks that the guard stops a command that takes more
// memory than its limit, and lets one within it run.
func TestMemoryGuard(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "") // the guard sets the soft limit itself
	before := debug.SetMemoryLimit(-1)
	// What earlier tests freed is given back first: held memory the hog
	// below could reuse would never pass the limit.
	debug.FreeOSMemory()
	limit := heldMemory() + 64<<20
	exited := make(chan int, 1)
	var stderr strings.Builder
	stop := guardMemory(limit, "a.en.txt, a.es.txt", &stderr, false, func(code int) { exited <- code }).stop
	if got, want := debug.SetMemoryLimit(-1), int64(float64(limit)*softShare); got != want {
		t.Errorf("soft limit %d, want %d", got, want)
	}
	select {
	case code := <-exited:
		t.Fatalf("exited with %d within the limit: %s", code, stderr.String())
	case <-time.After(5 * guardInterval):
	}
	hog := make([]byte, 128<<20)
	for i := range hog {
		hog[i] = 1 // touch it, so that it is held
	}
	select {
	case code := <-exited:
		if code != 2 {
			t.Errorf("exit status %d, want 2", code)
		}
	case <-time.After(time.Second):
		t.Fatal("the guard did not stop a command past its limit")
	}
	runtime.KeepAlive(hog)
	stop()
	if msg := stderr.String(); !strings.HasPrefix(msg, "tralign: a.en.txt, a.es.txt: out of memory: the command holds ") || !strings.HasSuffix(msg, "--max-memory allows: check fewer versions or smaller files at once, or raise the limit\n") {
		t.Errorf("message %q", msg)
	}
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("soft limit after stop %d, want %d as before", got, before)
	}
}

// TestMemoryGuardBelowHeld checks that a limit below what the process
// holds already stops it at once, and that no limit sets nothing.
func TestMemoryGuardBelowHeld(t *testing.T) {
	exited := -1
	var stderr strings.Builder
	guardMemory(1<<20, "x", &stderr, false, func(code int) { exited = code }).stop()
	if exited != 2 || !strings.Contains(stderr.String(), "more than the 1 MiB --max-memory allows") {
		t.Errorf("exit %d, message %q", exited, stderr.String())
	}
	// Past the memory that was free when the command started, the
	// message says so, and how to set another limit.
	stderr.Reset()
	g := &memoryGuard{limit: 1 << 20, what: "x", stderr: &stderr, exit: func(code int) { exited = code }}
	if !g.over() || !strings.Contains(stderr.String(), "more than the 1 MiB that was free when it started: check fewer versions or smaller files at once, give it more memory, or set another limit with --max-memory (0 for none)") {
		t.Errorf("message %q", stderr.String())
	}
	before := debug.SetMemoryLimit(-1)
	exited = -1
	if g := guardMemory(-1, "x", &stderr, false, func(code int) { exited = code }); g != nil {
		t.Error("a guard with no limit")
	}
	if exited != -1 || debug.SetMemoryLimit(-1) != before {
		t.Error("no limit guarded the memory")
	}
}

// TestMemoryGuardKeepsGOMEMLIMIT checks that a soft limit the user set
// is left as it is.
func TestMemoryGuardKeepsGOMEMLIMIT(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "8GiB")
	before := debug.SetMemoryLimit(-1)
	stop := guardMemory(64<<30, "x", new(strings.Builder), false, func(int) {}).stop
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("soft limit %d, want %d (GOMEMLIMIT set)", got, before)
	}
	stop()
}
