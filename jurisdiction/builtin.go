package jurisdiction

import (
	"embed"
	"fmt"
	"slices"
	"strings"
)

//go:embed packs/*.json
var packFiles embed.FS

// ids lists the built-in packs in the order the README lists them.
var ids = [...]string{"chongqing", "suzhou", "langxi", "ordos", "innermongolia", "guangxi", "wenzhou", "jiajiang"}

// IDs returns the ids of the built-in packs, in the README's order.
func IDs() []string { return slices.Clone(ids[:]) }

// All returns every built-in pack, freshly decoded, in the order of IDs.
func All() []*Pack {
	out := make([]*Pack, len(ids))
	for i, id := range ids {
		out[i] = MustLoad(id)
	}
	return out
}

// ErrUnknownPack is wrapped by Load's error for an id that is not built in.
var ErrUnknownPack = fmt.Errorf("unknown pack")

// Load returns a fresh copy of the built-in pack id.
func Load(id string) (*Pack, error) {
	if !slices.Contains(ids[:], id) {
		return nil, fmt.Errorf("%w %q: the built-in packs are %s", ErrUnknownPack, id, strings.Join(ids[:], ", "))
	}
	data, err := packFiles.ReadFile("packs/" + id + ".json")
	if err != nil {
		return nil, fmt.Errorf("jurisdiction: built-in pack %s: %w", id, err)
	}
	p, err := Decode(data)
	if err != nil {
		return nil, fmt.Errorf("jurisdiction: built-in pack %s: %w", id, err)
	}
	return p, nil
}

// MustLoad is Load for an id known to be built in; it panics otherwise.
func MustLoad(id string) *Pack {
	p, err := Load(id)
	if err != nil {
		panic(err)
	}
	return p
}
