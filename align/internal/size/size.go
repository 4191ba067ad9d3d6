// Package size writes amounts of bytes for messages, in the binary
// units the command line's size flags take (KiB, MiB, GiB), so that a
// limit a message names reads as the flag that sets it.
package size

import "fmt"

// Bytes writes n bytes for a message: "35 bytes", "1.5 KiB", "64.0 MiB",
// "2.0 GiB".
func Bytes(n int) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
