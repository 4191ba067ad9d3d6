package size

import "testing"

func TestBytes(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{
		{0, "0 bytes"},
		{35, "35 bytes"},
		{1<<10 - 1, "1023 bytes"},
		{1 << 10, "1.0 KiB"},
		{3 << 19, "1.5 MiB"},
		{64 << 20, "64.0 MiB"},
		{1<<31 - 1, "2.0 GiB"},
	} {
		if got := Bytes(tc.n); got != tc.want {
			t.Errorf("Bytes(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}
