package report

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tralign/tralign/align/check"
)

// The review page is tested in a real browser: headless Chromium loads it
// with #selftest, the page's script tries its own filters and keys and
// writes what it saw into the page, and --dump-dom hands the page back
// after the script has run. A screenshot checks that something is drawn.

// chromium returns the browser to run, or skips the test (fails it on
// CI, where .ci/run installs Debian's chromium).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not installed; .ci/run installs it with apt-get install chromium")
	}
	t.Skip("chromium is not installed: apt-get install chromium to run the browser tests")
	return ""
}

// browse runs headless Chromium on the page with args and returns its
// standard output.
func browse(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return out
}

// selftest is what the page's script writes with #selftest.
type selftest struct {
	Boxes    int `json:"boxes"`
	Rows     int `json:"rows"`
	Findings []struct {
		N       int    `json:"n"`
		Sev     string `json:"sev"`
		Lang    string `json:"lang"`
		Rule    string `json:"rule"`
		Doc     int    `json:"doc"`
		Msg     string `json:"msg"`
		Row     string `json:"row"`
		Listed  int    `json:"listed"`
		Badges  int    `json:"badges"`
		Visible bool   `json:"visible"`
	} `json:"findings"`
	Scenarios map[string]struct {
		Findings []int    `json:"findings"`
		Listed   []int    `json:"listed"`
		Rows     int      `json:"rows"`
		Columns  []string `json:"columns"`
		Docs     []int    `json:"docs"`
		MarksOn  int      `json:"marksOn"`
	} `json:"scenarios"`
	Keys  []int `json:"keys"`
	Click int   `json:"click"`
}

var selftestRe = regexp.MustCompile(`(?s)<pre id="selftest"[^>]*>(.*?)</pre>`)

// runSelftest writes page to a file, loads it with #selftest and returns
// what the script saw.
func runSelftest(t *testing.T, bin string, page []byte) selftest {
	t.Helper()
	path := filepath.Join(t.TempDir(), "review.html")
	if err := os.WriteFile(path, page, 0o666); err != nil {
		t.Fatal(err)
	}
	dom := browse(t, bin, "--virtual-time-budget=10000", "--dump-dom", "file://"+path+"#selftest")
	m := selftestRe.FindSubmatch(dom)
	if m == nil || len(bytes.TrimSpace(m[1])) == 0 {
		t.Fatalf("the page wrote no self-test; its DOM begins:\n%.2000s", dom)
	}
	var st selftest
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &st); err != nil {
		t.Fatalf("self-test: %v\n%s", err, m[1])
	}
	return st
}

// checkSelftest compares what the page saw with what the result holds.
func checkSelftest(t *testing.T, st selftest, in *Input) {
	t.Helper()
	rv := newReview(in)
	fs := rv.findings
	if st.Boxes != len(fs) || len(st.Findings) != len(fs) {
		t.Fatalf("the page shows %d findings, the result has %d", st.Boxes, len(fs))
	}
	// Every finding is on the page once, with its message, listed once,
	// visible when nothing is filtered out.
	byNum := map[int]int{}
	for i, n := range rv.num {
		byNum[n] = i
	}
	for _, pf := range st.Findings {
		i, ok := byNum[pf.N]
		if !ok {
			t.Errorf("finding %d is not in the result", pf.N)
			continue
		}
		f := fs[i]
		if pf.Msg != f.Message || pf.Rule != f.Rule || pf.Lang != f.Lang || pf.Sev != f.Severity.String() {
			t.Errorf("finding %d on the page is %s %s %s %q, want %s %s %s %q", pf.N, pf.Sev, pf.Lang, pf.Rule, pf.Msg, f.Severity, f.Lang, f.Rule, f.Message)
		}
		if pf.Listed != 1 || !pf.Visible {
			t.Errorf("finding %d: listed %d times, visible %v; want listed once and visible", pf.N, pf.Listed, pf.Visible)
		}
	}
	// Each filter shows exactly the findings it lets through.
	want := func(keep func(i int) bool) []int {
		var out []int
		for i := range fs {
			if keep(i) {
				out = append(out, rv.num[i])
			}
		}
		sort.Ints(out)
		return out
	}
	docOf := map[int]int{}
	for _, rd := range rv.docs {
		for _, i := range rd.findings {
			docOf[i] = rd.id
		}
	}
	checked := 0
	for name, sc := range st.Scenarios {
		kind, value, _ := strings.Cut(name, ":")
		var w []int
		switch kind {
		case "sev":
			w = want(func(i int) bool { return fs[i].Severity.String() == value })
		case "lang":
			w = want(func(i int) bool { return fs[i].Lang == value })
			for _, c := range sc.Columns {
				if !strings.HasPrefix(c, "src:") && c != value {
					t.Errorf("with only %s shown, the column %s is shown too", value, c)
				}
			}
		case "rule":
			w = want(func(i int) bool { return fs[i].Rule == value })
		case "doc":
			w = want(func(i int) bool { return value == "" || strconv.Itoa(docOf[i]) == value })
			if value != "" && (len(sc.Docs) != 1 || strconv.Itoa(sc.Docs[0]) != value) {
				t.Errorf("with document %s picked, the page shows documents %v", value, sc.Docs)
			}
		case "all", "rows":
			w = want(func(int) bool { return true })
		default:
			t.Errorf("unknown scenario %s", name)
			continue
		}
		got := slices.Clone(sc.Findings)
		sort.Ints(got)
		if !slices.Equal(got, w) {
			t.Errorf("filter %s shows findings %v, want %v", name, got, w)
		}
		listed := slices.Clone(sc.Listed)
		sort.Ints(listed)
		if !slices.Equal(listed, w) {
			t.Errorf("filter %s lists findings %v, want %v", name, listed, w)
		}
		checked++
	}
	if checked < 4 {
		t.Errorf("the self-test tried %d filters", checked)
	}
	// "Only rows with findings" keeps the rows that hold one.
	withFindings := 0
	for _, rd := range rv.docs {
		for _, row := range rd.rows {
			for _, cell := range row.cells {
				if len(cell.findings) > 0 {
					withFindings++
					break
				}
			}
		}
	}
	if got := st.Scenarios["rows"].Rows; got != withFindings {
		t.Errorf("only rows with findings: %d rows shown, want %d", got, withFindings)
	}
	if all := st.Scenarios["all"].Rows; all != st.Rows {
		t.Errorf("with no filter %d of %d rows are shown", all, st.Rows)
	}
	// j n j k p from the top: 1 2 3 2 1.
	wantKeys := []int{1, 2, 3, 2, 1}
	if len(fs) < 3 {
		wantKeys = nil
	}
	if wantKeys != nil && !slices.Equal(st.Keys, wantKeys) {
		t.Errorf("keys j n j k p went to findings %v, want %v", st.Keys, wantKeys)
	}
	if len(fs) > 1 && st.Click != 2 {
		t.Errorf("a click on the second finding of the list made finding %d the current one", st.Click)
	}
}

