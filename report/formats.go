package report

import (
	"fmt"
	"io"
	"strings"
)

// Commands that have formats.
const (
	CommandCheck   = "check"
	CommandAlign   = "align"
	CommandInspect = "inspect"
	CommandRules   = "rules"
	CommandStatus  = "status"
	// CommandDrift reports findings as check does, in every format of
	// check: its formats are check's.
	CommandDrift = "drift"
)

// formatsOf returns the command whose formats command writes.
func formatsOf(command string) string {
	if command == CommandDrift {
		return CommandCheck
	}
	return command
}

// Format is one output of one command.
type Format struct {
	Command string // the command that offers it: CommandCheck, ...
	Name    string // its name for --format: "text", "json", ...
	Write   func(w io.Writer, in *Input, o Options) error
}

// formats holds every format, in the order the package declares them. It
// is filled while the package is initialised (see register) and never
// changed afterwards.
var formats []Format

// register adds f to the formats of its command. Each format is declared
// beside its renderer as `var _ = register(Format{...})`.
func register(f Format) Format {
	formats = append(formats, f)
	return f
}

// Names returns the names of the formats of command, "text" first.
func Names(command string) []string {
	command = formatsOf(command)
	var out []string
	for _, f := range formats {
		if f.Command == command {
			if f.Name == "text" {
				out = append([]string{f.Name}, out...)
			} else {
				out = append(out, f.Name)
			}
		}
	}
	return out
}

// Lookup returns the format name of command, or an error that lists the
// formats the command has.
func Lookup(command, name string) (Format, error) {
	for _, f := range formats {
		if f.Command == formatsOf(command) && f.Name == name {
			return f, nil
		}
	}
	return Format{}, fmt.Errorf("unknown format %q; %s writes %s", name, command, strings.Join(Names(command), ", "))
}