func TestHTMLInBrowser(t *testing.T) {
	bin := chromium(t)
	in := &Input{Check: reviewFixture(), Rules: fixtureRules()}
	page := render(t, CommandCheck, "html", in, tool)
	checkSelftest(t, runSelftest(t, bin, page), in)

	t.Run("flat", func(t *testing.T) {
		in := &Input{Check: fixture(), Rules: fixtureRules()}
		checkSelftest(t, runSelftest(t, bin, render(t, CommandCheck, "html", in, tool)), in)
	})

	t.Run("seed", func(t *testing.T) {
		data, err := os.ReadFile("../seeds/000_6039fe07b589d0e9.txt")
		if err != nil {
			t.Skip(err)
		}
		r, err := check.Run([]check.Input{{Name: "seed.txt", Data: data}}, check.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Findings) == 0 {
			t.Fatal("the seed has no findings")
		}
		in := &Input{Check: r}
		checkSelftest(t, runSelftest(t, bin, render(t, CommandCheck, "html", in, tool)), in)
	})

	t.Run("tree", func(t *testing.T) {
		if testing.Short() {
			t.Skip("a tree of 100 documents in the browser takes a few seconds")
		}
		in := &Input{Check: treeResult(t, 100)}
		start := time.Now()
		checkSelftest(t, runSelftest(t, bin, render(t, CommandCheck, "html", in, tool)), in)
		t.Logf("100 documents in the browser: %v", time.Since(start).Round(time.Millisecond))
	})

	t.Run("screenshot", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "review.html")
		if err := os.WriteFile(path, page, 0o666); err != nil {
			t.Fatal(err)
		}
		shot := filepath.Join(dir, "review.png")
		browse(t, bin, "--window-size=1366,768", "--hide-scrollbars", "--virtual-time-budget=5000", "--screenshot="+shot, "file://"+path)
		if dst := os.Getenv("TRALIGN_SCREENSHOT"); dst != "" {
			// Keep the picture, to look at it.
			if data, err := os.ReadFile(shot); err == nil {
				os.WriteFile(dst, data, 0o666)
			}
		}
		f, err := os.Open(shot)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		img, err := png.Decode(f)
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		if b := img.Bounds(); b.Dx() != 1366 || b.Dy() != 768 {
			t.Errorf("screenshot is %dx%d, want 1366x768", b.Dx(), b.Dy())
		}
		if n, ink := colours(img); n < minColours || ink < minInk {
			t.Errorf("the screenshot looks blank: %d colours, %.1f%% of pixels not white", n, 100*ink)
		}
	})
}

// A drawn page has text in several colours, anti-aliased: thousands of
// colours, and a share of its pixels not white. A blank or failed page
// has one or two colours. The floors are far below what the fixture's
// page gives (over 1,000 colours, over 20% of pixels) and far above a
// blank one.
const (
	minColours = 64   // distinct RGB colours
	minInk     = 0.05 // share of pixels that are not white, in [0, 1]
)

// colours counts the distinct colours of img and the share of pixels that
// are not white.
func colours(img image.Image) (int, float64) {
	seen := map[uint32]bool{}
	b := img.Bounds()
	ink := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			c := r>>8<<16 | g>>8<<8 | bl>>8
			seen[c] = true
			if c != 0xffffff {
				ink++
			}
		}
	}
	return len(seen), float64(ink) / float64(b.Dx()*b.Dy())
}
